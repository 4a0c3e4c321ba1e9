import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';
/** Set once the welcome page was opened: Chromium reports an extension loaded from its command line as installed again at each start. */
export const WELCOMED_KEY = 'firstRun.welcomed';

/** A fresh install only: an update or a browser update must not greet an investigator who already set things up. */
export function isFirstRun(details: { reason: string }): boolean {
  return details.reason === 'install';
}

/** Open the first-run page in a tab of its own, once per profile. */
export async function openWelcomeOnce(): Promise<void> {
  if ((await browser.storage.local.get(WELCOMED_KEY))[WELCOMED_KEY] === true) return;
  await browser.storage.local.set({ [WELCOMED_KEY]: true });
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}

/** On install: the first-run page (what QuickFreeze does, country, passphrase, portals). */
export function watchFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (isFirstRun(details)) void openWelcomeOnce().catch(() => undefined);
  });
}
