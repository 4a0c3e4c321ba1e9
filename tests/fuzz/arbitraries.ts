import fc from 'fast-check';

/**
 * Shared generators for the property-based tests: untrusted page and e-mail text as it really comes (markup,
 * script-like text, bidi controls, zero-width characters, homoglyphs, lone surrogates) mixed with the words and
 * numbers the parsers look for.
 */

/** Script-like and markup text a hostile page or e-mail may carry. */
export const HOSTILE_SNIPPETS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "javascript:window.__pwned=1",
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
  '`${alert(1)}`',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  'X" data-saved="true',
  "' onmouseover='window.__pwned=1",
  '</textarea><script>alert(1)</script>',
  '__proto__',
  'constructor',
  'prototype',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'Rеfеrеnсе', // Cyrillic е and с
  'ＤＩＳＣ－４８２１３', // full-width
  '٤٨٢١٣', // Arabic-Indic digits
  '\uD800', // lone surrogate
  '\u0000\u0001\u001F',
  '\r\n\t\v\f',
];

const LABEL_WORDS = [
  'Reference:',
  'Ref #',
  'ref.',
  'Request ID:',
  'Request number',
  'Request',
  'Ticket #',
  'Ticket',
  'Case number:',
  'Case #',
  'Confirmation',
  'Confirmation number:',
  'Your reference number is',
  'Your request number is',
  'LERS reference:',
  'Tracking no.',
  'Submission ID =',
  'Your agency case number',
  'Our case',
  'NCMEC CyberTip',
  '18 U.S.C.',
  'Phone:',
  'Call',
  'Date:',
  'Submitted',
  'Fee:',
  'UTC+',
  'Page',
  'From: records@facebook.com',
  'Date: Mon, 23 Nov 2026 09:12:44 +0000',
  'preserved on',
  'extended until',
  'Account:',
  'username =',
  '@',
];

const PROSE_WORDS = ['the', 'your', 'request', 'has', 'been', 'received', 'preservation', 'emergency', 'account', 'is', 'at', 'on', 'of', 'and', 'we', 'kill', 'tonight', 'locate', 'child', 'IP'];

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const upper = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: min, maxLength: max });
const alnum = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefxyz0123456789'), minLength: min, maxLength: max });
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Dates in the forms pages and e-mails write them. */
export const dateText = fc
  .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 7 }))
  .map(([y, m, d, form]) => {
    switch (form) {
      case 0:
        return `${y}-${pad(m)}-${pad(d)}`;
      case 1:
        return `${y}/${m}/${d}`;
      case 2:
        return `${pad(d)}.${pad(m)}.${y}`;
      case 3:
        return `${m}/${d}/${String(y).slice(2)}`;
      case 4:
        return `${d}/${m}/${y}`;
      case 5:
        return `${y}.${pad(m)}.${pad(d)}`;
      case 6:
        return `${m}-${d}-${y}`;
      default:
        return `${pad(d)}/${pad(m)}/${y}`;
    }
  });

/** Phone numbers in the forms pages write them. */
export const phoneText = fc
  .tuple(digits(3, 3), digits(3, 3), digits(4, 4), fc.integer({ min: 0, max: 7 }))
  .map(([a, b, c, form]) => {
    switch (form) {
      case 0:
        return `+1 ${a} ${b} ${c}`;
      case 1:
        return `(${a}) ${b}-${c}`;
      case 2:
        return `${a}-${b}-${c}`;
      case 3:
        return `${a}.${b}.${c}`;
      case 4:
        return `+1${a}${b}${c}`;
      case 5:
        return `+44 20 ${b.slice(0, 2)}${c.slice(0, 2)} ${c}`;
      case 6:
        return `${b}-${c}`;
      default:
        return `+33 ${a.slice(0, 1)} ${b.slice(0, 2)} ${c.slice(0, 2)} ${c.slice(2)}`;
    }
  });

export const timeText = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
export const amountText = fc.tuple(fc.integer({ min: 1, max: 999 }), digits(3, 3), digits(2, 2)).map(([a, b, c]) => `$${a},${b}.${c}`);
export const ipv4Text = fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)).map((p) => p.join('.'));
export const ipv6Text = fc.ipV6();
export const hexText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: 1, maxLength: 80 }),
  fc.constantFrom(32, 40, 64).chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n })),
);

/** Reference-shaped tokens: DISC-48213, ZM-2026-004417, ABCD-1234-EFGH, 00471952, 8f3a9c2e. */
export const referenceToken = fc.oneof(
  fc.tuple(upper(2, 6), digits(3, 8)).map(([a, b]) => `${a}-${b}`),
  fc.tuple(upper(2, 4), digits(4, 4), digits(4, 6)).map(([a, b, c]) => `${a}-${b}-${c}`),
  fc.tuple(upper(4, 4), digits(4, 4), upper(4, 4)).map(([a, b, c]) => `${a}-${b}-${c}`),
  digits(5, 12),
  alnum(4, 12),
);

/** Words and numbers of the kinds the reference, e-mail and identifier parsers look at. */
export const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...LABEL_WORDS), weight: 4 },
  { arbitrary: fc.constantFrom(...PROSE_WORDS), weight: 3 },
  { arbitrary: referenceToken, weight: 3 },
  { arbitrary: dateText, weight: 2 },
  { arbitrary: phoneText, weight: 2 },
  { arbitrary: timeText, weight: 1 },
  { arbitrary: amountText, weight: 1 },
  { arbitrary: ipv4Text, weight: 1 },
  { arbitrary: ipv6Text, weight: 1 },
  { arbitrary: hexText, weight: 1 },
  { arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
);

const separator = fc.constantFrom(' ', '  ', '\n', ', ', '. ', ': ', ' #', ' (', ') ', '; ', '\t', '\u00A0', '\u2028', '');

/** Text made of the pieces above, joined with random separators. */
export const soup = (maxPieces = 40) =>
  fc.array(fc.tuple(piece, separator), { maxLength: maxPieces }).map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Any text at all: random code points, graphemes, ASCII with controls, or the soup above. */
export const anyText = (maxLength = 400) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength: Math.ceil(maxLength / 4) }),
    fc.string({ unit: 'binary-ascii', maxLength }),
    soup(Math.ceil(maxLength / 10)),
  );

/** A text up to `max` characters long: a random fragment repeated (so long inputs stay cheap to generate). */
export const longText = (max: number) =>
  fc.tuple(anyText(200), fc.integer({ min: 0, max })).map(([fragment, length]) => {
    const unit = fragment || 'x';
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

/** Is `needle` a substring of `haystack`? (Named for the failure message.) */
export function occursIn(needle: string, haystack: string): boolean {
  return haystack.includes(needle);
}
