import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';

/** A fresh install only: an update or a browser update must not greet an investigator who already set things up. */
export function isFirstRun(details: { reason: string }): boolean {
  return details.reason === 'install';
}

/** On install, open the first-run page (what QuickFreeze does, country, passphrase, portals) in a tab of its own. */
export function watchFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (isFirstRun(details)) void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
  });
}
