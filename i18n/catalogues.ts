import type { Catalogue, MessageKey } from './catalogue';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { pseudoCatalogue } from './pseudo';
import { createTranslator, type Translator } from './translate';
import type { Locale } from './types';

/**
 * Every catalogue, for the background and the extension pages. The in-page guide does not import this module: it
 * asks the background for its locale's messages (`guide-messages`), so guide.js carries no language.
 */
const REAL: Readonly<Record<Exclude<Locale, 'en-XA' | 'ar-XB'>, Catalogue>> = { en, de, fr, es };
const pseudo = new Map<Locale, Catalogue>();

export function catalogueFor(locale: Locale): Catalogue {
  if (locale === 'en-XA' || locale === 'ar-XB') {
    let made = pseudo.get(locale);
    if (!made) pseudo.set(locale, (made = pseudoCatalogue(locale, en)));
    return made;
  }
  return REAL[locale];
}

export type T = Translator<MessageKey>;

export function translatorFor(locale: Locale): T {
  return createTranslator<MessageKey>(locale, catalogueFor(locale), en);
}

/** English: what the rules say when no locale is given (unit tests, docs). */
export const englishT: T = translatorFor('en');
