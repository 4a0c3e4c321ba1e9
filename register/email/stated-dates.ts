import type { Message } from './blocks';
import { dateRole, LABEL_BEFORE, roleOfWords, type DateRole } from './date-roles';
import { findDates, readings, type DateMention } from './dates';
import { findTables } from './tables';

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
  problem?: string;
}

/** Entities that write dates day first. */
const DAY_FIRST_SENDER = /\b(?:Ireland|Irish|Limited|Ltd\.?|B\.V\.|EMEA|GmbH|S\.?à\.?r\.?l\.?|SARL|S\.?A\.?S\.?|Luxembourg|Pte\.?|Netherlands|Europe|UK|Australia|Pty|Singapore)\b/;
/** Words only a text in a European language other than English uses: such a text writes its dates day first. */
const EUROPEAN_WORDS = /\b(?:nous|vous|avons|été|données|und|wir|wurde|wurden|Daten|het|een|wij|zijn|hemos|sido|datos|abbiamo|stati|sono|dati|och|har|blivit|vi har|jest|zostały|dados|foram)\b/giu;

function europeanText(body: string): boolean {
  return new Set([...body.slice(0, 5000).matchAll(EUROPEAN_WORDS)].map((m) => m[0].toLowerCase())).size >= 2;
}

function plausible(day: string, emailDay: string | null): boolean {
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
  const fitting = options.filter((d) => plausible(d, emailDay));
  if (fitting.length === 0) {
    const written = options[0] ?? 'the date';
    const why = emailDay && options.length && options.every((d) => d > emailDay) ? `after the e-mail's date (${emailDay})` : `more than a year before the e-mail's date (${emailDay})`;
    return { day: null, alternatives: [], problem: `The e-mail states ${written} as the preservation date, which is ${why}: no date is proposed; check it with the provider.` };
  }
  if (fitting.length === 1 || proven) return { day: fitting.includes(first ?? '') ? first : fitting[0]!, alternatives: [] };
  return { day: first, alternatives: fitting.filter((d) => d !== first) };
}

/**
 * "we preserved the account yesterday": a day named relative to the sender's own day, the e-mail's date in the
 * sender's zone (23:09 -0800 on the 24th makes yesterday the 23rd, whatever UTC says).
 */
const RELATIVE_DAY = /(?<![\p{L}])(yesterday|today|gestern|heute|aujourd'hui|ayer|hoy|ieri|oggi|gisteren|vandaag|wczoraj|dzisiaj|ontem|hoje)(?![\p{L}])/giu;
const DAYS_BACK: Record<string, number> = { yesterday: 1, gestern: 1, ayer: 1, ieri: 1, gisteren: 1, wczoraj: 1, ontem: 1 };

/**
 * "I placed the hold on Monday": a weekday named alone (no date after it) in a preservation's sentence is the latest
 * such day on or before the sender's day, in any of the languages read; "next Monday" speaks of the future.
 */
const WEEKDAYS: string[][] = [
  ['sunday', 'sonntag', 'dimanche', 'domingo', 'domenica', 'zondag', 'söndag', 'søndag', 'niedziela', 'niedzielę'],
  ['monday', 'montag', 'lundi', 'lunes', 'lunedì', 'maandag', 'måndag', 'mandag', 'poniedziałek'],
  ['tuesday', 'dienstag', 'mardi', 'martes', 'martedì', 'dinsdag', 'tisdag', 'tirsdag', 'wtorek'],
  ['wednesday', 'mittwoch', 'mercredi', 'miércoles', 'mercoledì', 'woensdag', 'onsdag', 'środa', 'środę'],
  ['thursday', 'donnerstag', 'jeudi', 'jueves', 'giovedì', 'donderdag', 'torsdag', 'czwartek'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'venerdì', 'vrijdag', 'fredag', 'piątek'],
  ['saturday', 'samstag', 'samedi', 'sábado', 'sabato', 'zaterdag', 'lördag', 'lørdag', 'sobota', 'sobotę'],
];
const WEEKDAY_OF = new Map(WEEKDAYS.flatMap((names, dow) => names.map((n) => [n, dow] as const)));
const WEEKDAY = new RegExp(`(?<![\\p{L}])(${[...WEEKDAY_OF.keys()].join('|')})(?![\\p{L}])`, 'giu');
const FUTURE_BEFORE = /\b(?:next|coming|nächsten?|prochain|próximo|prossimo|volgende|nästa|neste|następn\p{L})[ \t]+$/iu;

function daysBack(word: string, emailDay: string): number | null {
  const dow = WEEKDAY_OF.get(word.toLowerCase());
  if (dow === undefined) return DAYS_BACK[word.toLowerCase()] ?? 0;
  return (new Date(`${emailDay}T00:00:00Z`).getUTCDay() - dow + 7) % 7;
}

function relativeDays(text: string, message: Message, emailDay: string | null, mentions: DateMention[]): StatedDate[] {
  if (!emailDay) return [];
  const out: StatedDate[] = [];
  const body = text.slice(message.bodyStart, message.end);
  const words = [...body.matchAll(RELATIVE_DAY), ...[...body.matchAll(WEEKDAY)].slice(0, 50)];
  for (const m of words) {
    const start = message.bodyStart + m.index!;
    const end = start + m[0].length;
    // A weekday that heads a written date ("Monday, 23 November") is that date's; one the future names is no past day.
    if (WEEKDAY_OF.has(m[1]!.toLowerCase()) && (mentions.some((d) => d.end > start && d.start - end <= 3) || FUTURE_BEFORE.test(text.slice(Math.max(0, start - 20), start)))) continue;
    const mention = { start, end } as DateMention;
    const role = dateRole(text, mention, message.bodyStart);
    if (role !== 'preservation' && role !== 'extension') continue;
    const back = daysBack(m[1]!, emailDay);
    if (back === null) continue;
    const day = new Date(Date.parse(`${emailDay}T00:00:00Z`) - back * 86_400_000).toISOString().slice(0, 10);
    out.push({ role, labelled: false, start, end, day, alternatives: [] });
    if (out.length >= 10) break;
  }
  return out;
}

/** The order the message writes its numeric dates in: proven by one of them (30/10/2026), else the sender's convention. */
export function numericOrder(text: string, message: Message, mentions = findDates(text, message.bodyStart, message.end)): { order: 'mdy' | 'dmy'; proven: boolean } {
  const proven = orderProvenBy(mentions);
  const sender = `${message.from?.value ?? ''}\n${text.slice(message.bodyStart, message.end)}`;
  return { order: proven ?? (DAY_FIRST_SENDER.test(sender) || europeanText(text.slice(message.bodyStart, message.end)) ? 'dmy' : 'mdy'), proven: proven !== null };
}

export function statedDates(text: string, message: Message, emailDay: string | null, skip: Array<{ start: number; end: number }>): StatedDate[] {
  const mentions = findDates(text, message.bodyStart, message.end).filter((m) => !skip.some((s) => m.start < s.end && s.start < m.end));
  const { order, proven } = numericOrder(text, message, mentions);
  const found: StatedDate[] = [];
  let after = message.bodyStart;
  const cells = findTables(text, message.bodyStart, message.end);
  for (const mention of mentions) {
    // A date in a table takes its role from its column's label ("Preserved on"), where the label gives one.
    const cell = cells.find((c) => c.start <= mention.start && mention.end <= c.end);
    const role = (cell && roleOfWords(`${cell.header} `)) ?? dateRole(text, mention, after);
    after = mention.end;
    if (!role) continue;
    const labelled = !!cell || LABEL_BEFORE.test(text.slice(text.lastIndexOf('\n', mention.start - 1) + 1, mention.start));
    found.push({ role, labelled, start: mention.start, end: mention.end, ...resolve(mention, order, proven, emailDay, role !== 'expiry') });
  }
  return [...found, ...relativeDays(text, message, emailDay, mentions)].sort((a, b) => a.start - b.start);
}
