import { browser, type Browser } from 'wxt/browser';
import { providerForUrl } from '../../providers/registry';

/** Inject the guide into the frame whose loader asked, if that frame is a known portal page. */
export async function injectGuide(sender: Browser.runtime.MessageSender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !sender.url || !providerForUrl(sender.url)) return { ok: false };
  const frameId = sender.frameId ?? 0;
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/guide.js'] });
  } else {
    // Firefox MV2 has no scripting API.
    await (browser.tabs as unknown as { executeScript(id: number, d: object): Promise<unknown> }).executeScript(tabId, { file: '/guide.js', frameId });
  }
  return { ok: true };
}
