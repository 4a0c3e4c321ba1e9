import { browser } from 'wxt/browser';
import { expiryOf, localDay, remindersDue, statusOf } from '../../register/expiry';
import { providers } from '../../providers/registry';
import { nextProductionReminder, productionRemindersDue } from '../../register/production-reminders';
import { reminderTitle } from '../../register/production';
import type { PreservationRecord } from '../../register/schema';
import { providerNameLookup } from '../../storage/added-portals-names';
import { loadAddedPortals } from '../../storage/added-portals-store';
import { loadSettings } from '../../storage/settings';
import { localeFor } from '../../i18n/background';
import { translatorFor, type T } from '../../i18n/catalogues';
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

  const { reminderDays, language } = await loadSettings();
  const t = translatorFor(localeFor(language));
  const sent = new Set(((await browser.storage.local.get(SENT_KEY))[SENT_KEY] as string[] | undefined) ?? []);
  await notifyProductionOrders(records, now, sent, lockSet ? null : providerNameLookup(providers, await loadAddedPortals()), t);
  await wakeForNextProductionReminder(records, now);
  if (lockSet) {
    await notifyCounts(records, today, reminderDays, sent, t);
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
        title: days === 0 ? t('notify.expiresToday') : t('notify.expiresIn', { count: days }),
        message: t(record.caseNumber ? 'notify.recordWithCase' : 'notify.record', { provider, reference: record.reference, caseNumber: record.caseNumber, expiry: expiryOf(record) }),
      });
    }
  }
  await browser.storage.local.set({ [SENT_KEY]: [...sent].slice(-5000) });
}

/** One notification per reminder day with how many preservations it concerns, each record counted once. */
async function notifyCounts(records: readonly PreservationRecord[], today: string, reminderDays: readonly number[], sent: Set<string>, t: T): Promise<void> {
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
      title: days === 0 ? t('notify.countToday', { count: n }) : t('notify.countIn', { count: n, days }),
      message: t('notify.openLocked'),
    });
  }
}

/**
 * Production orders' reminders whose time has come (answer due soon or now; validation of an emergency order). With
 * the lock set (`providerName` null) they say only what kind of deadline it is, never which order.
 */
async function notifyProductionOrders(records: readonly PreservationRecord[], now: Date, sent: Set<string>, providerName: ((id: string) => string) | null, t: T): Promise<void> {
  const { send, passed } = productionRemindersDue(records, now, sent);
  for (const key of passed) sent.add(key);
  for (const reminder of send) {
    const { record } = reminder;
    await browser.notifications.create(reminder.key, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: reminderTitle(t, reminder),
      message: providerName
        ? t(record.caseNumber ? 'notify.orderWithCase' : 'notify.order', { provider: providerName(record.providerId), reference: record.reference, caseNumber: record.caseNumber })
        : t('notify.orderLocked'),
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
