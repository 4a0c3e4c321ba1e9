import { useState } from 'preact/hooks';
import { browserUiLanguage } from '../../i18n/background';
import type { MessageKey } from '../../i18n/catalogue';
import { resolveLocale } from '../../i18n/resolve';
import { LOCALES, type LanguageSetting as Setting } from '../../i18n/types';
import { useLanguage } from '../../i18n/use-i18n';
import { updateSettings } from '../../storage/settings';
import { ErrorAlert } from '../ErrorAlert';

const nameKey = (locale: string) => `language.name.${locale}` as MessageKey;

/**
 * Options: the language of QuickFreeze's own text (default: the browser's). The pseudo-locales for tests are
 * listed only while one is chosen (set in storage by a test), so the select always shows the stored value.
 */
export function LanguageSetting() {
  // Its own reading of the setting (not the page's context), so it works wherever the options page places it.
  const { setting, t } = useLanguage(null);
  const [error, setError] = useState<string | null>(null);
  const browserLocale = resolveLocale('browser', [browserUiLanguage(), ...(globalThis.navigator?.languages ?? [])]);
  const choices: Setting[] = [...LOCALES, ...(LOCALES.includes(setting as never) || setting === 'browser' ? [] : [setting])];
  const choose = (next: Setting) => updateSettings({ language: next }).then(() => setError(null), (e: unknown) => setError(String(e)));
  return (
    <fieldset data-section="language">
      <legend>{t('language.label')}</legend>
      <select name="language" aria-label={t('language.label')} value={setting} onChange={(e) => void choose(e.currentTarget.value as Setting)}>
        <option value="browser">{t('language.browser', { language: t(nameKey(browserLocale)) })}</option>
        {choices.map((locale) => (
          // Each language is named in itself, so an investigator who cannot read the current one still finds theirs.
          <option key={locale} value={locale} lang={locale}>
            {t(nameKey(locale))}
          </option>
        ))}
      </select>
      <p class="muted">{t('language.hint')}</p>
      <ErrorAlert message={error} />
    </fieldset>
  );
}
