import { browser } from 'wxt/browser';
import { downloadFile } from '../../components/download-file';
import { currentT } from '../../i18n/background';
import { localDay } from '../../register/expiry';
import type { ServiceEffects } from '../../storage/register-service';
import { saveSelectedCase } from '../../storage/selected-case';
import { loadSettings } from '../../storage/settings';

const PENDING_SELECTION_KEY = 'pendingSelection';


/** A table for word processors, with the plain text beside it; plain text only where the browser cannot. */
async function copyRich(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard.write === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      return;
    } catch {
      // fall back to plain text below
    }
  }
  await navigator.clipboard.writeText(text);
}

/** The dashboard page's side of the register service: files, clipboard, the day, and news from elsewhere. */
export const browserEffects: ServiceEffects = {
  today: () => localDay(),
  download: downloadFile,
  copyText: (text) => navigator.clipboard.writeText(text),
  copyRich,
  // Tell the background (badge, reminders, context menu) that the register changed.
  notifyChanged: () => void browser.runtime.sendMessage({ type: 'register-changed' }).catch(() => {}),
  caseSelected: (caseNumber) => void saveSelectedCase(caseNumber).catch(() => {}),
  reminderDays: async () => (await loadSettings()).reminderDays,
  translator: currentT,
  spawnBackupReader: () => new Worker(new URL('../../storage/backup-worker.ts', import.meta.url), { type: 'module' }),
  backupReaders: Math.min(4, Math.max(2, navigator.hardwareConcurrency || 2)),
  onChange(listener) {
    // Another tab, the popup or a portal page may have saved while this page was in the background.
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown })?.type === 'register-changed') listener();
    };
    window.addEventListener('focus', listener);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      window.removeEventListener('focus', listener);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  },
};

/** Text the "Save selection as preservation reference" menu left for this page; taken once. */
export async function takePendingSelection(): Promise<string | null> {
  const session = browser.storage.session;
  if (!session) return null;
  try {
    const stored = await session.get(PENDING_SELECTION_KEY);
    const text = stored[PENDING_SELECTION_KEY];
    if (typeof text !== 'string' || !text.trim()) return null;
    await session.remove(PENDING_SELECTION_KEY);
    return text;
  } catch {
    return null;
  }
}
