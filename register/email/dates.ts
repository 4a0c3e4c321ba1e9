/**
 * Dates written in an e-mail, found by bounded patterns (linear time, no parser that guesses): named months in
 * the languages of the mail clients whose headers are read (Western European, Scandinavian, Polish, Czech, Finnish,
 * Hungarian, Turkish, Romanian, Russian), year-first dates (ISO, Hungarian "2026. november 21.", CJK "2026年11月21日"),
 * and numeric days whose order is decided later.
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
  /** "Tuesday 24 November", "Nov 9": no year written; the e-mail's date gives it (see `readings`). */
  yearless?: true;
}

const MONTHS: Record<string, number> = {};
/** Month names that are also everyday words, read as a month only when capitalised. */
const EVERYDAY_WORDS = new Set(['may', 'march', 'mars', 'june', 'sept']);
const NAMES: Array<[number, string[]]> = [
  // English, German, French, Dutch, Spanish, Italian, Portuguese, Scandinavian and Polish (with its genitive forms);
  // Finnish, Czech, Hungarian, Turkish, Romanian and Russian (genitives and abbreviations) in `MORE_NAMES`.
  [1, ['january', 'jan', 'januar', 'janvier', 'janv', 'januari', 'enero', 'ene', 'gennaio', 'gen', 'jänner', 'janeiro', 'stycznia', 'styczeń', 'sty']],
  [2, ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'februari', 'febrero', 'febbraio', 'fevereiro', 'fev', 'lutego', 'luty', 'lut']],
  [3, ['march', 'mar', 'märz', 'mars', 'maart', 'marzo', 'mrt', 'março', 'marca', 'marzec']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'kwi']],
  [5, ['may', 'mai', 'mei', 'mayo', 'maggio', 'mag', 'maio', 'maja', 'maj']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'cze']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'lip']],
  [8, ['august', 'aug', 'août', 'aout', 'augustus', 'agosto', 'ago', 'sierpnia', 'sierpień', 'sie']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'wrz']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'paź']],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'lis']],
  [12, ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'desember', 'des', 'grudnia', 'grudzień', 'gru']],
];
const MORE_NAMES: Record<number, string[]> = {
  1: ['tammikuuta', 'tammikuu', 'tammik', 'ledna', 'leden', 'január', 'jan', 'ocak', 'oca', 'ianuarie', 'ian', 'января', 'янв'],
  2: ['helmikuuta', 'helmikuu', 'helmik', 'února', 'únor', 'február', 'febr', 'şubat', 'şub', 'februarie', 'февраля', 'фев'],
  3: ['maaliskuuta', 'maaliskuu', 'maalisk', 'března', 'březen', 'március', 'márc', 'mart', 'martie', 'марта', 'мар'],
  4: ['huhtikuuta', 'huhtikuu', 'huhtik', 'dubna', 'duben', 'április', 'ápr', 'nisan', 'nis', 'aprilie', 'апреля', 'апр'],
  5: ['toukokuuta', 'toukokuu', 'toukok', 'května', 'květen', 'május', 'máj', 'mayıs', 'мая', 'май'],
  6: ['kesäkuuta', 'kesäkuu', 'kesäk', 'června', 'červen', 'június', 'jún', 'haziran', 'haz', 'iunie', 'июня', 'июн'],
  7: ['heinäkuuta', 'heinäkuu', 'heinäk', 'července', 'červenec', 'július', 'júl', 'temmuz', 'tem', 'iulie', 'июля', 'июл'],
  8: ['elokuuta', 'elokuu', 'elok', 'srpna', 'srpen', 'augusztus', 'ağustos', 'ağu', 'августа', 'авг'],
  9: ['syyskuuta', 'syyskuu', 'syysk', 'září', 'szeptember', 'szept', 'eylül', 'eyl', 'septembrie', 'сентября', 'сен', 'сент'],
  10: ['lokakuuta', 'lokakuu', 'lokak', 'října', 'říjen', 'október', 'ekim', 'eki', 'octombrie', 'октября', 'окт'],
  11: ['marraskuuta', 'marraskuu', 'marrask', 'listopadu', 'kasım', 'kas', 'noiembrie', 'ноября', 'ноя'],
  12: ['joulukuuta', 'joulukuu', 'jouluk', 'prosince', 'prosinec', 'aralık', 'ara', 'decembrie', 'декабря', 'дек'],
};
for (const [month, names] of NAMES) for (const name of [...names, ...(MORE_NAMES[month] ?? [])]) MONTHS[name] = month;
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?\\.?';
const YEAR = '(\\d{4})';

/** Each alternative names its groups by position; see `mentionOf`. Boundaries keep dates out of references. */
const DATE = new RegExp(
  [
    `(?<![\\p{L}\\d])${MONTH}(?:[ \\t]{1,3}|[ \\t]?\\n)${DAY},?[ \\t\\n]{1,3}${YEAR}(?!\\d)`, // November 20, 2026 / Nov. 18, 2026 / November⏎22, 2026 (a wrap)
    `(?<![\\p{L}\\d])${DAY}(?:[ \\t]{0,3}|-)(?:(?:de|of)[ \\t])?${MONTH}(?:,?[ \\t]{1,3}|-)(?:de[ \\t])?${YEAR}(?!\\d)`, // 25 November 2026 / 25. Nov 2026 / 18-Nov-2026
    `(?<![\\w./-])(\\d{4})([-/.])(\\d{2})\\8(\\d{2})(?:(?=T\\d)|(?![\\w/-]|\\.\\d))`, // 2026-11-16, 2026/11/18, 2026.11.12, 2026-11-24T07:52Z
    `(?<![\\w./-])(\\d{1,2})([./-])(\\d{1,2})\\12(\\d{4})(?![\\w/-]|\\.\\d)`, // 25.11.2026, 11/23/2026, 16-11-2026
    `(?<![\\w./-])(\\d{1,2})([./])(\\d{1,2})\\16(\\d{2})(?![\\w/-]|\\.\\d)`, // 16/11/26, 18.11.26 (two-digit year)
    `(?<![\\p{L}\\d])${MONTH}[ \\t]{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:/-]|\\.\\d|,?[ \\t\\n]{0,3}\\d)`, // Nov 9, Friday, November 13
    `(?<![\\p{L}\\d.])(\\d{1,2})\\.?[ \\t]{1,3}${MONTH}(?![\\p{L}]|\\.?,?[ \\t\\n]{0,3}\\d)`, // Tuesday 24 November, Monday, 26 October
    `(?<![\\w./-])(\\d{4})[ \\t]?[年년][ \\t]?(\\d{1,2})[ \\t]?[月월][ \\t]?(\\d{1,2})[ \\t]?[日일]`, // 2026年11月21日, 2026년 11월 21일
    `(?<![\\w./-])(\\d{4})\\.[ \\t]{1,3}${MONTH}[ \\t]{1,3}(\\d{1,2})\\.?(?![\\d:])`, // 2026. november 21. (Hungarian, year first)
    `(?<![\\w./-])(\\d{4})\\.[ \\t](\\d{1,2})\\.[ \\t]?(\\d{1,2})\\.(?!\\d)`, // 2026. 11. 21. (Hungarian, Korean)
    `(?<![\\w./-])(\\d{1,2})\\.[ \\t](\\d{1,2})\\.[ \\t](\\d{4})(?!\\d)`, // 21. 11. 2026 (Czech, Slovak, German)
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
  // A month name whose lower case is not the one listed (Turkish dotted/dotless i: "KASIM") is no month.
  if (g[1]) return MONTHS[g[1].toLowerCase()] ? { ...base, kind: 'named', year: +g[3]!, first: MONTHS[g[1].toLowerCase()]!, second: +g[2]!, separator: ' ' } : null;
  if (g[5]) return MONTHS[g[5].toLowerCase()] ? { ...base, kind: 'named', year: +g[6]!, first: MONTHS[g[5].toLowerCase()]!, second: +g[4]!, separator: ' ' } : null;
  if (g[7]) return { ...base, kind: 'iso', year: +g[7], first: +g[9]!, second: +g[10]!, separator: '-' };
  if (g[11]) {
    const separator = g[12]!;
    // Dots and dashes before the year are day-first wherever they are written (25.11.2026, 16-11-2026).
    return { ...base, kind: separator === '/' ? 'numeric' : 'iso', year: +g[14]!, ...(separator === '/' ? { first: +g[11], second: +g[13]! } : { first: +g[13]!, second: +g[11] }), separator };
  }
  if (g[15]) {
    const separator = g[16]!;
    return { ...base, kind: separator === '/' ? 'numeric' : 'iso', year: 2000 + +g[18]!, ...(separator === '/' ? { first: +g[15], second: +g[17]! } : { first: +g[17]!, second: +g[15] }), separator };
  }
  // Year first (CJK, Hungarian, Korean) and day-first with spaces after the dots: one reading each.
  if (g[23]) return { ...base, kind: 'iso', year: +g[23], first: +g[24]!, second: +g[25]!, separator: '-' };
  if (g[26]) {
    const month = MONTHS[g[27]!.toLowerCase()];
    return month ? { ...base, kind: 'named', year: +g[26], first: month, second: +g[28]!, separator: ' ' } : null;
  }
  if (g[29]) return { ...base, kind: 'iso', year: +g[29], first: +g[30]!, second: +g[31]!, separator: '-' };
  if (g[32]) return { ...base, kind: 'iso', year: +g[34]!, first: +g[33]!, second: +g[32], separator: '-' };
  // A month name without a year is a date where it is written as a name (capital first), or in lower case as French,
  // Spanish, Italian and Dutch write it ("le 23 novembre"), unless the name is also an everyday word: "may 5" is no date.
  const month = g[19] ?? g[22];
  if (month && MONTHS[month.toLowerCase()] && (/^\p{Lu}/u.test(month) || (month.length >= 4 && !EVERYDAY_WORDS.has(month.toLowerCase())))) return { ...base, kind: 'named', year: 0, first: MONTHS[month.toLowerCase()]!, second: +(g[20] ?? g[21])!, separator: ' ', yearless: true };
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

/**
 * The readings of a mention as YYYY-MM-DD: one for named and ISO dates, up to two for numeric ones. A date written
 * without a year is the last such day on or before `emailDay` (an e-mail speaks of what happened, not of what will);
 * without the e-mail's date it has no reading.
 */
export function readings(mention: DateMention, emailDay: string | null = null): { mdy: string | null; dmy: string | null } {
  if (mention.yearless) {
    if (!emailDay) return { mdy: null, dmy: null };
    const year = +emailDay.slice(0, 4);
    const same = isoDay(year, mention.first, mention.second);
    const day = same && same <= emailDay ? same : isoDay(year - 1, mention.first, mention.second);
    return { mdy: day, dmy: day };
  }
  if (mention.kind !== 'numeric') {
    const day = isoDay(mention.year, mention.first, mention.second);
    return { mdy: day, dmy: day };
  }
  return { mdy: isoDay(mention.year, mention.first, mention.second), dmy: isoDay(mention.year, mention.second, mention.first) };
}
