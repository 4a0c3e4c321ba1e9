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
  /** "Tuesday 24 November", "Nov 9", "on 11/20", "the 20th": no year (or month) written; the e-mail's date gives it. */
  yearless?: true;
}

const MONTHS: Record<string, number> = {};
/** Month names that are also everyday words, read as a month only when capitalised. */
const EVERYDAY_WORDS = new Set(['may', 'march', 'mars', 'june', 'sept']);
const NAMES: Array<[number, string[]]> = [
  // English, German, French, Dutch, Spanish, Italian, Portuguese, Scandinavian and Polish (with its genitive forms);
  // Finnish, Czech, Hungarian, Turkish, Romanian and Russian (genitives and abbreviations), and the Indonesian and Malay
  // names no other language writes ("Maret", "Agustus", "Ogos", "Julai", "Disember") in `MORE_NAMES`.
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
  3: ['maaliskuuta', 'maaliskuu', 'maalisk', 'března', 'březen', 'március', 'márc', 'mart', 'martie', 'марта', 'мар', 'maret'],
  4: ['huhtikuuta', 'huhtikuu', 'huhtik', 'dubna', 'duben', 'április', 'ápr', 'nisan', 'nis', 'aprilie', 'апреля', 'апр'],
  5: ['toukokuuta', 'toukokuu', 'toukok', 'května', 'květen', 'május', 'máj', 'mayıs', 'мая', 'май'],
  6: ['kesäkuuta', 'kesäkuu', 'kesäk', 'června', 'červen', 'június', 'jún', 'haziran', 'haz', 'iunie', 'июня', 'июн'],
  7: ['heinäkuuta', 'heinäkuu', 'heinäk', 'července', 'červenec', 'július', 'júl', 'temmuz', 'tem', 'iulie', 'июля', 'июл', 'julai'],
  8: ['elokuuta', 'elokuu', 'elok', 'srpna', 'srpen', 'augusztus', 'ağustos', 'ağu', 'августа', 'авг', 'agustus', 'ogos'],
  9: ['syyskuuta', 'syyskuu', 'syysk', 'září', 'szeptember', 'szept', 'eylül', 'eyl', 'septembrie', 'сентября', 'сен', 'сент'],
  10: ['lokakuuta', 'lokakuu', 'lokak', 'října', 'říjen', 'október', 'ekim', 'eki', 'octombrie', 'октября', 'окт'],
  11: ['marraskuuta', 'marraskuu', 'marrask', 'listopadu', 'kasım', 'kas', 'noiembrie', 'ноября', 'ноя'],
  12: ['joulukuuta', 'joulukuu', 'jouluk', 'prosince', 'prosinec', 'aralık', 'ara', 'decembrie', 'декабря', 'дек', 'disember'],
};
/**
 * Baltic, South Slavic (Serbian in both scripts), Slovak, Greek, Bulgarian, Ukrainian, Catalan and Swedish names a
 * header-shaped block or a provider in those countries writes (genitives and locatives too). Croatian "listopada" is
 * not listed: it is November as Polish writes it, and October only in a Croatian text (CROATIAN, in `findDates`).
 * Greek also in the nominative and as a Greek client abbreviates it in its headers ("Πέμ, 19 Νοε 2026").
 */
const EVEN_MORE_NAMES: Record<number, string[]> = {
  1: ['jaanuar', 'jaan', 'janvāris', 'janvārī', 'janvāra', 'sausio', 'januára', 'januarja', 'siječnja', 'ιανουαρίου', 'януари', 'січня', 'gener', 'ιανουάριος', 'ιαν', 'јануар', 'јануара'],
  2: ['veebruar', 'veebr', 'februāris', 'februārī', 'februāra', 'vasario', 'februára', 'februarja', 'veljače', 'φεβρουαρίου', 'февруари', 'лютого', 'febrer', 'φεβρουάριος', 'φεβ', 'фебруар', 'фебруара'],
  3: ['märts', 'marts', 'martā', 'marta', 'kovo', 'ožujka', 'μαρτίου', 'март', 'березня', 'març', 'μάρτιος', 'μαρ', 'марта'],
  4: ['aprill', 'aprīlis', 'aprīlī', 'aprīļa', 'balandžio', 'apríla', 'aprila', 'travnja', 'απριλίου', 'април', 'квітня', 'απρίλιος', 'απρ', 'априла'],
  5: ['maijs', 'maijā', 'maija', 'gegužės', 'mája', 'svibnja', 'μαΐου', 'травня', 'maig', 'μάιος', 'μαΐ', 'μαϊ', 'мај', 'маја'],
  6: ['juuni', 'jūnijs', 'jūnijā', 'jūnija', 'birželio', 'júna', 'junija', 'lipnja', 'ιουνίου', 'юни', 'червня', 'juny', 'ιούνιος', 'ιουν', 'јун', 'јуна'],
  7: ['juuli', 'jūlijs', 'jūlijā', 'jūlija', 'liepos', 'júla', 'julija', 'srpnja', 'ιουλίου', 'юли', 'липня', 'juliol', 'ιούλιος', 'ιουλ', 'јул', 'јула'],
  8: ['augusti', 'augusts', 'augustā', 'augusta', 'rugpjūčio', 'avgusta', 'avgust', 'kolovoza', 'αυγούστου', 'август', 'серпня', 'agost', 'αύγουστος', 'αυγ', 'августа'],
  9: ['septembris', 'septembrī', 'septembra', 'rugsėjo', 'septembar', 'rujna', 'σεπτεμβρίου', 'септември', 'вересня', 'setembre', 'σεπτέμβριος', 'σεπτ', 'σεπ', 'септембар', 'септембра'],
  10: ['oktoober', 'oktobris', 'oktobrī', 'oktobra', 'spalio', 'októbra', 'oktobar', 'οκτωβρίου', 'октомври', 'жовтня', 'octubre', 'οκτώβριος', 'οκτ', 'октобар', 'октобра'],
  11: ['novembris', 'novembrī', 'novembra', 'lapkričio', 'novembar', 'studenoga', 'studenog', 'νοεμβρίου', 'ноември', 'листопада', 'νοέμβριος', 'νοε', 'νοέ', 'новембар', 'новембра'],
  12: ['detsember', 'dets', 'decembris', 'decembrī', 'decembra', 'gruodžio', 'decembar', 'prosinca', 'δεκεμβρίου', 'декември', 'грудня', 'desembre', 'δεκέμβριος', 'δεκ', 'децембар', 'децембра'],
};
/** Arabic (as Gmail and Outlook write the Gregorian months, and the Levantine names) and Hebrew (with the preposition "ב" a date writes, and Gmail's abbreviations "בנוב׳"). */
const RTL_NAMES: Record<number, string[]> = {
  1: ['يناير', 'ינואר', 'בינואר', 'בינו׳'],
  2: ['فبراير', 'شباط', 'פברואר', 'בפברואר', 'בפבר׳'],
  3: ['مارس', 'آذار', 'מרץ', 'במרץ'],
  4: ['أبريل', 'ابريل', 'نيسان', 'אפריל', 'באפריל', 'באפר׳'],
  5: ['مايو', 'أيار', 'מאי', 'במאי'],
  6: ['يونيو', 'حزيران', 'יוני', 'ביוני'],
  7: ['يوليو', 'تموز', 'יולי', 'ביולי'],
  8: ['أغسطس', 'اغسطس', 'אוגוסט', 'באוגוסט', 'באוג׳'],
  9: ['سبتمبر', 'أيلول', 'ספטמבר', 'בספטמבר', 'בספט׳'],
  10: ['أكتوبر', 'اكتوبر', 'אוקטובר', 'באוקטובר', 'באוק׳'],
  11: ['نوفمبر', 'נובמבר', 'בנובמבר', 'בנוב׳'],
  12: ['ديسمبر', 'דצמבר', 'בדצמבר', 'בדצמ׳'],
};
for (const [month, names] of NAMES) for (const name of [...names, ...(MORE_NAMES[month] ?? []), ...(EVEN_MORE_NAMES[month] ?? []), ...(RTL_NAMES[month] ?? [])]) MONTHS[name] = month;
/**
 * The names as one alternation per first letter, longest first within each ("j(?:anuary|anuar|…|an)"): the regex
 * tries one letter at a place that starts no name, not every name of every language (a 100,000-dot paste took 4 s).
 */
function namesPattern(names: string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const name of names) {
    const first = String.fromCodePoint(name.codePointAt(0)!);
    byFirst.set(first, [...(byFirst.get(first) ?? []), name.slice(first.length)]);
  }
  return [...byFirst].map(([first, rests]) => `${first}(?:${rests.sort((a, b) => b.length - a.length).join('|')})`).join('|');
}
/** A class of every name's first letter, tried before the names: one test at a place that starts none. */
const FIRST_LETTER = `(?=[${[...new Set(Object.keys(MONTHS).map((n) => String.fromCodePoint(n.codePointAt(0)!)))].join('')}])`;
const MONTH_NAMES = namesPattern(Object.keys(MONTHS));
const MONTH = `${FIRST_LETTER}(${MONTH_NAMES})\\.?`;
/** The same names, captured by none: inside a lookahead. */
const ANY_MONTH = `${FIRST_LETTER}(?:${MONTH_NAMES})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er)?\\.?';
/** What an ordinal counts when it is no day of the month ("the 2nd account", "the 3rd request"). */
const COUNTED = String.raw`(?:accts?|accounts?|users?|usernames?|handles?|profiles?|ids?|requests?|cases?|items?|e-?mails?|numbers?|references?|refs?|orders?|pages?|attachments?|messages?|one|ones|party|parties|servers?|channels?|letters?|notices?|extensions?|preservations?|warrants?|lines?|rows?|tickets?|devices?|phones?|identifiers?|address(?:es)?|times?|attempts?)(?![\p{L}])`;
const YEAR = '(\\d{4})';

/** Each alternative names its groups by position; see `mentionOf`. Boundaries keep dates out of references. */
const ALTERNATIVES = [
    `(?<![\\p{L}\\d])${MONTH}(?:[ \\t]{1,3}|[ \\t]?\\n|-)${DAY}(?:,?[ \\t\\n]{1,3}|-)${YEAR}(?!\\d)`, // November 20, 2026 / Nov. 18, 2026 / November⏎22, 2026 (a wrap) / Nov-20-2026
    `(?<![\\p{L}\\d])${DAY}(?:[ \\t]{0,3}|[ \\t]?\\n|[-/])(?:(?:day[ \\t]+)?(?:de|of)[ \\t\\n]{1,2}|d['’])?${MONTH}(?:,?[ \\t]{0,3}|,?[ \\t]?\\n|[-/])(?:de[ \\t])?${YEAR}(?!\\d)`, // 25 November 2026 / 25. Nov 2026 / 18-Nov-2026 / 20/Nov/2026 / 23NOV2026 / the 15th day of November, 2026
    `(?<![\\w./-])(\\d{4})([-/.])(\\d{2})\\8(\\d{2})(?:(?=T\\d)|(?![\\w/-]|\\.\\d))`, // 2026-11-16, 2026/11/18, 2026.11.12, 2026-11-24T07:52Z
    `(?<![\\w./-])(\\d{1,2})([./-])(\\d{1,2})\\12(\\d{4})(?![\\w/-]|\\.\\d)`, // 25.11.2026, 11/23/2026, 16-11-2026
    `(?<![\\w./-])(\\d{1,2})([./-])(\\d{1,2})\\16(\\d{2})(?![\\w/-]|\\.\\d)`, // 16/11/26, 18.11.26, 11-20-26 (two-digit year)
    `(?<![\\p{L}\\d])${MONTH}[ \\t]{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:/-]|\\.\\d|,?[ \\t\\n]{0,3}\\d(?!\\d?:[0-5]\\d))`, // Nov 9, Friday, November 13, Nov 24, 3:14 PM (a webmail's stamp of this year)
    `(?<![\\p{L}\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\.?(?:[ \\t]{1,3}|[ \\t]?\\n)(?:(?:of|de)[ \\t\\n]{1,2})?${MONTH}(?![\\p{L}]|\\.?,?[ \\t\\n]{0,3}\\d(?!\\d?:[0-5]\\d))`, // Tuesday 24 November, Monday, 26 October, the 21st of⏎November, 20th Nov.
    `(?<![\\w./-])(\\d{4})[ \\t]?[年년][ \\t]?(\\d{1,2})[ \\t]?[月월][ \\t]?(\\d{1,2})[ \\t]?[日일]`, // 2026年11月21日, 2026년 11월 21일
    `(?<![\\w./-])(\\d{4})\\.[ \\t]{1,3}${MONTH}[ \\t]{1,3}(\\d{1,2})\\.?(?![\\d:])`, // 2026. november 21. (Hungarian, year first)
    `(?<![\\w./-])(\\d{4})\\.[ \\t](\\d{1,2})\\.[ \\t]?(\\d{1,2})\\.(?!\\d)`, // 2026. 11. 21. (Hungarian, Korean)
    `(?<![\\w./-])(\\d{1,2})\\.[ \\t](\\d{1,2})\\.[ \\t](\\d{4})(?!\\d)`, // 21. 11. 2026 (Czech, Slovak, German)
    `(?<![\\p{L}\\d])${DAY}-${MONTH}-(\\d{2})(?![\\d-])`, // 23-NOV-26 (two-digit year)
    // A numeric day without a year right after a date's preposition: "on 11/20", "am 20.11.", "le 20/11".
    `(?<![\\w./-])(\\d{1,2})([./])(\\d{1,2})\\.?(?![\\w/]|[.:,]?\\d)`,
    // "on the 20th": a day of the month without its month; not "the 21st of November", which names it, nor an ordinal
    // before what it counts ("the 2nd acct was already under an internal report").
    `(?<![\\p{L}\\d])the[ \\t]+(\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\d])(?![ \\t\\n]+(?:day[ \\t]+)?(?:of[ \\t\\n]+)?${ANY_MONTH})(?![ \\t]+${COUNTED})`,
    `(?<![\\p{L}\\d])${MONTH}[ \\t]{1,3}(\\d{1,2})[ \\t]+\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]+[A-Z]{2,5})?[ \\t]+${YEAR}(?!\\d)`, // Mon Nov 23 08:00:00 UTC 2026 (Unix)
    `(?<![\\w./-])(\\d{4})[ \\t]?m\\.[ \\t]{1,3}${MONTH}[ \\t]{1,3}(\\d{1,2})[ \\t]?d\\.`, // 2026 m. lapkričio 20 d. (Lithuanian)
    `(?<![\\w./-])(\\d{4})\\.[ \\t]{1,3}(?:gada|g\\.)[ \\t]{1,3}(\\d{1,2})\\.[ \\t]{1,3}${MONTH}`, // 2026. gada 20. novembris, 2026. g. 27. nov. (Latvian)
    `(?<![\\w./-])(\\d{1,2})([./-])[ \\t]?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\18[ \\t]?(\\d{4})(?!\\d)`, // 20.XI.2026, 20-xi-2026, 20. XI. 2026 (a Roman month: Polish, Czech, Italian, Romanian usage)
];
/** The Roman numerals of the months, as a day-month-year date writes them. */
const ROMAN_MONTHS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };
/**
 * The rarer shapes (from "23-NOV-26" on) in a regex of their own, groups numbered afresh (see `rareMentionOf`): one
 * regex of all of them, month names of every language in each, is too large for the engine's fast path (random
 * 300,000-character pastes took five times as long).
 */
const RARE_FROM = 11;
const DATE = new RegExp(ALTERNATIVES.slice(0, RARE_FROM).join('|'), 'giu');
const RARE_DATE = new RegExp(ALTERNATIVES.slice(RARE_FROM).join('|'), 'giu');

/** A numeric day without a year is a date only right after a date's preposition ("on 11/20", "am 20.11.", "as of 3/11"). */
const DATE_PREPOSITION = /(?<![\p{L}])(?:on|am|le|op|el|il|den|em|dnia|du|vom|since|seit|depuis|desde|dal|fra|från|od|as[ \t]+(?:of|at)|per)[ \t]{1,3}$/iu;
/** A participle of preserving right before a day without its year ("säkrat 3/11", "preserved 3/11"): a day, no fraction. */
const PRESERVED_BEFORE = /(?<![\p{L}])(?:preserved|secured|frozen|säkrat|säkrade|sikret|sikra|bevaret|bevarat|bevart|gesichert|veiliggesteld|bewaard|conserv[ée]e?s?|preservad[oa]s?|conservad[oa]s?|conservat[aeio])[ \t]{1,3}$/iu;

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDay(year: number, month: number, day: number): string | null {
  if (!validDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A numeric date: with a slash or a dash the order is decided later (the sender's convention, the other dates); with
 * dots it is day first wherever it is written (25.11.2026), unless only the other order is a date (11.20.2026).
 */
function numeric(base: { start: number; end: number }, a: number, b: number, year: number, separator: string): DateMention {
  if (separator !== '.' || (b > 12 && a <= 12)) return { ...base, kind: 'numeric', year, first: a, second: b, separator };
  return { ...base, kind: 'iso', year, first: b, second: a, separator };
}

/** A time right after a date, maybe after a word for "at" ("Nov 24, 3:14 PM", "24 nov., 15:14", "24 nov à 15:14"). */
const TIME_NEXT = /^\.?,?[ \t]{1,3}(?:(?:at|à|um|a las|alle|om|às|o)[ \t]{1,3})?\d{1,2}:[0-5]\d/;

/** Whether a time follows a date that ends at `end`: a webmail's stamp, which writes no year for this year's mail. */
export function timeFollows(text: string, end: number): boolean {
  return TIME_NEXT.test(text.slice(end, end + 24));
}

function mentionOf(m: RegExpExecArray): DateMention | null {
  const g = m;
  const base = { start: m.index, end: m.index + m[0].length };
  // A month name whose lower case is not the one listed (Turkish dotted/dotless i: "KASIM") is no month.
  if (g[1]) return MONTHS[g[1].toLowerCase()] ? { ...base, kind: 'named', year: +g[3]!, first: MONTHS[g[1].toLowerCase()]!, second: +g[2]!, separator: ' ' } : null;
  if (g[5]) return MONTHS[g[5].toLowerCase()] ? { ...base, kind: 'named', year: +g[6]!, first: MONTHS[g[5].toLowerCase()]!, second: +g[4]!, separator: ' ' } : null;
  if (g[7]) return { ...base, kind: 'iso', year: +g[7], first: +g[9]!, second: +g[10]!, separator: '-' };
  if (g[11]) return numeric(base, +g[11], +g[13]!, +g[14]!, g[12]!);
  if (g[15]) return numeric(base, +g[15], +g[17]!, 2000 + +g[18]!, g[16]!);
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
  // A short name in lower case is the month where a time follows: a webmail's stamp ("24 nov., 15:14").
  if (month && MONTHS[month.toLowerCase()] && (/^\p{Lu}/u.test(month) || ((month.length >= 4 || timeFollows(m.input, base.end)) && !EVERYDAY_WORDS.has(month.toLowerCase())))) return { ...base, kind: 'named', year: 0, first: MONTHS[month.toLowerCase()]!, second: +(g[20] ?? g[21])!, separator: ' ', yearless: true };
  return null;
}

function rareMentionOf(m: RegExpExecArray): DateMention | null {
  const g = m;
  const base = { start: m.index, end: m.index + m[0].length };
  const named = (name: string, year: number, day: number): DateMention | null => (MONTHS[name.toLowerCase()] ? { ...base, kind: 'named', year, first: MONTHS[name.toLowerCase()]!, second: day, separator: ' ' } : null);
  if (g[1]) return named(g[2]!, 2000 + +g[3]!, +g[1]);
  if (g[4]) return DATE_PREPOSITION.test(m.input.slice(Math.max(0, m.index - 12), m.index)) || PRESERVED_BEFORE.test(m.input.slice(Math.max(0, m.index - 20), m.index)) ? { ...numeric(base, +g[4], +g[6]!, 0, g[5]!), yearless: true } : null;
  if (g[7]) return { ...base, kind: 'named', year: 0, first: 0, second: +g[7], separator: ' ', yearless: true };
  if (g[8]) return named(g[8], +g[10]!, +g[9]!);
  if (g[11]) return named(g[12]!, +g[11], +g[13]!);
  if (g[14]) return named(g[16]!, +g[14], +g[15]!);
  if (g[17]) return { ...base, kind: 'iso', year: +g[20]!, first: ROMAN_MONTHS[g[19]!.toUpperCase()]!, second: +g[17], separator: '-' };
  return null;
}

/**
 * Croatian words no Polish text holds: Croatian names "listopad" October, where Polish names November. A text with any
 * of them (an Outlook's "Poslano:", a weekday, another month's Croatian name) reads "listopada" as October, as does a
 * date with Croatian dots, after the day and after the year ("29. listopada 2026."; Polish writes "29 listopada 2026 r.").
 */
const CROATIAN_DATE = /^\d{1,2}\.[ \t]*listopada?[ \t]+\d{4}\.(?!\d)/iu;
const CROATIAN = /(?<![\p{L}])(?:poslano|šalje|poštovan[aie]|ponedjeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga?|prosinca)(?![\p{L}])/iu;
let croatianOf: { text: string; croatian: boolean } | null = null;
function croatian(text: string): boolean {
  if (croatianOf?.text !== text) croatianOf = { text, croatian: CROATIAN.test(text.slice(0, 200_000)) };
  return croatianOf.croatian;
}

/** A provider's message states a handful of dates; past this many, the rest are not read. */
const MAX_DATES = 100;

/** A word a printout hyphenated at its line's end ("9 Novem-⏎ber 2026", "le 18 no-⏎vembre 2026"): read whole. */
const LINE_HYPHEN = /(?<=\p{Ll})-[ \t]*\n[ \t>]*(?=\p{Ll})/gu;

/** The text with its line-end hyphens read away, and where each of its characters stands in the text given. */
function joinHyphens(slice: string): { joined: string; at: (i: number) => number } {
  const cuts = [...slice.matchAll(LINE_HYPHEN)];
  if (!cuts.length) return { joined: slice, at: (i) => i };
  let joined = '';
  const starts: Array<[number, number]> = [];
  let last = 0;
  for (const c of cuts) {
    joined += slice.slice(last, c.index);
    last = c.index! + c[0].length;
    starts.push([joined.length, last - joined.length]);
  }
  joined += slice.slice(last);
  // A character at or after a cut's place in the joined text stands that many characters further on in the slice.
  return { joined, at: (i) => i + (starts.filter(([from]) => from <= i).pop()?.[1] ?? 0) };
}

/** The date mentions in `text[from, to)`, in order (at most MAX_DATES). */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const { joined: slice, at } = joinHyphens(text.slice(from, to));
  const scan = (pattern: RegExp, read: (m: RegExpExecArray) => DateMention | null) => {
    const out: DateMention[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m && out.length < MAX_DATES; m = pattern.exec(slice)) {
      const mention = read(m);
      if (mention) out.push({ ...mention, start: at(mention.start) + from, end: at(mention.end - 1) + 1 + from });
      // A match that is no date ("mar. 24", a weekday read as March, in "mar. 24 nov. 2026") must not hide the date
      // that starts inside it: the scan goes on from the next character, not from the match's end.
      else pattern.lastIndex = m.index + 1;
    }
    return out;
  };
  let found = scan(DATE, mentionOf);
  // A rarer shape stands where no common one does, or where it holds the common ones whole ("2026 m. lapkričio 20
  // d." holds "lapkričio 20").
  for (const rare of scan(RARE_DATE, rareMentionOf)) {
    const overlapping = found.filter((d) => d.start < rare.end && rare.start < d.end);
    if (overlapping.every((d) => rare.start <= d.start && d.end <= rare.end)) found = [...found.filter((d) => !overlapping.includes(d)), rare];
  }
  found = found.map((d) => (d.kind === 'named' && d.first === 11 && /listopad/i.test(text.slice(d.start, d.end)) && (croatian(text) || CROATIAN_DATE.test(text.slice(d.start, d.end + 1))) ? { ...d, first: 10 } : d));
  return found.sort((a, b) => a.start - b.start).slice(0, MAX_DATES);
}

/** The last day `month`/`day` on or before `emailDay` (month 0: the day of the month, in this month or the last). */
function lastOnOrBefore(emailDay: string, month: number, day: number): string | null {
  const [year, thisMonth] = [+emailDay.slice(0, 4), +emailDay.slice(5, 7)];
  if (month === 0) {
    const same = isoDay(year, thisMonth, day);
    if (same && same <= emailDay) return same;
    return thisMonth === 1 ? isoDay(year - 1, 12, day) : isoDay(year, thisMonth - 1, day);
  }
  const same = isoDay(year, month, day);
  return same && same <= emailDay ? same : isoDay(year - 1, month, day);
}

/**
 * The readings of a mention as YYYY-MM-DD: one for named and ISO dates, up to two for numeric ones. A date written
 * without a year is the last such day on or before `emailDay` (an e-mail speaks of what happened, not of what will);
 * without the e-mail's date it has no reading.
 */
export function readings(mention: DateMention, emailDay: string | null = null): { mdy: string | null; dmy: string | null } {
  if (mention.yearless) {
    if (!emailDay) return { mdy: null, dmy: null };
    const mdy = lastOnOrBefore(emailDay, mention.first, mention.second);
    return { mdy, dmy: mention.kind === 'numeric' ? lastOnOrBefore(emailDay, mention.second, mention.first) : mdy };
  }
  if (mention.kind !== 'numeric') {
    const day = isoDay(mention.year, mention.first, mention.second);
    return { mdy: day, dmy: day };
  }
  return { mdy: isoDay(mention.year, mention.first, mention.second), dmy: isoDay(mention.year, mention.second, mention.first) };
}
