import { countryName } from '../../legal/countries';
import type { Locale } from '../../i18n/types';

const formats = new Map<Locale, Intl.DisplayNames | null>();

/**
 * A country's name in the page's language (Intl's region names), English for English and the pseudo-locales (whose
 * tags Intl does not know) and wherever Intl has no name.
 */
export function localCountryName(code: string, locale: Locale): string {
  if (locale === 'en' || locale === 'en-XA' || locale === 'ar-XB') return countryName(code);
  if (!formats.has(locale)) {
    try {
      formats.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
    } catch {
      formats.set(locale, null);
    }
  }
  try {
    return formats.get(locale)?.of(code) ?? countryName(code);
  } catch {
    return countryName(code);
  }
}
