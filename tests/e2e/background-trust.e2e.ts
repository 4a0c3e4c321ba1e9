import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/browser.mjs';
import { waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

/** The few chrome.* calls these tests make from the service worker and the content-script world. */
interface Chrome {
  tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
  scripting: { executeScript(d: { target: { tabId: number }; func: () => unknown }): Promise<Array<{ result: unknown }>> };
  storage: Record<'local' | 'session', { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> }>;
  runtime: { sendMessage(m: object): Promise<unknown> };
}

const extension = usePortalBrowser({ keepProfile: true });
const CASE = 'TRUST-CASE-0417';


async function worker(b: ExtensionBrowser): Promise<Worker> {
  return b.context.serviceWorkers()[0] ?? (await b.context.waitForEvent('serviceworker'));
}

/**
 * Run `what` in QuickFreeze's content-script world of the tab at `url` — what a compromised guide, or a page that
 * found a way into that world, could do. The functions are written out here because only source text crosses.
 */
async function inContentWorld(b: ExtensionBrowser, url: string, what: 'read-storage' | 'forge-save' | 'ask-screenshot' | 'forge-recall'): Promise<unknown> {
  const sw = await worker(b);
  return sw.evaluate(
    async ({ url, what }) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url)!;
      const funcs = {
        'read-storage': async () => {
          const c = (globalThis as unknown as { chrome: Chrome }).chrome;
          const local = JSON.stringify(await c.storage.local.get(null));
          const session = await c.storage.session.get(null).then(
            (v) => JSON.stringify(v),
            (e: Error) => `denied: ${e.message}`,
          );
          return { local, session };
        },
        'forge-save': () =>
          (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
            type: 'save-reference',
            providerId: 'meta',
            url: 'https://www.facebook.com/records/forged',
            reference: 'FORGED-2207',
            pageText: 'Reference FORGED-2207',
          }),
        'ask-screenshot': () => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'attach-screenshot', tabId: 1, windowId: 1 }),
        'forge-recall': () => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'recall-form', providerId: 'meta', tabId: 1 }),
      };
      const [result] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: funcs[what] });
      return result?.result;
    },
    { url, what },
  );
}

async function typeCase(page: Page): Promise<void> {
  const form = extension.fixture('meta-preservation-react');
  await page.goto(form.url);
  await waitForGuide(page, { provider: 'meta', page: 'preservation' });
  await page.fill("[id=':r3:']", CASE);
  await page.waitForTimeout(800); // the guide remembers the form after its usual short delay
}

describe('content scripts cannot reach case data in extension storage', () => {
  it('with a case typed and remembered, the content-script world finds no case number in storage.local and cannot read storage.session', async () => {
    const page = await extension.browser.context.newPage();
    await typeCase(page);
    const seen = (await inContentWorld(extension.browser, page.url(), 'read-storage')) as { local: string; session: string };
    expect(seen.local).not.toContain(CASE);
    expect(seen.session).toMatch(/^denied/);
    // The background does hold it (so the test would see a leak): the extension's own world reads it.
    const held = await (await worker(extension.browser)).evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get(null)));
    expect(held).toContain(CASE);
    await page.close();
  });

  it('a selected case left in storage.local by an older version is gone after the browser restarts', async () => {
    const sw = await worker(extension.browser);
    await sw.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ 'dashboard.selectedCase': 'LEGACY-CASE-1' }));
    await extension.restart();
    const page = await extension.browser.context.newPage();
    await page.goto(extension.fixture('meta-preservation-react').url);
    await waitForGuide(page, { provider: 'meta', page: 'preservation' });
    await expect
      .poll(async () => ((await inContentWorld(extension.browser, page.url(), 'read-storage')) as { local: string }).local, { timeout: 5000 })
      .not.toContain('LEGACY-CASE-1');
    await page.close();
  });
});

describe('the background answers a content script from what the browser says about it', () => {
  it('a save that names another provider and address is recorded for the tab’s own provider and address', async () => {
    const google = extension.fixture('google-confirmation');
    const page = await extension.browser.context.newPage();
    await page.goto(google.url);
    await waitForGuide(page, { provider: 'google', page: 'confirmation' });
    expect(await inContentWorld(extension.browser, page.url(), 'forge-save')).toMatchObject({ ok: true });
    const popup = await extension.browser.context.newPage();
    await popup.goto(`chrome-extension://${extension.browser.extensionId}/popup.html`);
    const saved = popup.locator('[data-popup-record][data-reference="FORGED-2207"]').first();
    await saved.waitFor({ timeout: 5000 });
    expect(await saved.getAttribute('data-provider')).toBe('google');
    await Promise.all([page.close(), popup.close()]);
  });

  it('refuses the popup’s screenshot message from a content script, and gives no other tab’s form', async () => {
    const typed = await extension.browser.context.newPage();
    await typeCase(typed);
    const other = await extension.browser.context.newPage();
    await other.goto(extension.fixture('meta-confirmation').url);
    await waitForGuide(other, { provider: 'meta', page: 'confirmation' });
    expect(await inContentWorld(extension.browser, other.url(), 'ask-screenshot')).toHaveProperty('refused');
    expect(await inContentWorld(extension.browser, other.url(), 'forge-recall')).toBeNull();
    await Promise.all([typed.close(), other.close()]);
  });
});

describe('extension pages cannot open a network connection (content security policy)', () => {
  it('a fetch from an extension page is refused by the policy before it leaves the browser', async () => {
    const page = await extension.browser.context.newPage();
    await page.goto(`chrome-extension://${extension.browser.extensionId}/popup.html`);
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective));
          fetch('https://lers.google.com/exfiltrate').catch(() => undefined);
          setTimeout(() => resolve('no violation'), 3000);
        }),
    );
    expect(violated).toBe('connect-src');
    expect(extension.browser.unexpectedRequests.join(' ')).not.toContain('exfiltrate');
    await page.close();
  });
});

describe('privacy', () => {
  it('no network request from the extension', () => {
    expect([...extension.earlierUnexpectedRequests, ...extension.browser.unexpectedRequests]).toEqual([]);
  });
});
