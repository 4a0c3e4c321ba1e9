import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalogue';
import { useT } from '../../i18n/use-i18n';
import { providers } from '../../providers/registry';
import { addedPortalFromInput, NOTIFICATION_POLICIES, portalAddress, type AddedPortal, type AddedPortalInput, type NotificationPolicy } from '../../storage/added-portals';
import { changeAddedPortals, loadAddedPortals, onAddedPortalsChanged, removeAddedPortal, requestPortalOrigins } from '../../storage/added-portals-store';

export const NOTIFICATION_LABELS: Record<NotificationPolicy, MessageKey> = {
  notifies: 'options.added.notifies',
  'notifies-unless-order': 'options.added.notifiesUnlessOrder',
  'does-not-notify': 'options.added.doesNotNotify',
};

/** An address, not words: the same in every language. */
const EXAMPLE_ADDRESS = 'https://lers.example.com/requests';

const today = () => new Date().toISOString().slice(0, 10);
const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';

/** What the investigator entered about a portal: always said to be theirs, never official. */
export function EnteredFacts({ portal }: { portal: AddedPortal }) {
  const t = useT();
  const { preservationDays, notification } = portal.entered;
  if (!preservationDays && !notification) return null;
  const facts = [
    ...(preservationDays ? [t('options.added.preservationDays', { count: preservationDays })] : []),
    ...(notification ? [t(NOTIFICATION_LABELS[notification])] : []),
  ];
  return (
    <span class="entered" data-entered="true">
      {' '}
      {t('options.added.entered', { facts: facts.join('; ') })}
    </span>
  );
}

/**
 * Options: portals the investigator adds. Adding asks the browser for that origin's permission on the click; the
 * background then runs the guide there. Removing gives the permission back.
 */
export function AddedPortals() {
  const t = useT();
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
        if (!granted) return setMessage({ error: true, text: t('options.added.notGranted', { host: portal.host }) });
        // Checked again against the list as stored under the lock: it may have changed while the browser asked.
        const saved = await changeAddedPortals((current) => {
          const again = addedPortalFromInput(input, current, portal.addedOn);
          return again.ok ? { ok: true, value: [...current, again.value] } : again;
        });
        if (!saved.ok) return setMessage({ error: true, text: saved.error });
        form.reset();
        setMessage({ error: false, text: t('options.added.added', { provider: portal.providerName, address: portalAddress(portal) }) });
      })
      .catch((e: unknown) => setMessage({ error: true, text: t('options.added.notAdded', { error: String(e) }) }));
  };

  const remove = (portal: AddedPortal) => {
    void removeAddedPortal(portalAddress(portal)).then(
      () => setMessage({ error: false, text: t('options.added.removed', { address: portalAddress(portal) }) }),
      (e: unknown) => setMessage({ error: true, text: t('options.added.notRemoved', { error: String(e) }) }),
    );
  };

  return (
    <fieldset id="added-portals" data-section="added-portals">
      <legend>{t('options.added.legend')}</legend>
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
                {t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('options.added.none')}</p>
      )}
      <form data-form="add-portal" onSubmit={add}>
        <label>
          {t('options.added.provider')}{' '}
          <select name="provider">
            <option value="">{t('options.added.unknownProvider')}</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('options.added.name')} <input name="name" maxLength={80} />
        </label>
        <br />
        <label>
          {t('options.added.address')} <input name="address" type="url" required placeholder={EXAMPLE_ADDRESS} size={40} />
        </label>
        <p class="muted">{t('options.added.addressHelp')}</p>
        <label>
          {t('options.added.period')} <input name="preservationDays" inputMode="numeric" size={5} />
        </label>{' '}
        <label>
          {t('options.added.notification')}{' '}
          <select name="notification">
            <option value="">{t('options.added.notKnown')}</option>
            {NOTIFICATION_POLICIES.map((n) => (
              <option key={n} value={n}>
                {t(NOTIFICATION_LABELS[n])}
              </option>
            ))}
          </select>
        </label>
        <p class="muted">{t('options.added.enteredHelp')}</p>
        <button type="submit" data-action="add-portal">
          {t('options.added.submit')}
        </button>
      </form>
    </fieldset>
  );
}
