import { browser } from 'wxt/browser';
import { expiryOf, localDay, remindersDue, statusOf } from '../../register/expiry';
import { providers } from '../../providers/registry';
import { nextProductionReminder, productionRemindersDue } from '../../register/production-reminders';
import type { PreservationRecord } from '../../register/schema';
import { providerNameLookup } from '../../storage/added-portals-names';
import { loadAddedPortals } from '../../storage/added-portals-store';
import { loadSettings } from '../../storage/settings';
import { register } from './register-service';
import { toolbar } from './toolbar';

export const DAILY_ALARM = 'quickfreeze-reminders';
const SENT_KEY = 'reminders.sent';

/**
 * Badge: how many preservations expire within 14 days. Notifications: the reminders due today (14 and 7 days
 * before expiry and on the day, adjustable), each sent once.
 */
export async function refreshReminders(now = new Date()): Promise<void> {
  const today = localDay(now);
  const opened = await register();
  // With a passphrase set, reminders count and never name: no reference, case number or account in the OS.
  const lockSet = (await opened.vault.state()) !== 'none';
  const records = lockSet ? await opened.vault.clearViews() : await opened.all();
  const soon = records.filter((r) => statusOf(r, today) === 'expiring-soon').length;
  await toolbar().setBadgeText({ text: soon ? String(soon) : '' });
  await toolbar().setBadgeBackgroundColor({ color: '#8a4b00' });

  const { reminderDays } = await loadSettings();
  const sent = new Set(((await browser.storage.local.get(SENT_KEY))[SENT_KEY] as string[] | undefined) ?? []);
  await notifyProductionOrders(records, now, sent, lockSet ? null : providerNameLookup(providers, await loadAddedPortals()));
  await wakeForNextProductionReminder(records, now);
  if (lockSet) {
    await notifyCounts(records, today, reminderDays, sent);
    await browser.storage.local.set({ [SENT_KEY]: [...sent].slice(-5000) });
    return;
  }
  const providerName = providerNameLookup(providers, await loadAddedPortals());
  for (const record of records) {
    for (const days of remindersDue(record, today, reminderDays)) {
      const key = `${record.id}:${expiryOf(record)}:${days}`;
      if (sent.has(key)) continue;
      sent.add(key);
      const provider = providerName(record.providerId);
      await browser.notifications.create(key, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: days === 0 ? 'Preservation expires today' : `Preservation expires in ${days} days`,
        message: `${provider} reference ${record.reference}${record.caseNumber ? `, case ${record.caseNumber}` : ''}: preserved until ${expiryOf(record)}. Ask for an extension or serve legal process.`,
      });
    }
  }
  await browser.storage.local.set({ [SENT_KEY]: [...sent].slice(-5000) });
}

/** One notification per reminder day with how many preservations it concerns, each record counted once. */
async function notifyCounts(records: readonly PreservationRecord[], today: string, reminderDays: readonly number[], sent: Set<string>): Promise<void> {
  const due = new Map<number, number>();
  for (const record of records) {
    for (const days of remindersDue(record, today, reminderDays)) {
      const key = `${record.id}:${expiryOf(record)}:${days}`;
      if (sent.has(key)) continue;
      sent.add(key);
      due.set(days, (due.get(days) ?? 0) + 1);
    }
  }
  for (const [days, n] of due) {
    await browser.notifications.create(`counts:${today}:${days}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: days === 0 ? `${n} preservation${n === 1 ? '' : 's'} expire today` : `${n} preservation${n === 1 ? '' : 's'} expire in ${days} days`,
      message: 'Open the QuickFreeze register (unlock it with your passphrase) to see which, and ask for extensions or serve legal process.',
    });
  }
}

/**
 * Production orders' reminders whose time has come (answer due soon or now; validation of an emergency order). With
 * the lock set (`providerName` null) they say only what kind of deadline it is, never which order.
 */
async function notifyProductionOrders(records: readonly PreservationRecord[], now: Date, sent: Set<string>, providerName: ((id: string) => string) | null): Promise<void> {
  const { send, passed } = productionRemindersDue(records, now, sent);
  for (const key of passed) sent.add(key);
  for (const reminder of send) {
    const { record } = reminder;
    await browser.notifications.create(reminder.key, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: reminder.title,
      message: providerName
        ? `${providerName(record.providerId)} order ${record.reference}${record.caseNumber ? `, case ${record.caseNumber}` : ''}.`
        : 'Open the QuickFreeze register (unlock it with your passphrase) to see which order.',
    });
  }
}

/** An 8-hour deadline cannot wait for the hourly round: the reminders' alarm is moved to the next reminder's time. */
async function wakeForNextProductionReminder(records: readonly PreservationRecord[], now: Date): Promise<void> {
  const next = nextProductionReminder(records, now);
  const inAnHour = now.getTime() + 60 * 60_000;
  if (next && next.getTime() < inAnHour) await browser.alarms?.create(DAILY_ALARM, { when: next.getTime(), periodInMinutes: 60 });
}

export function scheduleReminders(): void {
  void browser.alarms.create(DAILY_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
}
