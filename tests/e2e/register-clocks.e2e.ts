import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addByHand } from './support/new-record';
import { usePortalBrowser } from './support/portal-browser';

/** Contract section 9 and issue 11: each basis's expiry, the second-extension warning, production orders, the .ics. */
const extension = usePortalBrowser();
const CASE = 'E2E-CLOCKS-11';

async function dashboard(): Promise<Page> {
  const page = await extension.browser.context.newPage();
  await page.goto(extension.extensionPage('dashboard.html'));
  await page.locator('form[data-form="new-record"][data-origin="manual"]').waitFor({ timeout: 10_000 });
  return page;
}

const addRecord = (page: Page, values: { reference: string; preservedOn: string; basis: string }) =>
  addByHand(page, { provider: 'meta', caseNumber: CASE, accounts: 'clock.owner@example.com', ...values });

async function addExtension(row: Locator, requestedOn: string): Promise<void> {
  await row.locator('button[data-action="add-extension"]').click();
  const form = row.locator('form');
  await form.locator('input[type="date"]').fill(requestedOn);
  await form.locator('button[type="submit"]').click();
  await form.waitFor({ state: 'detached', timeout: 5000 });
}

describe('clocks in the register', () => {
  it.each([
    ['provider-policy', 'CLK-POLICY', '2028-02-29', '2028-05-29'], // Meta states 90 days
    ['us-2703f', 'CLK-2703F', '2027-12-01', '2028-02-29'],
    ['eu-epoc-pr', 'CLK-EPOCPR', '2027-12-31', '2028-02-29'],
    ['us-report-act', 'CLK-REPORT', '2028-02-29', '2029-03-01'],
  ])('%s: data-basis and its expiry date', async (basis, reference, preservedOn, expiry) => {
    const page = await dashboard();
    const row = await addRecord(page, { reference, preservedOn, basis });
    expect(await row.getAttribute('data-basis')).toBe(basis);
    expect(await row.locator('dd time').allTextContents()).toContain(expiry);
    await page.close();
  });

  it('a second 2703(f) extension warns and adds no days; the first adds 90', async () => {
    const page = await dashboard();
    const row = await addRecord(page, { reference: 'CLK-EXT', preservedOn: '2026-11-20', basis: 'us-2703f' });
    await addExtension(row, '2027-02-01');
    await row.locator('time', { hasText: '2027-05-19' }).waitFor({ timeout: 5000 });
    expect(await row.locator('[data-warning="second-extension"]').count()).toBe(0);
    await addExtension(row, '2027-05-01');
    await row.locator('[data-warning="second-extension"]').waitFor({ timeout: 5000 });
    await row.locator('time', { hasText: '2027-05-01' }).waitFor({ timeout: 5000 });
    expect(await row.locator('time', { hasText: '2027-05-19' }).count()).toBe(1);
    expect(await row.textContent()).not.toContain('2027-08-17'); // no second 90 days
    await page.close();
  });

  it('an EPOC-PR confirmed by a production order shows it is kept until the order is answered', async () => {
    const page = await dashboard();
    const row = await addRecord(page, { reference: 'CLK-KEPT', preservedOn: '2026-11-20', basis: 'eu-epoc-pr' });
    await row.locator('button[data-action="confirm-production"]').click();
    const form = row.locator('form[data-form="confirm-production"]');
    await form.locator('input[name="productionConfirmedOn"]').fill('2026-12-10');
    await form.locator('button[type="submit"]').click();
    await row.locator('[data-kept]').waitFor({ timeout: 5000 });
    expect(await row.locator('[data-kept]').textContent()).toContain('kept until the production order is answered');
    expect(await row.getAttribute('data-status')).toBe('kept');
    await page.close();
  });

  it('a production order shows its deadline, 8 hours after issue in an emergency', async () => {
    const page = await dashboard();
    const form = page.locator('form[data-form="production-order"]');
    await form.locator('select[name="provider"]').selectOption('meta');
    await form.locator('[name="reference"]').fill('CLK-EPOC');
    await form.locator('[name="caseNumber"]').fill(CASE);
    await form.locator('[name="issuedAt"]').fill('2026-11-20T14:00');
    await form.locator('input[name="emergency"]').check();
    await form.locator('input[name="nonJudicial"]').check();
    await form.locator('button[type="submit"]').click();
    const row = page.locator('[data-record][data-reference="CLK-EPOC"]');
    await row.waitFor({ timeout: 5000 });
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const issued = await page.evaluate(() => new Date(2026, 10, 20, 14, 0).getTime());
    expect(await row.locator('[data-deadline]').getAttribute('data-deadline')).toBe(new Date(issued + 8 * 3_600_000).toISOString());
    expect(await row.locator('[data-validation-deadline]').getAttribute('data-validation-deadline')).toBe(new Date(issued + 48 * 3_600_000).toISOString());
    expect(await row.locator('[data-deadline]').textContent()).toContain(`(${timeZone})`);
    expect(await row.getAttribute('data-status')).toMatch(/^(awaiting-answer|overdue)$/);
    await page.close();
  });

  it('the case\'s .ics downloads with its expiry and deadline events, without account identifiers', async () => {
    const page = await dashboard();
    await page.locator('#filter-case').selectOption(CASE);
    await page.locator('[data-record][data-reference="CLK-EPOC"]').waitFor({ timeout: 5000 });
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.locator('button[data-action="export-calendar"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^quickfreeze-calendar-case-E2E-CLOCKS-11-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Preservation expires: Meta CLK-2703F');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20280229');
    expect(unfolded).toContain('SUMMARY:Production order answer due: Meta CLK-EPOC');
    expect(unfolded).toContain('SUMMARY:Emergency order to be validated: Meta CLK-EPOC');
    expect(unfolded).not.toContain('CLK-KEPT'); // kept until the production order is answered: no expiry to remind of
    expect(unfolded).not.toContain('clock.owner@example.com');
    await page.close();
  });
});
