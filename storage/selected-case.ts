import { browser } from 'wxt/browser';

/**
 * The case last chosen in the dashboard. Kept in the extension's session storage, which content scripts cannot read
 * (its access level stays TRUSTED_CONTEXTS), never in storage.local, which they can.
 */
const KEY = 'dashboard.selectedCase';

export async function loadSelectedCase(): Promise<string | null> {
  try {
    const value = (await browser.storage.session.get(KEY))[KEY];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export async function saveSelectedCase(caseNumber: string | null): Promise<void> {
  if (caseNumber === null) await browser.storage.session.remove(KEY);
  else await browser.storage.session.set({ [KEY]: caseNumber });
}
