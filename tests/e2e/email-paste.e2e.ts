import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addByHand } from './support/new-record';
import { usePortalBrowser } from './support/portal-browser';

/** Contract sections 9 and 11: the new-record form with its basis, and the paste-email form that prefills it. */
const extension = usePortalBrowser();
const corpus = (file: string) => readFileSync(join(__dirname, '../fixtures/emails', file), 'utf8');

async function dashboard(): Promise<Page> {
  const page = await extension.browser.context.newPage();
  await page.goto(`chrome-extension://${extension.browser.extensionId}/dashboard.html`);
  await page.locator('form[data-form="paste-email"]').waitFor({ timeout: 10_000 });
  return page;
}


const addRecord = (page: Page, values: { provider: string; reference: string; preservedOn: string; basis: string; accounts?: string }) =>
  addByHand(page, { caseNumber: 'E2E-2026-16', ...values, accounts: values.accounts ?? 'someone@example.com' });

async function paste(page: Page, text: string): Promise<void> {
  const form = page.locator('form[data-form="paste-email"]');
  await form.locator('textarea').fill(text);
  await form.locator('button[type="submit"]').click();
}

describe('adding a record by hand with its legal basis (section 9)', () => {
  it.each([
    ['provider-policy', 'E2E-BASIS-1', '2027-02-18'], // Discord states no period: 90 days
    ['us-2703f', 'E2E-BASIS-2', '2027-02-18'],
    ['eu-epoc-pr', 'E2E-BASIS-3', '2027-01-19'],
    ['us-report-act', 'E2E-BASIS-4', '2027-11-20'],
  ])('%s: the record carries data-basis and its expiry', async (basis, reference, expiry) => {
    const page = await dashboard();
    const row = await addRecord(page, { provider: 'discord', reference, preservedOn: '2026-11-20', basis });
    expect(await row.getAttribute('data-basis')).toBe(basis);
    expect(await row.getAttribute('data-provider')).toBe('discord');
    expect(await row.textContent()).toContain(expiry);
    await page.close();
  });
});

describe('reading a pasted provider e-mail (section 11)', () => {
  it('prefills a new-record form with what the e-mail says, saves nothing until it is submitted, then saves', async () => {
    const page = await dashboard();
    await paste(page, corpus('dev/01-google-basic.txt'));
    const form = page.locator('form[data-form="new-record"][data-origin="paste-0"]');
    await form.waitFor({ timeout: 5000 });
    expect(await form.locator('[name="provider"]').inputValue()).toBe('google');
    expect(await form.locator('[name="reference"]').inputValue()).toBe('41739208');
    expect(await form.locator('[name="preservedOn"]').inputValue()).toBe('2026-11-20');
    expect(await form.locator('[name="accountIdentifiers"]').inputValue()).toBe('tidepool.ravens@gmail.com');
    expect(await form.locator('[name="basis"]').inputValue()).toMatch(/^(?:provider-policy|us-2703f)$/);
    // Each prefilled value shows where it came from, and the date says it was stated.
    expect(await form.locator('[data-source-of="reference"] q').textContent()).toContain('41739208');
    expect(await form.locator('[data-source-of="preservedOn"]').textContent()).toContain('Stated in the e-mail');
    await page.waitForTimeout(500);
    expect(await page.locator('[data-record][data-reference="41739208"]').count()).toBe(0);
    await form.locator('select[name="basis"]').selectOption('us-2703f');
    await form.locator('button[type="submit"]').click();
    const row = page.locator('[data-record][data-reference="41739208"][data-provider="google"]');
    await row.waitFor({ timeout: 5000 });
    expect(await row.getAttribute('data-basis')).toBe('us-2703f');
    expect(await row.textContent()).toContain('2027-02-18'); // 2026-11-20 + 90 days
    await page.close();
  });

  it('offers to record an extension on the record already in the register', async () => {
    const page = await dashboard();
    await addRecord(page, { provider: 'snap', reference: 'LE-26-097215', preservedOn: '2026-08-20', basis: 'provider-policy', accounts: 'rivet.and.moth' });
    await paste(page, corpus('dev/23-snap-extension-same-reference.txt'));
    const offer = page.locator('[data-extension-offer="LE-26-097215"]');
    await offer.waitFor({ timeout: 5000 });
    expect(await page.locator('form[data-form="new-record"][data-origin="paste-0"]').count()).toBe(0);
    await offer.locator('[data-action="record-extension"]').click();
    await expect.poll(() => offer.locator('[role="status"]').textContent(), { timeout: 5000 }).toContain('Extension recorded for LE-26-097215');
    await page.close();
  });

  it('dates the form of an e-mail that confirms nothing by the e-mail, not by today', async () => {
    const page = await dashboard();
    await paste(
      page,
      'From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 18:40:00 -0800\nSubject: Preservation request received\n\nWe have received your preservation request and will process it shortly.\nYour request number is 77120934.\n',
    );
    const form = page.locator('form[data-form="new-record"][data-origin="paste-0"]');
    await form.waitFor({ timeout: 5000 });
    expect(await form.locator('[name="reference"]').inputValue()).toBe('');
    expect(await form.locator('[name="provider"]').inputValue()).toBe('snap');
    // The sender's day (19 November in California), not the day of reading nor the UTC day (the 20th).
    expect(await form.locator('[name="preservedOn"]').inputValue()).toBe('2026-11-19');
    expect(await form.locator('[data-source-of="preservedOn"]').textContent()).toContain("The e-mail's own date");
    // Its number is offered to pick, not prefilled.
    await form.locator('[data-action="use-reference"]', { hasText: '77120934' }).click();
    expect(await form.locator('[name="reference"]').inputValue()).toBe('77120934');
    await page.close();
  });
});
