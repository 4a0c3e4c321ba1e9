import type { Catalogue, MessageKey } from './catalogue';
import type { Message, PseudoLocale } from './types';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', n: 'ñ', o: 'ö', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'Å', C: 'Ç', D: 'Ð', E: 'É', I: 'Î', N: 'Ñ', O: 'Ö', S: 'Š', U: 'Û', Y: 'Ý',
};
const RLO = '\u202E';
const PDF = '\u202C';
/** Placeholders stay as they are, so `{count}` still fills in. */
const PLACEHOLDER_SPLIT = /(\{\w+\})/;

/** `en-XA`: accented letters in brackets, a third longer, so untranslated and truncated strings show. */
function accented(text: string): string {
  const body = text
    .split(PLACEHOLDER_SPLIT)
    .map((part) => (PLACEHOLDER_SPLIT.test(part) ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  return `[${body}${' ~'.repeat(Math.ceil(text.length / 10))}]`;
}

/** `ar-XB`: the English text shown right-to-left (each run wrapped in right-to-left override marks). */
function mirrored(text: string): string {
  return text
    .split(PLACEHOLDER_SPLIT)
    .map((part) => (PLACEHOLDER_SPLIT.test(part) || part === '' ? part : `${RLO}${part}${PDF}`))
    .join('');
}

function mapMessage(message: Message, transform: (text: string) => string): Message {
  if (typeof message === 'string') return transform(message);
  const forms: Record<string, string> = {};
  for (const [form, text] of Object.entries(message)) if (typeof text === 'string') forms[form] = transform(text);
  return forms as Message;
}

/** A pseudo-locale's catalogue, made from the English one. */
export function pseudoCatalogue(locale: PseudoLocale, source: Catalogue): Catalogue {
  const transform = locale === 'en-XA' ? accented : mirrored;
  const result = {} as Record<MessageKey, Message>;
  for (const key of Object.keys(source) as MessageKey[]) result[key] = mapMessage(source[key], transform);
  return result;
}
