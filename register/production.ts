import { z } from 'zod';
import instrument from '../legal/eu-e-evidence';
import { addHours, dayIn } from '../legal/dates';
import type { T } from '../i18n/catalogues';

/**
 * A production order (an EPOC, or any other production request) and its clocks: the provider's answer deadline and,
 * for an emergency order by a non-judicial authority, the deadline to have it validated. Pure; the periods come from
 * the sourced legal facts (`legal/eu-e-evidence.ts`).
 */

const { productionDeadline: answerFact, emergencyValidation } = instrument.facts;
export const ANSWER_DAYS = answerFact.value.days;
export const EMERGENCY_ANSWER_HOURS = answerFact.value.emergencyHours;
export const VALIDATION_HOURS = emergencyValidation.value.hours;

export const PRODUCTION_ORDERS = ['eu-epoc', 'other'] as const;
export type ProductionOrderType = (typeof PRODUCTION_ORDERS)[number];
export const ORDER_TEXT: Record<ProductionOrderType, string> = {
  'eu-epoc': 'European Production Order (EPOC)',
  other: 'Other production request',
};

export const ISSUERS = ['judicial', 'non-judicial'] as const;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const instant = z.string().datetime({ offset: true });

export const productionSchema = z.object({
  order: z.enum(PRODUCTION_ORDERS),
  /** When the order was issued and sent; the provider's clock runs from receipt, so this is the earlier moment. */
  issuedAt: instant,
  emergency: z.boolean(),
  /** A judge, court or prosecutor ('judicial'), or another competent authority whose order needs validation. */
  issuedBy: z.enum(ISSUERS),
  /** The investigator's time zone when the order was recorded: a deadline in days keeps its wall-clock time there. */
  timeZone: z.string().min(1).max(64).refine(isTimeZone, 'a time zone name such as Europe/Berlin'),
  /** The deadline the order itself states, where it is not an EPOC's (null: 10 days, or 8 hours in an emergency). */
  dueAt: instant.nullable(),
  validatedOn: isoDay.nullable(),
  answeredOn: isoDay.nullable(),
});
export type ProductionOrder = z.infer<typeof productionSchema>;

/** The UTC offset of `timeZone` at `at`, in minutes (east positive). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time (`YYYY-MM-DDTHH:MM`, as a datetime-local field gives it) names in `timeZone`. */
export function instantOfWallTime(wall: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return addCalendarDaysIn(new Date(asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000), 0, timeZone);
}

/**
 * The same wall-clock time `days` calendar days later in `timeZone`: 10 days from 14:00 is 14:00, also across a
 * daylight-saving change (where 240 hours would be 13:00 or 15:00). Where the wall time does not exist or exists twice
 * (the clock jumps or falls back that night), the earlier moment counts: a deadline is never shown later than it is.
 */
export function addCalendarDaysIn(start: Date, days: number, timeZone: string): Date {
  const wall = start.getTime() + offsetMinutes(start, timeZone) * 60_000 + days * 86_400_000;
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/**
 * When the provider's answer is due: the order's own deadline where it states one; otherwise an EPOC's 10 days
 * (same local time; Regulation 1182/71 would run to the end of that day, the later moment) or 8 hours in an
 * emergency (real time).
 */
export function answerDueAt(order: ProductionOrder): Date {
  if (order.dueAt) return new Date(order.dueAt);
  const issued = new Date(order.issuedAt);
  return order.emergency ? addHours(issued, EMERGENCY_ANSWER_HOURS) : addCalendarDaysIn(issued, ANSWER_DAYS, order.timeZone);
}

/** An emergency order by a non-judicial authority must be validated within 48 hours; null where none is needed. */
export function validationDueAt(order: ProductionOrder): Date | null {
  return order.emergency && order.issuedBy === 'non-judicial' ? addHours(new Date(order.issuedAt), VALIDATION_HOURS) : null;
}

/** The answer's due day in the investigator's time zone (where the register sorts the order among expiries). */
export function answerDueDay(order: ProductionOrder): string {
  return dayIn(answerDueAt(order), order.timeZone);
}

/** "2026-11-30 14:00 (Europe/Berlin)": a moment as the investigator reads it. */
export function formatInZone(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} (${timeZone})`;
}

/** A moment as a datetime-local field shows it in `timeZone` (`YYYY-MM-DDTHH:MM`): the inverse of `instantOfWallTime`. */
export function wallTimeIn(at: Date, timeZone: string): string {
  return formatInZone(at, timeZone).slice(0, 16).replace(' ', 'T');
}

export type ProductionState = 'answered' | 'overdue' | 'awaiting-answer';

export function productionState(order: ProductionOrder, now: Date): ProductionState {
  if (order.answeredOn) return 'answered';
  return now.getTime() > answerDueAt(order).getTime() ? 'overdue' : 'awaiting-answer';
}

type ReminderKey = 'register.reminder.answerSoon' | 'register.reminder.answerDue' | 'register.reminder.validationSoon' | 'register.reminder.validationDue';

/**
 * One reminder of a production order: its stable key (sent once), when it is due, and what it says: `text`, worded
 * in the investigator's language where it is shown (`reminderTitle`: the background's notification, the calendar).
 */
export interface ProductionReminder {
  key: string;
  at: Date;
  clock: 'answer' | 'validation';
  text: { key: ReminderKey; params: { due: string } };
}

const HOUR = 3_600_000;

function reminder(key: string, at: Date, clock: ProductionReminder['clock'], textKey: ReminderKey, due: string): ProductionReminder {
  return { key, at, clock, text: { key: textKey, params: { due } } };
}

/** A reminder's words in `t`'s language. */
export const reminderTitle = (t: T, { text }: Pick<ProductionReminder, 'text'>): string => t(text.key, text.params);

/**
 * The reminders of a production order still open: before and at the answer deadline (2 hours before an 8-hour one, a
 * day before a longer one) and, for an emergency order by a non-judicial authority, 24 hours and at 48 hours after
 * issue to have it validated. None once answered (answer reminders) or validated (validation reminders).
 */
export function productionReminders(recordId: string, order: ProductionOrder): ProductionReminder[] {
  const out: ProductionReminder[] = [];
  if (!order.answeredOn) {
    const due = answerDueAt(order);
    const lead = due.getTime() - new Date(order.issuedAt).getTime() <= 24 * HOUR ? 2 * HOUR : 24 * HOUR;
    const dueText = formatInZone(due, order.timeZone);
    out.push(reminder(`${recordId}:answer:${due.toISOString()}:soon`, new Date(due.getTime() - lead), 'answer', 'register.reminder.answerSoon', dueText));
    out.push(reminder(`${recordId}:answer:${due.toISOString()}:due`, due, 'answer', 'register.reminder.answerDue', dueText));
  }
  const validation = validationDueAt(order);
  if (validation && !order.validatedOn) {
    const dueText = formatInZone(validation, order.timeZone);
    out.push(reminder(`${recordId}:validation:${validation.toISOString()}:soon`, new Date(validation.getTime() - 24 * HOUR), 'validation', 'register.reminder.validationSoon', dueText));
    out.push(reminder(`${recordId}:validation:${validation.toISOString()}:due`, validation, 'validation', 'register.reminder.validationDue', dueText));
  }
  return out;
}
