import { useEffect, useState } from 'preact/hooks';
import { providers } from '../../providers/registry';
import { addedPortalFromInput, NOTIFICATION_POLICIES, portalAddress, type AddedPortal, type AddedPortalInput, type NotificationPolicy } from '../../storage/added-portals';
import { changeAddedPortals, loadAddedPortals, onAddedPortalsChanged, removeAddedPortal, requestPortalOrigins } from '../../storage/added-portals-store';

export const NOTIFICATION_LABELS: Record<NotificationPolicy, string> = {
  notifies: 'notifies the account holder',
  'notifies-unless-order': 'notifies unless a non-disclosure order is attached',
  'does-not-notify': 'does not notify the account holder',
};

const today = () => new Date().toISOString().slice(0, 10);
const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';

/** What the investigator entered about a portal: always said to be theirs, never official. */
export function EnteredFacts({ portal }: { portal: AddedPortal }) {
  const { preservationDays, notification } = portal.entered;
  if (!preservationDays && !notification) return null;
  return (
    <span class="entered" data-entered="true">
      {' '}
      — entered by you, not official: {preservationDays ? `preservation ${preservationDays} days` : ''}
      {preservationDays && notification ? '; ' : ''}
      {notification ? NOTIFICATION_LABELS[notification] : ''}
    </span>
  );
}

/**
 * Options: portals the investigator adds. Adding asks the browser for that origin's permission on the click; the
 * background then runs the guide there. Removing gives the permission back.
 */
export function AddedPortals() {
  const [portals, setPortals] = useState<AddedPortal[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    void loadAddedPortals().then(setPortals);
    return onAddedPortalsChanged(setPortals);
  }, []);

  const add = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input: AddedPortalInput = {
      provider: field(form, 'provider'),
      name: field(form, 'name'),
      address: field(form, 'address'),
      preservationDays: field(form, 'preservationDays'),
      notification: field(form, 'notification') as NotificationPolicy | '',
    };
    const checked = addedPortalFromInput(input, portals, today());
    if (!checked.ok) return setMessage({ error: true, text: checked.error });
    const portal = checked.value;
    // The permission request comes first, inside the click: browsers refuse one made after other awaits.
    void requestPortalOrigins([portal])
      .then(async (granted) => {
        if (!granted) return setMessage({ error: true, text: `The browser did not grant access to ${portal.host}: the portal was not added.` });
        // Checked again against the list as stored under the lock: it may have changed while the browser asked.
        const saved = await changeAddedPortals((current) => {
          const again = addedPortalFromInput(input, current, portal.addedOn);
          return again.ok ? { ok: true, value: [...current, again.value] } : again;
        });
        if (!saved.ok) return setMessage({ error: true, text: saved.error });
        form.reset();
        setMessage({ error: false, text: `Added ${portal.providerName} at ${portalAddress(portal)}. Open or reload the portal to see the guide.` });
      })
      .catch((e: unknown) => setMessage({ error: true, text: `The portal was not added: ${String(e)}` }));
  };

  const remove = (portal: AddedPortal) => {
    void removeAddedPortal(portalAddress(portal)).then(
      () => setMessage({ error: false, text: `Removed ${portalAddress(portal)}.` }),
      (e: unknown) => setMessage({ error: true, text: `The portal was not removed: ${String(e)}` }),
    );
  };

  return (
    <fieldset id="added-portals" data-section="added-portals">
      <legend>Portals you added</legend>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
      {portals.length ? (
        <ul class="plain">
          {portals.map((p) => (
            <li key={portalAddress(p)} data-added-portal={portalAddress(p)} data-provider={p.providerId}>
              <strong>{p.providerName}</strong> <code>{portalAddress(p)}</code>
              <EnteredFacts portal={p} />{' '}
              <button type="button" data-action="remove-portal" onClick={() => remove(p)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">None yet. QuickFreeze runs only on the portals it knows and on those you add here.</p>
      )}
      <form data-form="add-portal" onSubmit={add}>
        <label>
          Provider{' '}
          <select name="provider">
            <option value="">A provider QuickFreeze does not know (name it below)</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Name of a new provider <input name="name" maxLength={80} />
        </label>
        <br />
        <label>
          Portal address <input name="address" type="url" required placeholder="https://lers.example.com/requests" size={40} />
        </label>
        <p class="muted">https only, the exact host (no *), optionally the path the portal lives under. The browser asks you to allow that site.</p>
        <label>
          Preservation period you know of (days) <input name="preservationDays" inputMode="numeric" size={5} />
        </label>{' '}
        <label>
          User notification{' '}
          <select name="notification">
            <option value="">not known</option>
            {NOTIFICATION_POLICIES.map((n) => (
              <option key={n} value={n}>
                {NOTIFICATION_LABELS[n]}
              </option>
            ))}
          </select>
        </label>
        <p class="muted">What you enter here is shown as “entered by you”, never as an official fact.</p>
        <button type="submit" data-action="add-portal">
          Add portal
        </button>
      </form>
    </fieldset>
  );
}
