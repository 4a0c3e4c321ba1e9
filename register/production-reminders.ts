import { productionReminders, type ProductionReminder } from './production';
import type { PreservationRecord } from './schema';

/**
 * Which production-order reminders to send now: for each order and clock, only the latest one whose time has come
 * (a browser closed over the "soon" moment sends "due now", not both); every passed one is marked sent.
 */
export function productionRemindersDue(records: readonly PreservationRecord[], now: Date, sent: ReadonlySet<string>): { send: Array<ProductionReminder & { record: PreservationRecord }>; passed: string[] } {
  const send: Array<ProductionReminder & { record: PreservationRecord }> = [];
  const passed: string[] = [];
  for (const record of records) {
    if (!record.production || record.supersededOn) continue;
    const reminders = productionReminders(record.id, record.production).filter((r) => r.at.getTime() <= now.getTime());
    for (const clock of ['answer', 'validation'] as const) {
      const ofClock = reminders.filter((r) => r.clock === clock);
      const latest = ofClock.at(-1);
      if (latest && !sent.has(latest.key)) send.push({ ...latest, record });
      passed.push(...ofClock.map((r) => r.key));
    }
  }
  return { send, passed };
}

/** The next production-order reminder after `now`, so the background can wake for it rather than within the hour. */
export function nextProductionReminder(records: readonly PreservationRecord[], now: Date): Date | null {
  let next: Date | null = null;
  for (const record of records) {
    if (!record.production || record.supersededOn) continue;
    for (const r of productionReminders(record.id, record.production)) {
      if (r.at.getTime() > now.getTime() && (!next || r.at.getTime() < next.getTime())) next = r.at;
    }
  }
  return next;
}
