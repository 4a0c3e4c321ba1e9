import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-i18n';
import { loadSettings, onSettingsChanged, updateSettings } from '../../storage/settings';

export interface PortalChoice {
  id: string;
  name: string;
  products: string[];
}

/** The disabled-provider list after showing (or hiding) the guide on one provider's portals; sorted, no repeats. */
export function withProviderShown(disabled: readonly string[], id: string, shown: boolean): string[] {
  const set = new Set(disabled);
  if (shown) set.delete(id);
  else set.add(id);
  return [...set].sort();
}

/** Step 4: the options' per-provider guide setting (`disabledProviders`), one checkbox per provider. */
export function PortalsStep({ providers }: { providers: readonly PortalChoice[] }) {
  const t = useT();
  const [disabled, setDisabled] = useState<string[] | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  // One save at a time, each from what is stored then: two quick clicks must not undo each other.
  const saving = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    void loadSettings().then((s) => setDisabled(s.disabledProviders));
    return onSettingsChanged((s) => setDisabled(s.disabledProviders));
  }, []);
  if (!disabled) return null;

  const choose = (id: string, shown: boolean) => {
    saving.current = saving.current.then(async () => {
      try {
        const stored = await loadSettings();
        const next = await updateSettings({ disabledProviders: withProviderShown(stored.disabledProviders, id, shown) });
        setDisabled(next.disabledProviders);
        setStatus({ error: false, text: t('options.saved') });
      } catch (e) {
        setStatus({ error: true, text: t('options.notSavedShort', { error: String(e) }) });
      }
    });
  };
  return (
    <fieldset data-section="portals">
      <legend>{t('options.portals.legend')}</legend>
      <p class="muted">{t('welcome.portals.help')}</p>
      <ul class="plain portal-choices">
        {providers.map((p) => (
          <li key={p.id}>
            <label>
              <input
                type="checkbox"
                data-provider-toggle={p.id}
                checked={!disabled.includes(p.id)}
                onChange={(e) => choose(p.id, e.currentTarget.checked)}
              />{' '}
              {p.name} <span class="muted">({p.products.join(', ')})</span>
            </label>
          </li>
        ))}
      </ul>
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
    </fieldset>
  );
}
