import { browser } from 'wxt/browser';
import { expiryOf, localDay, remindersDue, statusOf } from '../../register/expiry';
import { providerById } from '../../providers/registry';
import { loadSettings } from '../../storage/settings';
import { register } from './register-service';

export const DAILY_ALARM = 'quickfreeze-reminders';
const SENT_KEY = 'reminders.sent';

/**
 * Badge: how many preservations expire within 14 days. Notifications: the reminders due today (14 and 7 days
 * before expiry and on the day, adjustable), each sent once.
 */
export async function refreshReminders(now = new Date()): Promise<void> {
  const today = localDay(now);
  const records = await (await register()).all();
  const soon = records.filter((r) => statusOf(r, today) === 'expiring-soon').length;
  await browser.action.setBadgeText({ text: soon ? String(soon) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#8a4b00' });

  const { reminderDays } = await loadSettings();
  const sent = new Set(((await browser.storage.local.get(SENT_KEY))[SENT_KEY] as string[] | undefined) ?? []);
  for (const record of records) {
    for (const days of remindersDue(record, today, reminderDays)) {
      const key = `${record.id}:${expiryOf(record)}:${days}`;
      if (sent.has(key)) continue;
      sent.add(key);
      const provider = providerById(record.providerId)?.name ?? record.providerId;
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

export function scheduleReminders(): void {
  void browser.alarms.create(DAILY_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
}
