import type { Locale, Message, Params, PluralForms } from './types';

export type Translator<K extends string = string> = (key: K, params?: Params) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

const pluralRulesCache = new Map<string, Intl.PluralRules>();
const numberFormatCache = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) pluralRulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormatCache.get(locale);
  if (!format) numberFormatCache.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/**
 * Locales whose digits are 0–9 and which group digits only from 1,000 up: a smaller whole number reads the same as
 * its plain digits. Written so without Intl.NumberFormat, whose first use in a page costs tens of milliseconds
 * (measured 19–60 ms in Chromium): the in-page guide writes counts on every portal page it starts on.
 */
const PLAIN_SMALL_NUMBERS: ReadonlySet<Locale> = new Set<Locale>(['en', 'de', 'fr', 'es']);

/** A number written the locale's way (1.000 in German). */
export function formatNumber(value: number, locale: Locale): string {
  if (PLAIN_SMALL_NUMBERS.has(locale) && Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0)) return String(value);
  return numberFormat(locale).format(value);
}

/** The plural form for `count` in `locale`; `other` where the catalogue has no such form. */
export function pluralForm(forms: PluralForms, count: number, locale: Locale): string {
  return forms[pluralRules(locale).select(count)] ?? forms.other;
}

/**
 * Fill a message's placeholders. Numbers are written the locale's way (1.000 in German); a placeholder without a
 * parameter is left as it is, so a missing parameter shows rather than vanishes.
 */
export function formatMessage(message: Message, params: Params, locale: Locale): string {
  const count = params.count;
  const text = typeof message === 'string' ? message : pluralForm(message, typeof count === 'number' ? count : Number.NaN, locale);
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** A `t(key, params)` over one catalogue; a key the catalogue lacks falls back to `fallback` (English), then to the key. */
export function createTranslator<K extends string>(
  locale: Locale,
  catalogue: Readonly<Partial<Record<K, Message>>>,
  fallback: Readonly<Partial<Record<K, Message>>> = {} as Partial<Record<K, Message>>,
): Translator<K> {
  return (key, params = {}) => {
    const message = catalogue[key] ?? fallback[key];
    return message === undefined ? key : formatMessage(message, params, locale);
  };
}

/** Every `{name}` a message uses, across all its plural forms. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string');
  return new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!)));
}

const SLOT = '\uE000';

/**
 * A message split around one placeholder, for a message that wraps an element (a link, a <code>) in words:
 * `const [before, after] = aroundSlot(t, 'insert.target', 'page')` → `{before}<code>…</code>{after}`.
 */
export function aroundSlot<K extends string>(t: Translator<K>, key: K, slot: string, params: Params = {}): [string, string] {
  const [before = '', after = ''] = t(key, { ...params, [slot]: SLOT }).split(SLOT);
  return [before, after];
}
