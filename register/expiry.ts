import { BASIS_TERMS, basisOf } from './basis';
import { DEFAULT_REMINDER_DAYS, EXPIRING_SOON_DAYS } from './defaults';
import { answerDueDay } from './production';
import type { PreservationRecord } from './schema';

export { DEFAULT_PERIOD_DAYS, DEFAULT_REMINDER_DAYS, EXPIRING_SOON_DAYS } from './defaults';

export type RecordStatus =
  | 'active'
  | 'expiring-soon'
  | 'lapsed'
  | 'extended'
  | 'superseded'
  /** A European Preservation Order confirmed by a production order: kept until that order is answered. */
  | 'kept'
  /** Production orders: answer not yet due, due day passed, answered. */
  | 'awaiting-answer'
  | 'overdue'
  | 'answered';

const DAY_MS = 86_400_000;

/** Calendar arithmetic on YYYY-MM-DD in UTC: no time zone or daylight-saving shift can move a date. */
function utcMs(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(utcMs(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** The investigator's calendar day, in their own time zone (not UTC), as YYYY-MM-DD. */
export function localDay(at: Date = new Date(), timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The same day `years` later (29 February falls on 1 March). */
function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * Expiry follows the record's legal basis: the provider's period plus one extension period per extension asked, or
 * the statute's fixed period with the extensions it allows (further extensions asked add nothing).
 */
export function expiryOf(record: Pick<PreservationRecord, 'preservedOn' | 'periodDays' | 'extensionDays' | 'extensions' | 'basis' | 'production'>): string {
  // A production order "expires" on its answer's due day: the register sorts and reminds by it.
  if (record.production) return answerDueDay(record.production);
  const period = BASIS_TERMS[basisOf(record)].period;
  if (!period) return addDays(record.preservedOn, record.periodDays + record.extensions.length * record.extensionDays);
  const extended = Math.min(record.extensions.length, period.maxExtensions) * period.extensionDays;
  return 'years' in period ? addYears(record.preservedOn, period.years) : addDays(record.preservedOn, period.days + extended);
}

/** A European Preservation Order for which a production order was confirmed (Art. 11(2)): no expiry runs. */
export function keptForProduction(record: Pick<PreservationRecord, 'basis' | 'productionConfirmedOn'>): boolean {
  return basisOf(record) === 'eu-epoc-pr' && !!record.productionConfirmedOn;
}

/**
 * More extensions recorded than the basis allows (2703(f) and EPOC-PR: one). The provider may still honour one, so
 * the register warns and keeps it; it adds no days.
 */
export function extensionWarning(record: Pick<PreservationRecord, 'basis' | 'extensions' | 'production'>): 'second-extension' | null {
  const period = BASIS_TERMS[basisOf(record)].period;
  if (record.production || !period || !('days' in period)) return null;
  return record.extensions.length > period.maxExtensions ? 'second-extension' : null;
}

export function statusOf(record: PreservationRecord, today: string): RecordStatus {
  if (record.production) {
    if (record.production.answeredOn) return 'answered';
    return daysBetween(today, expiryOf(record)) < 0 ? 'overdue' : 'awaiting-answer';
  }
  if (record.supersededOn) return 'superseded';
  if (keptForProduction(record)) return 'kept';
  const left = daysBetween(today, expiryOf(record));
  if (left < 0) return 'lapsed';
  if (left <= EXPIRING_SOON_DAYS) return 'expiring-soon';
  return record.extensions.length > 0 ? 'extended' : 'active';
}

/** The last day to ask for an extension, where the provider wants it some days ahead (X: 7 days). */
export function extensionDeadline(record: PreservationRecord, leadDays: number | null): string | null {
  return leadDays ? addDays(expiryOf(record), -leadDays) : null;
}

/** Reminders due on `today` for this record: days-before-expiry values that fall on today. */
export function remindersDue(record: PreservationRecord, today: string, reminderDays: readonly number[] = DEFAULT_REMINDER_DAYS): number[] {
  // A production order reminds by the hour (productionReminders); a kept preservation has no expiry to remind of.
  if (record.supersededOn || record.production || keptForProduction(record)) return [];
  const left = daysBetween(today, expiryOf(record));
  return reminderDays.filter((d) => d === left);
}
