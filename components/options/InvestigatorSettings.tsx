import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/types';
import { usePageLanguage } from '../../i18n/use-i18n';
import { COUNTRY_CODES } from '../../legal/countries';
import { AUTHORITY_TYPES, type AuthorityType } from '../../legal/route-types';
import { loadSettings, onSettingsChanged, updateSettings, type Settings } from '../../storage/settings';
import { localCountryName } from './country-names';

/** The countries investigators using QuickFreeze most often come from, listed first; every code is in the full list. */
const FREQUENT = ['US', 'GB', 'AU', 'CA', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'IE', 'DK', 'BR', 'IN'];

const AUTHORITY_TEXT: Record<AuthorityType, MessageKey> = {
  police: 'options.authority.police',
  prosecutor: 'options.authority.prosecutor',
  judge: 'options.authority.judge',
};

const byName = (codes: readonly string[], locale: Locale) =>
  codes.map((code) => ({ code, name: localCountryName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale === 'en-XA' || locale === 'ar-XB' ? 'en' : locale));

type Investigator = Pick<Settings, 'country' | 'authority'>;

/**
 * Options: who the investigator is, for the legal routes (contract section 10). Saved as chosen; the guides open
 * in portal tabs ask for their routes again when the settings change.
 */
export function InvestigatorSettings() {
  const { t, locale } = usePageLanguage();
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
        setStatus({ error: false, text: t('options.saved') });
      },
      (e: unknown) => setStatus({ error: true, text: t('options.notSavedShort', { error: String(e) }) }),
    );
  const all = byName(COUNTRY_CODES, locale);
  const frequent = byName(FREQUENT, locale);
  return (
    <fieldset data-section="investigator">
      <legend>{t('options.country.legend')}</legend>
      <p class="muted">{t('options.country.help')}</p>
      <label for="investigator-country">{t('options.country.label')}</label>{' '}
      <select id="investigator-country" name="country" value={investigator.country ?? ''} onChange={(e) => save({ country: e.currentTarget.value || null })}>
        <option value="">{t('options.notSet')}</option>
        <optgroup label={t('options.country.frequent')}>
          {frequent.map(({ code, name }) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </optgroup>
        <optgroup label={t('options.country.all')}>
          {all.map(({ code, name }) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </optgroup>
      </select>{' '}
      <label for="investigator-authority">{t('options.authority.label')}</label>{' '}
      <select
        id="investigator-authority"
        name="authority"
        value={investigator.authority ?? ''}
        onChange={(e) => save({ authority: (e.currentTarget.value || null) as AuthorityType | null })}
      >
        <option value="">{t('options.notSet')}</option>
        {AUTHORITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(AUTHORITY_TEXT[type])}
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
