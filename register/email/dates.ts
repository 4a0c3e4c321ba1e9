/**
 * Dates written in an e-mail, found by bounded patterns (linear time, no parser that guesses): named months in
 * English, German, French, Dutch, Spanish and Italian, ISO days, and numeric days whose order is decided later.
 */
export interface DateMention {
  start: number;
  end: number;
  /** Named month or ISO: one reading. Numeric with `/`: two readings, decided by convention and context. */
  kind: 'named' | 'iso' | 'numeric';
  year: number;
  /** For `named`/`iso`: month and day. For `numeric`: the first and second number as written. */
  first: number;
  second: number;
  separator: string;
}

const MONTHS: Record<string, number> = {};
const NAMES: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'januar', 'janvier', 'janv', 'januari', 'enero', 'ene', 'gennaio', 'gen', 'jänner']],
  [2, ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'februari', 'febrero', 'febbraio']],
  [3, ['march', 'mar', 'märz', 'mars', 'maart', 'marzo', 'mrt']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile']],
  [5, ['may', 'mai', 'mei', 'mayo', 'maggio', 'mag']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug']],
  [8, ['august', 'aug', 'août', 'aout', 'augustus', 'agosto', 'ago']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre']],
];
for (const [month, names] of NAMES) for (const name of names) MONTHS[name] = month;
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?\\.?';
const YEAR = '(\\d{4})';

/** Each alternative names its groups by position; see `mentionOf`. Boundaries keep dates out of references. */
const DATE = new RegExp(
  [
    `(?<![\\p{L}\\d])${MONTH}[ \\t]{1,3}${DAY},?[ \\t\\n]{1,3}${YEAR}(?!\\d)`, // November 20, 2026 / Nov. 18, 2026
    `(?<![\\p{L}\\d])${DAY}[ \\t]{0,3}(?:de[ \\t])?${MONTH},?[ \\t]{1,3}(?:de[ \\t])?${YEAR}(?!\\d)`, // 25 November 2026 / 25. Nov 2026
    `(?<![\\w./-])(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:(?=T\\d)|(?![\\w/-]|\\.\\d))`, // 2026-11-16, 2026/11/18, 2026-11-24T07:52Z
    `(?<![\\w./-])(\\d{1,2})([./-])(\\d{1,2})\\11(\\d{4})(?![\\w/-]|\\.\\d)`, // 25.11.2026, 11/23/2026, 16-11-2026
  ].join('|'),
  'giu',
);

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): string | null {
  if (!validDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mentionOf(m: RegExpExecArray): DateMention | null {
  const g = m;
  const base = { start: m.index, end: m.index + m[0].length };
  if (g[1]) return { ...base, kind: 'named', year: +g[3]!, first: MONTHS[g[1].toLowerCase()]!, second: +g[2]!, separator: ' ' };
  if (g[5]) return { ...base, kind: 'named', year: +g[6]!, first: MONTHS[g[5].toLowerCase()]!, second: +g[4]!, separator: ' ' };
  if (g[7]) return { ...base, kind: 'iso', year: +g[7], first: +g[8]!, second: +g[9]!, separator: '-' };
  if (g[10]) {
    const separator = g[11]!;
    // Dots and dashes before the year are day-first wherever they are written (25.11.2026, 16-11-2026).
    return { ...base, kind: separator === '/' ? 'numeric' : 'iso', year: +g[13]!, ...(separator === '/' ? { first: +g[10], second: +g[12]! } : { first: +g[12]!, second: +g[10] }), separator };
  }
  return null;
}

/** A provider's message states a handful of dates; past this many, the rest are not read. */
const MAX_DATES = 100;

/** The date mentions in `text[from, to)`, in order (at most MAX_DATES). */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const found: DateMention[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(DATE)) {
    if (found.length >= MAX_DATES) break;
    const mention = mentionOf(m as RegExpExecArray);
    if (mention) found.push({ ...mention, start: mention.start + from, end: mention.end + from });
  }
  return found;
}

/** The readings of a mention as YYYY-MM-DD: one for named and ISO dates, up to two for numeric ones. */
export function readings(mention: DateMention): { mdy: string | null; dmy: string | null } {
  if (mention.kind !== 'numeric') {
    const day = isoDay(mention.year, mention.first, mention.second);
    return { mdy: day, dmy: day };
  }
  return { mdy: isoDay(mention.year, mention.first, mention.second), dmy: isoDay(mention.year, mention.second, mention.first) };
}
