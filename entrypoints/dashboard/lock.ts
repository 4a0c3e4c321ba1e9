import { browser } from 'wxt/browser';
import { localDay, statusOf } from '../../register/expiry';
import type { Register } from '../../storage/register';
import { markActive } from '../../storage/vault/key-store';

export interface LockedCounts {
  records: number;
  expiringSoon: number;
  pending: number;
}

/** Counts the locked page may show: from the clear fields only. */
export async function lockedCounts(register: Register): Promise<LockedCounts> {
  const [views, pending] = await Promise.all([register.vault.clearViews(), register.vault.pendingCount()]);
  const today = localDay();
  return { records: views.length, expiringSoon: views.filter((r) => statusOf(r, today) === 'expiring-soon').length, pending };
}

/** Unlock, then save the captures kept while locked, and tell the background (badge, reminders). */
export async function unlockRegister(register: Register, passphrase: string): Promise<void> {
  await register.vault.unlock(passphrase);
  await register.savePendingCaptures();
  void browser.runtime.sendMessage({ type: 'register-changed' }).catch(() => {});
}

/** The investigator's input on this page counts as use: the idle auto-lock starts again (at most every 20 s). */
export function watchActivity(): () => void {
  let last = 0;
  const onInput = () => {
    const now = Date.now();
    if (now - last < 20_000) return;
    last = now;
    void markActive(now).catch(() => {});
  };
  for (const type of ['pointerdown', 'keydown', 'scroll']) window.addEventListener(type, onInput, { passive: true, capture: true });
  return () => {
    for (const type of ['pointerdown', 'keydown', 'scroll']) window.removeEventListener(type, onInput, { capture: true });
  };
}
