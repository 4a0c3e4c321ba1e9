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

function relativeDays(text: string, message: Message, emailDay: string | null): StatedDate[] {
  if (!emailDay) return [];
  const out: StatedDate[] = [];
  for (const m of text.slice(message.bodyStart, message.end).matchAll(RELATIVE_DAY)) {
    const start = message.bodyStart + m.index!;
    const mention = { start, end: start + m[0].length } as DateMention;
    const role = dateRole(text, mention, message.bodyStart);
    if (role !== 'preservation' && role !== 'extension') continue;
    const day = new Date(Date.parse(`${emailDay}T00:00:00Z`) - (DAYS_BACK[m[1]!.toLowerCase()] ?? 0) * 86_400_000).toISOString().slice(0, 10);
    out.push({ role, labelled: false, start, end: mention.end, day, alternatives: [] });
    if (out.length >= 10) break;
  }
  return out;
}

export function statedDates(text: string, message: Message, emailDay: string | null, skip: Array<{ start: number; end: number }>): StatedDate[] {
  const mentions = findDates(text, message.bodyStart, message.end).filter((m) => !skip.some((s) => m.start < s.end && s.start < m.end));
  const proven = orderProvenBy(mentions);
  const sender = `${message.from?.value ?? ''}\n${text.slice(message.bodyStart, message.end)}`;
  const order = proven ?? (DAY_FIRST_SENDER.test(sender) || europeanText(text.slice(message.bodyStart, message.end)) ? 'dmy' : 'mdy');
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
    found.push({ role, labelled, start: mention.start, end: mention.end, ...resolve(mention, order, proven !== null, emailDay, role !== 'expiry') });
  }
  return [...found, ...relativeDays(text, message, emailDay)].sort((a, b) => a.start - b.start);
}
