import { browser } from 'wxt/browser';

/** Where older versions kept the dashboard's selected case: storage.local, which content scripts can read. */
const LEGACY_SELECTED_CASE = 'dashboard.selectedCase';

/**
 * At every start: session storage (carried forms, the selected case, pending inserts) stays out of content
 * scripts' reach — TRUSTED_CONTEXTS is Chromium's default, set here so a change of default cannot open it — and
 * a selected case left in storage.local by an older version is removed.
 */
export async function secureStorage(): Promise<void> {
  const session = browser.storage.session as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  await session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  await browser.storage.local.remove(LEGACY_SELECTED_CASE);
}
