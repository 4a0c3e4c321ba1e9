import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';
import { loadFixtures } from '../../scripts/lib/fixtures.mjs';

const google = loadFixtures().find((f) => f.provider === 'google' && f.page === 'preservation')!;
const ELSEWHERE = 'https://not-a-portal.quickfreeze-test.invalid/form';
const extension = usePortalBrowser({ pages: new Map([[ELSEWHERE, google.html]]) });

/** The page's width and right margin at DOMContentLoaded, before the guide (injected after load) runs. */
async function openMeasured(url: string): Promise<Page> {
  const page = await extension.browser.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { __atDcl: { margin: string; width: number } };
      w.__atDcl = { margin: getComputedStyle(document.documentElement).marginRight, width: document.body.getBoundingClientRect().width };
    });
  });
  await page.goto(url);
  return page;
}

const atDcl = (page: Page) => page.evaluate(() => (window as unknown as { __atDcl: { margin: string; width: number } }).__atDcl);
const now = (page: Page) =>
  page.evaluate(() => ({ margin: getComputedStyle(document.documentElement).marginRight, width: document.body.getBoundingClientRect().width }));

async function setGuideToggle(provider: string, on: boolean): Promise<void> {
  const options = await extension.browser.context.newPage();
  await options.goto(extension.extensionPage('options.html'));
  const toggle = options.locator(`[data-provider-toggle=${provider}]`);
  if (on) await toggle.check();
  else await toggle.uncheck();
  await options.waitForTimeout(300); // the background re-registers its style on the settings change
  await options.close();
}

/** The style is registered once by the background as it first starts (and kept across browser sessions). */
async function registeredStyle(): Promise<void> {
  const context = extension.browser.context;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  type Scripting = { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } };
  const registered = () =>
    worker.evaluate(async () => (await (globalThis as unknown as { chrome: Scripting }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
  await expect
    .poll(registered, { timeout: 5000 })
    .toContain('quickfreeze-guide-space');
}

describe('the guide’s width is reserved from the page’s first layout', () => {
  it('a portal page is laid out beside the guide before the guide starts, and does not move when it appears', async () => {
    await registeredStyle();
    const page = await openMeasured(google.url);
    const before = await atDcl(page);
    expect(before.margin).toBe('340px');
    await waitForGuide(page, { provider: 'google', page: 'preservation' });
    const after = await now(page);
    expect(after).toEqual(before);
    await page.close();
  });

  it('a page that is not a portal keeps its own width', async () => {
    const page = await openMeasured(ELSEWHERE);
    expect((await atDcl(page)).margin).toBe('0px');
    await page.waitForTimeout(800);
    expect(await page.locator('quickfreeze-guide').count()).toBe(0);
    expect((await now(page)).margin).toBe('0px');
    await page.close();
  });

  it('a provider turned off gets no reserved width, on a page open at the time and after a reload', async () => {
    const open = await openMeasured(google.url);
    await waitForGuide(open, { provider: 'google', page: 'preservation' });
    await setGuideToggle('google', false);
    await open.waitForFunction(() => !document.querySelector('quickfreeze-guide'), null, { timeout: 3000 });
    expect((await now(open)).margin).toBe('0px');

    const reloaded = await openMeasured(google.url);
    expect((await atDcl(reloaded)).margin).toBe('0px');
    await setGuideToggle('google', true);
    const again = await openMeasured(google.url);
    expect((await atDcl(again)).margin).toBe('340px');
    await Promise.all([open.close(), reloaded.close(), again.close()]);
  });

  it('a collapsed guide reserves only its tab, from the first layout', async () => {
    const page = await openMeasured(google.url);
    await waitForGuide(page, { provider: 'google', page: 'preservation' });
    await page.locator('quickfreeze-guide button.collapse').click();
    await page.locator('quickfreeze-guide button.tab').waitFor({ timeout: 3000 });
    expect((await now(page)).margin).toBe('34px');
    await page.waitForTimeout(300);
    const reloaded = await openMeasured(google.url);
    expect((await atDcl(reloaded)).margin).toBe('34px');
    await waitForGuide(reloaded, { provider: 'google', page: 'preservation' });
    await reloaded.locator('quickfreeze-guide button.tab').click();
    await reloaded.locator('quickfreeze-guide .panel').waitFor({ timeout: 3000 });
    expect((await now(reloaded)).margin).toBe('340px');
    await Promise.all([page.close(), reloaded.close()]);
  });
});
