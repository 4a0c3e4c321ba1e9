import { BASIS_TERMS, basisOf } from './basis';
import { addDays, expiryOf, keptForProduction } from './expiry';
import { answerDueAt, formatInZone, ORDER_TEXT, productionReminders, validationDueAt } from './production';
import type { PreservationRecord } from './schema';

/**
 * An iCalendar file (RFC 5545) of the register's clocks: an all-day event on each preservation's expiry day, a timed
 * event at each production order's answer deadline and validation deadline, each with its reminders as VALARMs.
 * Pure: the caller gives the time of export and the provider names.
 */

export interface CalendarOptions {
  /** The time of export (DTSTAMP). */
  now: Date;
  providerName: (id: string) => string;
  /** Days before an expiry to remind (0: on the day, at 09:00). */
  reminderDays: readonly number[];
  /** Account identifiers go into the descriptions only when the investigator asks for them. */
  includeIdentifiers: boolean;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and new lines as `\n`. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const utcStamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const dateValue = (day: string) => day.replace(/-/g, '');

function alarm(trigger: string, description: string): string[] {
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', trigger, `DESCRIPTION:${escapeText(description)}`, 'END:VALARM'];
}

function describe(record: PreservationRecord, options: CalendarOptions, lines: string[]): string {
  const out = [
    `Provider: ${options.providerName(record.providerId)}`,
    `Reference: ${record.reference}`,
    `Case number: ${record.caseNumber || 'none'}`,
    ...lines,
  ];
  if (options.includeIdentifiers && record.accountIdentifiers.length) out.push(`Account identifiers: ${record.accountIdentifiers.join('; ')}`);
  out.push('From the QuickFreeze register.');
  return out.join('\n');
}

function event(uid: string, stamp: string, start: string[], summary: string, description: string, alarms: string[][]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, ...start, `SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`, 'TRANSP:TRANSPARENT', ...alarms.flat(), 'END:VEVENT'];
}

function expiryEvent(record: PreservationRecord, options: CalendarOptions, stamp: string): string[] {
  const expiry = expiryOf(record);
  const provider = options.providerName(record.providerId);
  const summary = `Preservation expires: ${provider} ${record.reference}`;
  const extensions = record.extensions.length ? record.extensions.map((e) => e.requestedOn).join(', ') : 'none';
  const description = describe(record, options, [
    `Legal basis: ${BASIS_TERMS[basisOf(record)].label}`,
    `Preserved on: ${record.preservedOn}`,
    `Extensions requested: ${extensions}`,
    `Preserved until: ${expiry}`,
  ]);
  const alarms = [...new Set(options.reminderDays)]
    .sort((a, b) => b - a)
    .map((days) => alarm(days === 0 ? 'TRIGGER;RELATED=START:PT9H' : `TRIGGER;RELATED=START:-P${days}D`, days === 0 ? `${summary} today` : `${summary} in ${days} days`));
  return event(`${record.id}-expiry@quickfreeze`, stamp, [`DTSTART;VALUE=DATE:${dateValue(expiry)}`, `DTEND;VALUE=DATE:${dateValue(addDays(expiry, 1))}`], summary, description, alarms);
}

function productionEvents(record: PreservationRecord, options: CalendarOptions, stamp: string): string[][] {
  const order = record.production!;
  const provider = options.providerName(record.providerId);
  const reminders = productionReminders(record.id, order);
  const at = (clock: 'answer' | 'validation') =>
    reminders.filter((r) => r.clock === clock).map((r) => alarm(`TRIGGER;VALUE=DATE-TIME:${utcStamp(r.at)}`, r.title));
  const facts = [
    `Order: ${ORDER_TEXT[order.order]}${order.emergency ? ' (emergency)' : ''}`,
    `Issued: ${formatInZone(new Date(order.issuedAt), order.timeZone)}`,
    `Answer due: ${formatInZone(answerDueAt(order), order.timeZone)}`,
  ];
  const events: string[][] = [];
  if (!order.answeredOn) {
    const summary = `Production order answer due: ${provider} ${record.reference}`;
    events.push(event(`${record.id}-answer@quickfreeze`, stamp, [`DTSTART:${utcStamp(answerDueAt(order))}`, 'DURATION:PT15M'], summary, describe(record, options, facts), at('answer')));
  }
  const validation = validationDueAt(order);
  if (validation && !order.validatedOn) {
    const summary = `Emergency order to be validated: ${provider} ${record.reference}`;
    const lines = [...facts, `Validation due (48 hours after issue): ${formatInZone(validation, order.timeZone)}`];
    events.push(event(`${record.id}-validation@quickfreeze`, stamp, [`DTSTART:${utcStamp(validation)}`, 'DURATION:PT15M'], summary, describe(record, options, lines), at('validation')));
  }
  return events;
}

/** The events a record brings: none once superseded, kept for a production order, or answered and validated. */
function eventsOf(record: PreservationRecord, options: CalendarOptions, stamp: string): string[][] {
  if (record.production) return productionEvents(record, options, stamp);
  if (record.supersededOn || keptForProduction(record)) return [];
  return [expiryEvent(record, options, stamp)];
}

/** The calendar file's text: CRLF line ends, folded lines, one VEVENT per clock. */
export function calendarText(records: readonly PreservationRecord[], options: CalendarOptions): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//QuickFreeze//Preservation register//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...records.flatMap((record) => eventsOf(record, options, stamp).flat()),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** How many events the file holds for these records (the dashboard says so before the download). */
export function calendarEventCount(records: readonly PreservationRecord[], options: CalendarOptions): number {
  return records.reduce((n, record) => n + eventsOf(record, options, '').length, 0);
}
