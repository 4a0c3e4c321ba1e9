import { browser } from 'wxt/browser';
import { loadSettings } from '../../storage/settings';
import { lockIfIdle } from '../../storage/vault/key-store';
import { refreshReminders } from './reminders';

export const AUTO_LOCK_ALARM = 'quickfreeze-auto-lock';

/** Checked every minute; the register also locks on browser restart (its key lives in session storage). */
export function scheduleAutoLock(): void {
  void browser.alarms.create(AUTO_LOCK_ALARM, { periodInMinutes: 1 });
}

/** Lock the register once it has been idle longer than the options say; the badge then counts only. */
export async function autoLock(now = Date.now()): Promise<boolean> {
  const locked = await lockIfIdle((await loadSettings()).lockIdleMinutes, now);
  if (locked) await refreshReminders().catch(() => undefined);
  return locked;
}
