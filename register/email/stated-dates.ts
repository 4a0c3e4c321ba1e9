import type { Message } from './blocks';
import { dateRole, LABEL_BEFORE, roleOfWords, type DateRole } from './date-roles';
import { findDates, isoDay, readings, type DateMention } from './dates';
import { relativeDays } from './relative-days';
import { PRESERVATION_NOUN, WEEKDAY_OF } from './date-words';
import { findTables } from './tables';
import { problem, type Problem } from '../../i18n/problems';

/**
 * The dates the provider's message states, each with its role, resolved to one day where the writing allows. A
 * numeric date (11/10/2026) is read in the order another numeric date in the message proves (30/10/2026), else in
 * the sender's convention (US entities month first, European entities day first), and flagged where the other
 * reading is just as possible. A reading after the e-mail's date, or more than a year before it, is no reading.
 */
export interface StatedDate {
  role: DateRole;
  /** Written as a "label: value" line or a table cell, not in a sentence. */
  labelled: boolean;
  start: number;
  end: number;
  /** The day, or null where no reading is plausible. */
  day: string | null;
  alternatives: string[];
  /** Why no day is proposed. */
  problem?: Problem;
}

/**
 * Entities that write dates day first. A legal form that ends in its full stop ("Uber B.V. confirme", "Snap Ltd.",
 * "S.à r.l.") ends where a letter or digit does not follow, not at a word's boundary (none stands after the stop).
 */
const DAY_FIRST_SENDER = /\b(?:Ireland|Irish|Limited|Ltd\.?|B\.V\.|EMEA|GmbH|S\.?à\.?[ \t]?r\.?l\.?|SARL|S\.?A\.?S\.?|Luxembourg|Pte\.?|Netherlands|Europe|UK|Australia|Pty|Singapore)(?![\p{L}\d])/u;
/**
 * Continental legal forms ("Revolut Bank UAB", "Spotify AB", "Zalando SE", "Seznam.cz, a.s.", "Allegro sp. z o.o."):
 * short capitals like AB, AS or SE count only after a name written in lower case, so "PRESERVED AS OF" is none.
 */
const DAY_FIRST_LEGAL_FORM = /(?<=\p{Ll}[\p{L}.]{0,40},?[ \t]{1,4})(?:UAB|AB|AS|ASA|A\/S|ApS|Oyj?|OÜ|AG|SE|KG|N\.?V\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.L\.U?|S\.A\.U?|Lda\.?|a\.s\.|s\.r\.o\.|sp\.[ \t]?z[ \t]?o\.[ \t]?o\.|Kft\.?|Zrt\.?|d\.o\.o\.|SIA)(?![\p{L}\d])/u;
/**
 * A sender's address in a country that writes the day first ("autoridades@olx.pt", "legal@allegro.pl", "x@gmx.de"); not
 * ".co", which companies anywhere take for "company" ("hinge.co").
 */
const DAY_FIRST_COUNTRY_DOMAIN =
  /@[A-Za-z0-9.-]{1,200}\.(?:pt|es|fr|de|it|nl|be|pl|cz|sk|at|ch|se|no|dk|fi|is|ie|uk|au|nz|br|ar|mx|cl|pe|uy|in|gr|tr|ro|hu|bg|hr|si|rs|lt|lv|ee|lu|za|ru|ua|id|my|sg|vn|th)(?![A-Za-z0-9.-])/i;
/** Words only a text in a European language other than English uses: such a text writes its dates day first. */
const EUROPEAN_WORDS = /(?<![\p{L}])(?:nous|vous|avons|été|données|und|wir|wurde|wurden|Daten|het|een|wij|zijn|hemos|sido|datos|abbiamo|stati|sono|dati|och|har|blivit|vi har|jest|zostały|dados|foram|serão|não|conta|dias|días|cuenta|jours|compte|Tage|Konto|giorni|dagen|dni|dní|zile|päeva|napig|ημέρες)(?![\p{L}])/giu;

function europeanText(body: string): boolean {
  return new Set([...body.slice(0, 5000).matchAll(EUROPEAN_WORDS)].map((m) => m[0].toLowerCase())).size >= 2;
}

/** A preservation's day as an e-mail of `emailDay` can report it: not after the e-mail, at most a year before it. */
export function plausible(day: string, emailDay: string | null): boolean {
  if (!emailDay) return true;
  const days = (Date.parse(`${emailDay}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days <= 365;
}

function orderProvenBy(mentions: DateMention[]): 'mdy' | 'dmy' | null {
  const numeric = mentions.filter((m) => m.kind === 'numeric');
  const dmy = numeric.some((m) => m.first > 12 && m.second <= 12);
  const mdy = numeric.some((m) => m.second > 12 && m.first <= 12);
  return dmy === mdy ? null : dmy ? 'dmy' : 'mdy';
}

function resolve(mention: DateMention, order: 'mdy' | 'dmy', proven: boolean, emailDay: string | null, checked: boolean): Pick<StatedDate, 'day' | 'alternatives' | 'problem'> {
  const r = readings(mention, emailDay);
  if (!checked) emailDay = null;
  const first = order === 'mdy' ? r.mdy : r.dmy;
  const second = order === 'mdy' ? r.dmy : r.mdy;
  const options = [...new Set([first, second].filter((d): d is string => d !== null))];
  // A date written without a year, in an e-mail without a date, has no reading; that is nothing to warn about.
  if (options.length === 0 && mention.yearless) return { day: null, alternatives: [] };
  // The order proven by another date of the message ("Request received: 28/11/2026"), the other reading is no reading.
  const considered = proven && first ? [first] : options;
  const fitting = considered.filter((d) => plausible(d, emailDay));
  if (fitting.length === 0) {
    const written = considered[0];
    const why = !written ? problem('register.email.dateUnreadable') : problem(emailDay && considered.every((d) => d > emailDay) ? 'register.email.dateAfterEmail' : 'register.email.dateTooEarly', { date: written, emailDate: emailDay ?? '' });
    return { day: null, alternatives: [], problem: why };
  }
  if (fitting.length === 1 || proven) return { day: fitting.includes(first ?? '') ? first : fitting[0]!, alternatives: [] };
  return { day: first, alternatives: fitting.filter((d) => d !== first) };
}

/** Between two dates that make a period: a dash, "to", "until", "bis", "au", "al", "tot", "do"; "and" after "between". */
const RANGE_JOIN = /^(?:[ \t]+(?:r|г)\.)?[ \t]*(?:[-–—]|to|until|till|through|thru|bis(?:[ \t]+(?:zum|einschließlich))?|au|jusqu['’]au|al|tot(?:[ \t]+en[ \t]+met)?|t\/m|do|a|hasta(?:[ \t]+el)?|fino[ \t]+al)[ \t]*$/iu;
const AND_JOIN = /^[ \t]*(?:and|und|et|en|y|e|och|og|i)[ \t]*$/iu;
/** Words of the data's span before a period: the activity, the records, the date range asked for. */
const DATA_SPAN =
  /(?<![\p{L}])(?:activity|records|data|logs|messages|content|date[ \t]+range|time[ \t]?frame|period[ \t]+(?:of|covered|requested)|z[ \t]+okresu|za[ \t]+okres|transakcje|logowa\p{L}*|transactions?)(?![\p{L}])[^.!?]{0,80}$/iu;
const BETWEEN = /(?<![\p{L}])(?:between|zwischen|entre|tussen|tra|fra|mellan|między)[ \t]+$/iu;

/**
 * A period written as two dates ("Preservation period: 20/11/2026 – 18/02/2027", "between 1 August and 20 November").
 * One that ends after the e-mail's date is the preservation's: its start is the preservation date (whatever the words
 * left unsaid), its end the expiry. One that ends by the e-mail's date is the time span of the data preserved ("data
 * covering 1 August to 20 November"): neither end is the preservation date.
 */
function rangeRoles(text: string, mentions: DateMention[], dayOf: (m: DateMention) => string | null, emailDay: string | null): Map<DateMention, (said: DateRole | null) => DateRole | null> {
  const out = new Map<DateMention, (said: DateRole | null) => DateRole | null>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [from, to] = [mentions[i]!, mentions[i + 1]!];
    const join = text.slice(from.end, to.start);
    if (join.length > 20 || !(RANGE_JOIN.test(join) || (AND_JOIN.test(join) && BETWEEN.test(text.slice(Math.max(0, from.start - 12), from.start))))) continue;
    const end = dayOf(to);
    // The span of the data the request asked for, in its own words ("account activity from 1 September 2025 to 20
    // February 2026", "the date range specified in your request (01/10/2025 - 08/04/2026)"): neither end is the
    // preservation's, whatever the e-mail's date.
    const before = text.slice(Math.max(0, from.start - 160), from.start);
    const sentence = before.slice(Math.max(0, ...[...before.matchAll(/[.!?][ \t\n]+|\n[ \t]*\n/g)].map((m) => m.index! + m[0].length)));
    if (DATA_SPAN.test(sentence) && !PRESERVATION_NOUN.test(sentence)) {
      out.set(from, () => null).set(to, () => null);
      i++;
      continue;
    }
    if (!end || !emailDay) continue;
    if (end <= emailDay) {
      out.set(from, () => null).set(to, () => null);
    } else {
      out.set(from, (said) => said ?? 'preservation').set(to, (said) => (said === null || said === 'preservation' ? 'expiry' : said));
    }
    i++;
  }
  return out;
}

/** The order the message writes its numeric dates in: proven by one of them (30/10/2026), else the sender's convention. */
export function numericOrder(text: string, message: Message, mentions = findDates(text, message.bodyStart, message.end), emailDay: string | null = null): { order: 'mdy' | 'dmy'; proven: boolean } {
  const proven = orderProvenBy(mentions);
  if (proven) return { order: proven, proven: true };
  const sender = `${message.from?.value ?? ''}\n${text.slice(message.bodyStart, message.end)}`;
  const dayFirst = DAY_FIRST_SENDER.test(sender) || DAY_FIRST_LEGAL_FORM.test(sender) || DAY_FIRST_COUNTRY_DOMAIN.test(message.from?.value ?? '') || europeanText(text.slice(message.bodyStart, message.end));
  const convention = dayFirst ? 'dmy' : 'mdy';
  return { order: nearerOrder(mentions, emailDay) ?? convention, proven: false };
}

/**
 * Where no date proves the order, the other dates may still decide it: a message's dates lie around its own date (the
 * request a few days before, the preservation, its expiry months after). The order that puts every numeric date of the
 * message near the e-mail's date, where the other order puts one far from it ("Completed 03/11/2026, request dated
 * 02/11/2026, expiry 01/02/2027" in a mail of 17 November), is the message's; neither or both: no decision.
 */
function nearerOrder(mentions: DateMention[], emailDay: string | null): 'mdy' | 'dmy' | null {
  const numeric = mentions.filter((m) => m.kind === 'numeric' && !m.yearless);
  if (!emailDay || numeric.length < 2) return null;
  const email = Date.parse(`${emailDay}T00:00:00Z`);
  const near = (day: string | null) => {
    if (!day) return false;
    const days = (Date.parse(`${day}T00:00:00Z`) - email) / 86_400_000;
    return days >= -NEAR_BEFORE_DAYS && days <= NEAR_AFTER_DAYS;
  };
  const all = (order: 'mdy' | 'dmy') => numeric.every((m) => near(readings(m)[order]));
  const [mdy, dmy] = [all('mdy'), all('dmy')];
  return mdy === dmy ? null : mdy ? 'mdy' : 'dmy';
}
/** Near the e-mail's date: a request or preservation up to four months before it, an expiry up to seven months after. */
const NEAR_BEFORE_DAYS = 120;
const NEAR_AFTER_DAYS = 210;

/**
 * `readingDay` (YYYY-MM-DD) serves one case only: a date written with its weekday but no year, in a paste without a
 * date of its own (`withWeekdayYear`).
 */
export function statedDates(text: string, message: Message, emailDay: string | null, skip: Array<{ start: number; end: number }>, readingDay: string | null = null): StatedDate[] {
  const mentions = findDates(text, message.bodyStart, message.end)
    .filter((m) => !skip.some((s) => m.start < s.end && s.start < m.end))
    .map((m) => (emailDay || !readingDay ? m : withWeekdayYear(text, m, readingDay)));
  const { order, proven } = numericOrder(text, message, mentions, emailDay);
  const found: StatedDate[] = [];
  let after = message.bodyStart;
  const cells = findTables(text, message.bodyStart, message.end);
  const ranges = rangeRoles(text, mentions, (m) => resolve(m, order, proven, emailDay, false).day, emailDay);
  for (const mention of mentions) {
    // A date in a table takes its role from its column's label ("Preserved on"), where the label gives one.
    const cell = cells.find((c) => c.start <= mention.start && mention.end <= c.end);
    // A key-value table's row gives it by its first cell ("| Préservation à compter du | 2 novembre 2026 |").
    const rowLabel = cell ? text.slice(cell.row.start, cell.start).replace(/[|\t ]+/g, ' ').trim() : '';
    // A column's label that names a date is a label: its own noun gives the role as after a colon ("Data conservazione",
    // "Koruma Tarihi", "Säilytyspäivä"); not a value stacked above ("Preservation" of a "Request type" row).
    const dateColumn = !!cell && DATE_WORD.test(cell.header);
    const said = (cell && (roleOfWords(`${cell.header} `) ?? (dateColumn ? roleOfWords(`${cell.header.trim()}:`) : null) ?? (rowLabel ? roleOfWords(`${rowLabel} `) : null))) ?? dateRole(text, mention, after) ?? stackedLabelRole(text, mention);
    after = mention.end;
    const role = ranges.has(mention) ? ranges.get(mention)!(said) : said;
    if (!role) continue;
    const labelled = !!cell || LABEL_BEFORE.test(text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start));
    found.push({ role, labelled, start: mention.start, end: mention.end, ...resolve(mention, order, proven, emailDay, role !== 'expiry') });
  }
  return [...[...found, ...relativeDays(text, message, emailDay, mentions)].sort((a, b) => a.start - b.start), ...subjectDates(text, message, emailDay, order, proven)];
}

/**
 * A date alone on its line under a short label line of its own, a blank line or two between or none, as a flattened
 * HTML table stacks its cells ("Bevarande genomfört⏎⏎2026-11-10", "Preservation completed⏎2026-11-10"): the label's
 * role.
 */
function stackedLabelRole(text: string, mention: { start: number; end: number }): DateRole | null {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  const lineEnd = text.indexOf('\n', mention.end);
  // Alone on its line, or after its weekday ("Wednesday, November 11, 2026").
  // A time and its zone may close the line ("18 Jan 2027, 23:51 CET").
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim().replace(TIME_AFTER, '');
  const date = text.slice(mention.start, mention.end);
  if (line !== date && !(line.endsWith(date) && /^\p{L}{2,12}\.?,?[ \t]*$/u.test(line.slice(0, line.length - date.length)))) return null;
  const above = STACKED_LABEL.exec(text.slice(Math.max(0, lineStart - 80), lineStart));
  // The label's own noun too, as after a colon ("Data conservazione⏎02/11/2026", "Fecha de preservación⏎…").
  return above ? (roleOfWords(`${above[1]!.trim()} `) ?? roleOfWords(`${above[1]!.trim()}:`)) : null;
}
/** A word for a date or a day, inside a compound too ("Sicherungsdatum", "Säilytyspäivä", "Koruma Tarihi"). */
const DATE_WORD = /date|datum|data|fecha|tarih|päivä|dato|dag|dzień|dnia|giorno|jour|day/iu;
const TIME_AFTER = /,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?$/;
/** The line above, up to two blank lines between: a label of one to five words with no sentence's end. */
const STACKED_LABEL = /(?:^|\n)[ \t]*([\p{L}][\p{L}\p{M} '’-]{1,60}[\p{L}])[ \t]*:?[ \t]*\n(?:[ \t]*\n){0,2}$/u;

const SHORT_WEEKDAYS: Array<[string, number]> = [['sun', 0], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6]];
const WEEKDAY_NAMES = new Map([...WEEKDAY_OF, ...SHORT_WEEKDAYS]);
/** A weekday just before a date: "Sunday, November 15th", "Sonntag, 15. November", "Thu, Nov 19", "on Sunday the 15th". */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${[...WEEKDAY_NAMES.keys()].join('|')})\\.?,?[ \\t]+(?:the[ \\t]+)?$`, 'iu');
const YEARS_A_WEEKDAY_TELLS = 4;

/**
 * A date written with its weekday but no year ("on Sunday, November 15th"), in a paste that shows no date of its own
 * (a webmail view's "3 days ago", a bare body): the year its weekday names. Within the four years up to the reading
 * day a day and month fall on a given weekday at most once (a year moves them by one or two weekdays), so the year is
 * read from the text; the reading day only bounds the search. No year, or a weekday that fits none: no reading.
 */
function withWeekdayYear(text: string, mention: DateMention, readingDay: string): DateMention {
  if (!mention.yearless || mention.kind !== 'named' || mention.first === 0) return mention;
  const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, mention.start - 24), mention.start))?.[1];
  if (!weekday) return mention;
  const dow = WEEKDAY_NAMES.get(weekday.toLowerCase());
  const latest = +readingDay.slice(0, 4);
  const years = Array.from({ length: YEARS_A_WEEKDAY_TELLS }, (_, i) => latest - i).filter((year) => {
    const day = isoDay(year, mention.first, mention.second);
    return day !== null && day <= readingDay && new Date(`${day}T00:00:00Z`).getUTCDay() === dow;
  });
  return years.length === 1 ? { ...mention, year: years[0]!, yearless: undefined } : mention;
}

/**
 * "Subject: Preservation completed 20/11/2026 - QA-7781200": the subject is the provider's too. Its preservation date
 * comes after every date of the body, which says more.
 */
function subjectDates(text: string, message: Message, emailDay: string | null, order: 'mdy' | 'dmy', proven: boolean): StatedDate[] {
  const subject = message.subject;
  if (!subject || subject.at >= message.bodyStart) return [];
  const out: StatedDate[] = [];
  for (const mention of findDates(text, subject.at, Math.min(subject.at + subject.value.length, subject.at + 300))) {
    const role = dateRole(text, mention, subject.at);
    if (role === 'preservation') out.push({ role, labelled: false, start: mention.start, end: mention.end, ...resolve(mention, order, proven, emailDay, true) });
  }
  return out;
}
