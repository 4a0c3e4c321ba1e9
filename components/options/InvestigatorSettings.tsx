import { useEffect, useState } from 'preact/hooks';
import { COUNTRY_CODES, countryName } from '../../legal/countries';
import { AUTHORITY_TYPES, type AuthorityType } from '../../legal/route-types';
import { loadSettings, onSettingsChanged, updateSettings, type Settings } from '../../storage/settings';

/** The countries investigators using QuickFreeze most often come from, listed first; every code is in the full list. */
const FREQUENT = ['US', 'GB', 'AU', 'CA', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'IE', 'DK', 'BR', 'IN'];

const AUTHORITY_TEXT: Record<AuthorityType, string> = { police: 'Police', prosecutor: 'Prosecutor', judge: 'Judge or court' };

const byName = (codes: readonly string[]) => codes.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));

type Investigator = Pick<Settings, 'country' | 'authority'>;

/**
 * Options: who the investigator is, for the legal routes (contract section 10). Saved as chosen; the guides open
 * in portal tabs ask for their routes again when the settings change.
 */
export function InvestigatorSettings() {
  const [investigator, setInvestigator] = useState<Investigator | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    void loadSettings().then(setInvestigator);
    return onSettingsChanged(setInvestigator);
  }, []);
  if (!investigator) return null;

  const save = (patch: Partial<Investigator>) =>
    updateSettings(patch).then(
      (next) => {
        setInvestigator(next);
        setStatus({ error: false, text: 'Saved.' });
      },
      (e: unknown) => setStatus({ error: true, text: `Not saved: ${String(e)}` }),
    );
  const all = byName(COUNTRY_CODES);
  const frequent = byName(FREQUENT);
  return (
    <fieldset data-section="investigator">
      <legend>Your country and authority (for the legal routes)</legend>
      <p class="muted">
        The guide and the register show the legal routes to a provider's data from your country. QuickFreeze does not guess your country: until
        you choose it here, the guide asks for it.
      </p>
      <label for="investigator-country">Country</label>{' '}
      <select id="investigator-country" name="country" value={investigator.country ?? ''} onChange={(e) => save({ country: e.currentTarget.value || null })}>
        <option value="">Not set</option>
        <optgroup label="Frequent">
          {frequent.map(({ code, name }) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </optgroup>
        <optgroup label="All countries">
          {all.map(({ code, name }) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </optgroup>
      </select>{' '}
      <label for="investigator-authority">Authority type</label>{' '}
      <select
        id="investigator-authority"
        name="authority"
        value={investigator.authority ?? ''}
        onChange={(e) => save({ authority: (e.currentTarget.value || null) as AuthorityType | null })}
      >
        <option value="">Not set</option>
        {AUTHORITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {AUTHORITY_TEXT[type]}
          </option>
        ))}
      </select>
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
    </fieldset>
  );
}
