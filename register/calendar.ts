import { englishT, type T } from '../i18n/catalogues';
import { basisOf } from './basis';
import { addDays, expiryOf, keptForProduction } from './expiry';
import { answerDueAt, formatInZone, productionReminders, reminderTitle, validationDueAt } from './production';
import type { PreservationRecord } from './schema';

/**
 * An iCalendar file (RFC 5545) of the register's clocks: an all-day event on each preservation's expiry day, a timed
 * event at each production order's answer deadline and validation deadline, each with its reminders as VALARMs.
 * Pure: the caller gives the time of export, the provider names and the investigator's language (the file is for
 * their own calendar; the MAR text, which goes abroad, stays English).
 */

export interface CalendarOptions {
  /** The time of export (DTSTAMP). */
  now: Date;
  providerName: (id: string) => string;
  /** Days before an expiry to remind (0: on the day, at 09:00). */
  reminderDays: readonly number[];
  /** Account identifiers go into the descriptions only when the investigator asks for them. */
  includeIdentifiers: boolean;
  /** The investigator's language; English when not given. */
  t?: T;
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

const tOf = (options: CalendarOptions): T => options.t ?? englishT;

function describe(record: PreservationRecord, options: CalendarOptions, lines: string[]): string {
  const t = tOf(options);
  const out = [
    t('register.calendar.provider', { value: options.providerName(record.providerId) }),
    t('register.calendar.reference', { value: record.reference }),
    t('register.calendar.caseNumber', { value: record.caseNumber || t('register.calendar.none') }),
    ...lines,
  ];
  if (options.includeIdentifiers && record.accountIdentifiers.length) out.push(t('register.calendar.accounts', { value: record.accountIdentifiers.join('; ') }));
  out.push(t('register.calendar.fromRegister'));
  return out.join('\n');
}

function event(uid: string, stamp: string, start: string[], summary: string, description: string, alarms: string[][]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, ...start, `SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`, 'TRANSP:TRANSPARENT', ...alarms.flat(), 'END:VEVENT'];
}

function expiryEvent(record: PreservationRecord, options: CalendarOptions, stamp: string): string[] {
  const t = tOf(options);
  const expiry = expiryOf(record);
  const named = { provider: options.providerName(record.providerId), reference: record.reference };
  const summary = t('register.calendar.expires', named);
  const extensions = record.extensions.length ? record.extensions.map((e) => e.requestedOn).join(', ') : t('register.calendar.none');
  const description = describe(record, options, [
    t('register.calendar.basis', { value: t(`dashboard.basis.${basisOf(record)}`) }),
    t('register.calendar.preservedOn', { value: record.preservedOn }),
    t('register.calendar.extensions', { value: extensions }),
    t('register.calendar.preservedUntil', { value: expiry }),
  ]);
  const alarms = [...new Set(options.reminderDays)]
    .sort((a, b) => b - a)
    .map((days) =>
      days === 0
        ? alarm('TRIGGER;RELATED=START:PT9H', t('register.calendar.expiresToday', named))
        : alarm(`TRIGGER;RELATED=START:-P${days}D`, t('register.calendar.expiresIn', { ...named, count: days })),
    );
  return event(`${record.id}-expiry@quickfreeze`, stamp, [`DTSTART;VALUE=DATE:${dateValue(expiry)}`, `DTEND;VALUE=DATE:${dateValue(addDays(expiry, 1))}`], summary, description, alarms);
}

function productionEvents(record: PreservationRecord, options: CalendarOptions, stamp: string): string[][] {
  const t = tOf(options);
  const order = record.production!;
  const named = { provider: options.providerName(record.providerId), reference: record.reference };
  const reminders = productionReminders(record.id, order);
  const at = (clock: 'answer' | 'validation') =>
    reminders.filter((r) => r.clock === clock).map((r) => alarm(`TRIGGER;VALUE=DATE-TIME:${utcStamp(r.at)}`, reminderTitle(t, r)));
  const facts = [
    t(order.emergency ? 'register.calendar.emergencyOrder' : 'register.calendar.order', { value: t(`dashboard.order.${order.order}`) }),
    t('register.calendar.issued', { value: formatInZone(new Date(order.issuedAt), order.timeZone) }),
    t('register.calendar.answerDueAt', { value: formatInZone(answerDueAt(order), order.timeZone) }),
  ];
  const events: string[][] = [];
  if (!order.answeredOn) {
    const summary = t('register.calendar.answerDue', named);
    events.push(event(`${record.id}-answer@quickfreeze`, stamp, [`DTSTART:${utcStamp(answerDueAt(order))}`, 'DURATION:PT15M'], summary, describe(record, options, facts), at('answer')));
  }
  const validation = validationDueAt(order);
  if (validation && !order.validatedOn) {
    const summary = t('register.calendar.validationDue', named);
    const lines = [...facts, t('register.calendar.validationDueAt', { value: formatInZone(validation, order.timeZone) })];
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
