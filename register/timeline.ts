import { addDays, daysBetween, EXPIRING_SOON_DAYS, expiryOf, statusOf, type RecordStatus } from './expiry';
import type { PreservationRecord } from './schema';

/** The dashboard's header counts and expiry timeline: pure, over plain data the register reads from its indexes. */

/** The timeline shows this many deadlines: a bound, so the page stays quick at any register size. */
export const TIMELINE_LIMIT = 12;

/** Statuses whose clock still runs to a deadline ahead (superseded, kept and answered records have none). */
const RUNNING: ReadonlySet<RecordStatus> = new Set<RecordStatus>(['active', 'expiring-soon', 'extended', 'awaiting-answer']);

export function hasRunningClock(record: PreservationRecord, today: string): boolean {
  return RUNNING.has(statusOf(record, today));
}

/** One preservation (or production order) as a bar from its start to its deadline. */
export interface TimelineBar {
  id: string;
  reference: string;
  providerId: string;
  caseNumber: string;
  /** Preservation date, or a production order's issue day. */
  start: string;
  /** Expiry, or a production order's answer due day. */
  end: string;
  /** The days extensions were requested on. */
  extensions: string[];
  /** The expiry before any extension, where extensions moved it. */
  firstEnd: string | null;
  status: RecordStatus;
  daysLeft: number;
}

export function timelineBar(record: PreservationRecord, today: string): TimelineBar {
  const end = expiryOf(record);
  const firstEnd = record.extensions.length > 0 && !record.production ? expiryOf({ ...record, extensions: [] }) : null;
  return {
    id: record.id,
    reference: record.reference,
    providerId: record.providerId,
    caseNumber: record.caseNumber,
    start: record.production ? record.production.issuedAt.slice(0, 10) : record.preservedOn,
    end,
    extensions: record.extensions.map((e) => e.requestedOn),
    firstEnd: firstEnd !== end ? firstEnd : null,
    status: statusOf(record, today),
    daysLeft: daysBetween(today, end),
  };
}

/** The next `limit` deadlines from today among these records, soonest first (records without a running clock left out). */
export function nextDeadlines(records: readonly PreservationRecord[], today: string, limit = TIMELINE_LIMIT): TimelineBar[] {
  const bars: TimelineBar[] = [];
  for (const record of records) {
    if (!hasRunningClock(record, today)) continue;
    const bar = timelineBar(record, today);
    if (bar.daysLeft >= 0) bars.push(bar);
  }
  bars.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.reference.localeCompare(b.reference)));
  return bars.slice(0, limit);
}

/** The span of days a timeline draws: every bar and today, with a few days' margin at each end. */
export interface TimelineSpan {
  from: string;
  to: string;
  days: number;
}

export function timelineSpan(bars: readonly TimelineBar[], today: string): TimelineSpan {
  let from = today;
  let to = today;
  for (const bar of bars) {
    if (bar.start < from) from = bar.start;
    if (bar.end > to) to = bar.end;
  }
  from = addDays(from, -3);
  to = addDays(to, 3);
  return { from, to, days: daysBetween(from, to) };
}

/** Where a day falls in the span, from 0 (its first day) to 1 (its last). */
export function positionIn(span: TimelineSpan, day: string): number {
  if (span.days <= 0) return 0;
  return Math.min(1, Math.max(0, daysBetween(span.from, day) / span.days));
}

/** The first day of each month in the span (axis ticks), thinned to at most `max`. */
export function monthTicks(span: TimelineSpan, max = 8): string[] {
  const ticks: string[] = [];
  let [y, m] = span.from.split('-').map(Number) as [number, number];
  for (;;) {
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
    if (day > span.to) break;
    ticks.push(day);
  }
  const step = Math.ceil(ticks.length / max) || 1;
  return ticks.filter((_, i) => i % step === 0);
}

/** The expiry days (YYYY-MM-DD, inclusive) that put a record in each header count; `lapsedTo` null: none before. */
export function countRanges(today: string): { lapsedTo: string; soonFrom: string; soonTo: string } {
  return { lapsedTo: addDays(today, -1), soonFrom: today, soonTo: addDays(today, EXPIRING_SOON_DAYS) };
}

export interface RegisterCounts {
  /** Expiring after the next 14 days. */
  active: number;
  /** Expiring today or within the next 14 days. */
  expiringSoon: number;
  /** Expired before today. */
  lapsed: number;
}

/**
 * The header counts of preservations from counts of the expiry index (every record, by its stored expiry) less the
 * records whose preservation clock no longer runs, by the day they sit in that index at: production orders (their
 * answer's due day), superseded preservations and those kept for a production order.
 */
export function registerCounts(input: { total: number; lapsedByExpiry: number; soonByExpiry: number; outsideClockDays: readonly string[]; today: string }): RegisterCounts {
  const { lapsedTo, soonTo } = countRanges(input.today);
  let lapsed = input.lapsedByExpiry;
  let expiringSoon = input.soonByExpiry;
  let later = input.total - input.lapsedByExpiry - input.soonByExpiry;
  for (const due of input.outsideClockDays) {
    if (due <= lapsedTo) lapsed--;
    else if (due <= soonTo) expiringSoon--;
    else later--;
  }
  return { active: Math.max(0, later), expiringSoon: Math.max(0, expiringSoon), lapsed: Math.max(0, lapsed) };
}
