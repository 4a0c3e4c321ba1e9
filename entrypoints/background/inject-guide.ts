import { browser, type Browser } from 'wxt/browser';
import { providerForUrl } from '../../providers/registry';

/**
 * The guide is injected by the background once a portal page has finished loading, instead of being declared as
 * a content script: a declared script costs every portal page an extra script world before its load event, this
 * costs it nothing until the page is loaded. Host permissions (the registry's portal hosts) bound where it runs.
 */
export async function injectGuide(tabId: number, frameId = 0): Promise<boolean> {
  try {
    if (browser.scripting) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/guide.js'] });
    } else {
      // Firefox MV2 has no scripting API.
      await (browser.tabs as unknown as { executeScript(id: number, d: object): Promise<unknown> }).executeScript(tabId, { file: '/guide.js', frameId });
    }
    return true;
  } catch {
    return false; // the tab navigated away or closed meanwhile
  }
}

/** A tab finished loading a portal page, or moved onto one without a reload (single-page portals). */
export function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void {
  const url = change.url ?? (change.status === 'complete' ? tab.url : undefined);
  if (!url || !providerForUrl(url)) return;
  if (change.status === 'complete' || (change.url && tab.status === 'complete')) void injectGuide(tabId);
}

/** Is the guide already running in this tab? (Asked with a one-line script, not by injecting the guide.) */
async function hasGuide(tabId: number): Promise<boolean> {
  if (!browser.scripting) return false;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => !!(globalThis as { __quickfreezeGuide?: boolean }).__quickfreezeGuide,
    });
    return result?.result === true;
  } catch {
    return false; // unknown: injecting is harmless, the guide ignores a second start
  }
}

/**
 * Portal tabs that finished loading while the background was not listening: at install, at browser start, or
 * before this service worker woke up. Called whenever the background starts.
 */
export async function injectIntoOpenPortalTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ status: 'complete' });
  const portals = tabs.filter((t) => t.id !== undefined && t.url && providerForUrl(t.url));
  await Promise.all(portals.map(async (t) => (await hasGuide(t.id!)) || injectGuide(t.id!)));
}
