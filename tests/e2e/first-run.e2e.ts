import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePortalBrowser } from './support/portal-browser';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// A fresh profile: the extension is installed as this browser starts, so the welcome page opens by itself.
const extension = usePortalBrowser({ keepProfile: true });

const isWelcome = (page: Page) => /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/.test(page.url());

/** The tab the extension opened itself (it may have opened before the test looked). */
async function welcomeTabs(context: BrowserContext, timeout: number): Promise<Page[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = context.pages().filter(isWelcome);
    if (found.length || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const step = (page: Page) => page.locator('section[data-step]').getAttribute('data-step');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

/** axe-core over the whole page (evaluated over the DevTools protocol: the page's CSP refuses inline script). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const { violations } = await axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('first run', () => {
  it('opens the welcome page by itself on install; walked with a skipped step, its choices are the options’', async () => {
    const tabs = await welcomeTabs(extension.browser.context, 15_000);
    expect(tabs, 'one welcome tab opened at install').toHaveLength(1);
    const page = tabs[0]!;
    await page.locator('main[data-welcome] h1').waitFor({ timeout: 5000 });
    expect(await step(page)).toBe('about');
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('[data-action="next"]').click();
    expect(await step(page)).toBe('country');
    // Focus moves in an effect after the step renders: a moment later, not with the render itself.
    await expect.poll(() => focusedId(page), { timeout: 3000 }).toBe('welcome-step-heading');
    await page.locator('select[name="country"]').selectOption('DE');
    await page.locator('[data-section="investigator"] [role="status"]').waitFor({ timeout: 3000 });
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('[data-action="next"]').click();
    expect(await step(page)).toBe('lock');
    await page.locator('form[data-form="set-passphrase"]').waitFor({ timeout: 5000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-action="skip"]').click();

    // Keyboard only: from the focused heading, Tab reaches the first portal, Space unticks it.
    expect(await step(page)).toBe('portals');
    // Focus moves in an effect after the step renders: a moment later, not with the render itself.
    await expect.poll(() => focusedId(page), { timeout: 3000 }).toBe('welcome-step-heading');
    await page.keyboard.press('Tab');
    const unticked = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.providerToggle ?? null);
    expect(unticked).toBeTruthy();
    await page.keyboard.press('Space');
    await page.locator('[data-section="portals"] [role="status"]').waitFor({ timeout: 3000 });
    expect(await page.locator(`input[data-provider-toggle="${unticked}"]`).isChecked()).toBe(false);
    const providerCount = await page.locator('input[data-provider-toggle]').count();
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('[data-action="next"]').click();
    expect(await step(page)).toBe('done');
    await page.locator('[data-summary]').waitFor({ timeout: 5000 });
    expect(await page.locator('[data-summary-item="country"]').textContent()).toBe('Germany (DE)');
    expect(await page.locator('[data-summary-item="lock"]').textContent()).toContain('not set');
    expect(await page.locator('[data-summary-item="portals"]').textContent()).toBe(`${providerCount - 1} of ${providerCount} providers’ portals`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page), 'in dark colours').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // The register is where the link says.
    const dashboard = await extension.browser.context.newPage();
    await dashboard.goto(new URL((await page.locator('a[data-link="dashboard"]').getAttribute('href'))!, page.url()).href);
    await dashboard.locator('form[data-form="set-passphrase"]').waitFor({ timeout: 5000 });
    await dashboard.close();

    // The options show what was chosen here.
    await page.locator('a[data-link="options"]').click();
    await page.waitForURL(/\/options\.html$/, { timeout: 5000 });
    await page.locator('select[name="country"]').waitFor({ timeout: 5000 });
    expect(await page.locator('select[name="country"]').inputValue()).toBe('DE');
    expect(await page.locator(`input[data-provider-toggle="${unticked}"]`).isChecked()).toBe(false);
    expect(await page.locator('input[data-provider-toggle]:checked').count()).toBe(providerCount - 1);
    await page.close();
  });

  it('does not open again when the browser starts again', async () => {
    const browser = await extension.restart();
    await browser.context.newPage(); // a first page, so the service worker has surely started
    expect(await welcomeTabs(browser.context, 3000)).toEqual([]);
  });
});
