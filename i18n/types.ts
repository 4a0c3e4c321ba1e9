/**
 * The languages QuickFreeze speaks. `en-XA` (accented, longer) and `ar-XB` (right-to-left) are pseudo-locales made
 * from the English catalogue for tests: they show untranslated strings and layouts that break with longer or
 * right-to-left text. They are valid settings but not offered in the options' list.
 */
export const LOCALES = ['en', 'de', 'fr', 'es'] as const;
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;
export type RealLocale = (typeof LOCALES)[number];
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];
export type Locale = RealLocale | PseudoLocale;

/** The language setting: `browser` follows the browser's UI language. */
export const LANGUAGE_SETTINGS = ['browser', ...LOCALES, ...PSEUDO_LOCALES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export type Direction = 'ltr' | 'rtl';

/**
 * One message: a string with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` on the `count`
 * parameter (`other` is required; a language uses the forms its rules name, e.g. `one`/`other`, or `many` in French).
 */
export type PluralForms = { readonly other: string } & Partial<Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>>;
export type Message = string | PluralForms;

export type Params = Readonly<Record<string, string | number>>;
