import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addByHand } from './support/new-record';
import { usePortalBrowser } from './support/portal-browser';

/** Issue 14: the register page's counts, expiry timeline and record cards, in light and dark colours. */
const extension = usePortalBrowser();
const CASE = 'E2E-DESIGN-14';

async function dashboard(): Promise<Page> {
  const page = await extension.browser.context.newPage();
  await page.goto(extension.extensionPage('dashboard.html'));
  await page.locator('p.count[data-count]').waitFor({ timeout: 10_000 });
  return page;
}

/** YYYY-MM-DD `days` after `day`. */
const plus = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const countOf = (page: Page, key: string) => page.locator(`[data-count-of="${key}"] .count-value`).textContent();

describe('the register page, designed', () => {
  it('counts, draws and lists what it holds: soonest deadline first in the timeline and its table', async () => {
    const page = await dashboard();
    const today = (await page.locator('.dashboard-header time').getAttribute('datetime'))!;
    await page.locator('[data-counts]').waitFor({ timeout: 5000 });
    expect([await countOf(page, 'active'), await countOf(page, 'expiringSoon'), await countOf(page, 'lapsed')]).toEqual(['0', '0', '0']);

    // 90 days under 2703(f): expires in 85 days (active), in 5 days (expiring), 10 days ago (lapsed).
    const add = (reference: string, preservedOn: string) =>
      addByHand(page, { provider: 'google', reference, caseNumber: CASE, accounts: 'design.user@example.com', preservedOn, basis: 'us-2703f' });
    await add('DES-ACTIVE', plus(today, -5));
    await add('DES-SOON', plus(today, -85));
    await add('DES-LAPSED', plus(today, -100));

    await expect.poll(() => countOf(page, 'expiringSoon'), { timeout: 5000 }).toBe('1');
    expect([await countOf(page, 'active'), await countOf(page, 'lapsed')]).toEqual(['1', '1']);

    const deadlines = page.locator('[data-timeline-table] tbody tr');
    await expect.poll(() => deadlines.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deadline'))), { timeout: 5000 }).toEqual(['DES-SOON', 'DES-ACTIVE']);
    expect(await page.locator('[data-timeline-chart] [data-timeline-bar]').count()).toBe(2);
    expect(await page.locator('[data-deadline="DES-SOON"]').textContent()).toContain(plus(today, 5));

    // The status on a card: icon, word and colour.
    const soon = page.locator('[data-record][data-reference="DES-SOON"] .status');
    expect(await soon.textContent()).toMatch(/▲\s*Status: expiring soon/);
    const lapsed = page.locator('[data-record][data-reference="DES-LAPSED"] .status');
    expect(await lapsed.textContent()).toMatch(/✖\s*Status: lapsed/);
    expect(await soon.evaluate((el) => getComputedStyle(el).color)).not.toBe(await lapsed.evaluate((el) => getComputedStyle(el).color));
    await page.close();
  });

  it('shows the timeline as a table from the keyboard, with a visible focus ring', async () => {
    const page = await dashboard();
    await page.locator('[data-timeline-table] tbody tr').first().waitFor({ timeout: 5000 });
    const toggle = page.locator('[data-action="toggle-timeline-table"]');
    await toggle.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await toggle.evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle)).toBe('solid');
    // Hidden from sight (1 px, clipped), not from screen readers.
    const width = async () => (await page.locator('#timeline-table').boundingBox())?.width ?? 0;
    expect(await width()).toBeLessThanOrEqual(1);
    await page.keyboard.press('Enter');
    await page.locator('#timeline-table:not(.visually-hidden)').waitFor({ timeout: 3000 });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await width()).toBeGreaterThan(300);
    await page.close();
  });

  it('follows the system: dark colours when it asks for them', async () => {
    const page = await dashboard();
    const colours = () => page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
    await page.emulateMedia({ colorScheme: 'light' });
    const [lightBg, lightText] = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const [darkBg, darkText] = await colours();
    expect(lightBg).toBe('rgb(245, 246, 248)');
    expect(darkBg).toBe('rgb(21, 24, 29)');
    expect(darkText).not.toBe(lightText);
    await page.close();
  });
});
