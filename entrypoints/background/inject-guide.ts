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

/** Portal tabs already open when QuickFreeze starts (install, update, browser start). */
export async function injectIntoOpenPortalTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ status: 'complete' });
  await Promise.all(tabs.filter((t) => t.id !== undefined && t.url && providerForUrl(t.url)).map((t) => injectGuide(t.id!)));
}
