import { browser } from 'wxt/browser';
import { changeTaughtPage, pagePatternOf, taughtForPage, type TaughtChange, type TaughtPage } from '../../storage/taught';
import type { GuideContext } from './router';

/**
 * The guide learns and changes only what is taught about its own page: the provider and the page pattern are the
 * sender's (what the browser reports), never the message's, so a guide cannot read or teach another portal's page.
 */
export function taughtForSender(sender: GuideContext): Promise<TaughtPage | null> {
  return taughtForPage(sender.providerId, pagePatternOf(sender.url));
}

export function teachForSender(change: TaughtChange, sender: GuideContext): Promise<TaughtPage | null> {
  return changeTaughtPage(sender.providerId, pagePatternOf(sender.url), change);
}

/**
 * The "Fix recognition" panel is not in guide.js (it is opened rarely): on the guide's request, teach.js runs in the
 * sender's own frame, in the same isolated world as the guide. The answer comes once it has run.
 */
export async function injectTeach(sender: GuideContext): Promise<{ ok: true }> {
  const target = { tabId: sender.tabId, frameIds: [sender.frameId] };
  if (browser.scripting) await browser.scripting.executeScript({ target, files: ['/teach.js'] });
  // Firefox MV2 has no scripting API.
  else await (browser.tabs as unknown as { executeScript(id: number, d: object): Promise<unknown> }).executeScript(sender.tabId, { file: '/teach.js', frameId: sender.frameId });
  return { ok: true };
}
