import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';

/** Replaced at build time by the registry's portal patterns (wxt.config.ts); never shipped as is. */
const PLACEHOLDER_MATCHES = ['https://quickfreeze.invalid/*'];

/**
 * A small loader on the portal hosts (WXT's runtime and little else). The guide itself is injected only after the page has
 * loaded and the browser is idle, so QuickFreeze never competes with the portal's own loading.
 */
export default defineContentScript({
  matches: PLACEHOLDER_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    if (document.readyState !== 'complete') await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
    await new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(resolve, { timeout: 300 }) : setTimeout(resolve, 50)));
    if (ctx.isValid) await browser.runtime.sendMessage({ type: 'inject-guide' }).catch(() => undefined);
  },
});
