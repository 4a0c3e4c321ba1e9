import { LOCALES, type Direction, type LanguageSetting, type Locale, type RealLocale } from './types';

const isRealLocale = (tag: string): tag is RealLocale => (LOCALES as readonly string[]).includes(tag);

/**
 * The locale to show: the investigator's choice; else the first of the browser's UI languages that QuickFreeze
 * speaks (`de-AT` → `de`); else English.
 */
export function resolveLocale(setting: LanguageSetting, uiLanguages: readonly string[]): Locale {
  if (setting !== 'browser') return setting;
  for (const tag of uiLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isRealLocale(base)) return base;
  }
  return 'en';
}

/** Right-to-left locales. None of the real ones yet; the pseudo-locale `ar-XB` tests the layout. */
const RTL = new Set<Locale>(['ar-XB']);

export function directionOf(locale: Locale): Direction {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The browser's own direction (`@@bidi_dir`) when the language follows the browser, else the chosen language's.
 * `bidiDir` is what `browser.i18n.getMessage('@@bidi_dir')` answered ('' where the API is missing).
 */
export function directionFor(setting: LanguageSetting, locale: Locale, bidiDir: string): Direction {
  if (setting === 'browser' && (bidiDir === 'rtl' || bidiDir === 'ltr')) return bidiDir;
  return directionOf(locale);
}
