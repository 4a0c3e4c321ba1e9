import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/browser.mjs';
import { waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

const extension = usePortalBrowser({ keepProfile: true });

const CASE = 'RPD-2026-0917';
const ACCOUNT = 'https://www.facebook.com/jane.example.42';


async function dashboard(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  return page;
}

describe('preservation register: from the request form to the MAR text', () => {
  it('carries the form into the confirmation page and saves the reference', async () => {
    const form = extension.fixture('meta-preservation-react');
    const confirmation = extension.fixture('meta-confirmation');
    const reference = confirmation.references![0]!;
    const page = await extension.browser.context.newPage();
    await page.goto(form.url);
    await waitForGuide(page, { provider: 'meta', page: 'preservation' });
    await page.fill("[id=':r3:']", CASE);
    await page.fill("[id=':r5:']", ACCOUNT);
    await page.waitForTimeout(600); // the guide remembers the form after its usual short delay
    await page.goto(confirmation.url);
    await waitForGuide(page, { provider: 'meta', page: 'confirmation' });
    const offered = page.locator(`quickfreeze-guide [data-reference="${reference}"]`);
    await offered.waitFor({ timeout: 3000 });
    await expect.poll(() => page.locator('quickfreeze-guide .capture-carried').textContent()).toContain(CASE);
    await offered.locator('[data-action="save-reference"]').click();
    await expect.poll(() => offered.getAttribute('data-saved'), { timeout: 3000 }).toBe('true');
    await page.close();
  });

  it('lists the record in the dashboard with provider, case, account and dates, and gives the MAR text', async () => {
    const reference = extension.fixture('meta-confirmation').references![0]!;
    const page = await dashboard(extension.browser);
    const row = page.locator(`[data-record][data-reference="${reference}"][data-provider="meta"]`);
    await row.waitFor({ timeout: 5000 });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Meta');
    expect(text).toContain(CASE);
    expect(text).toContain(ACCOUNT);
    const dates = text.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    const today = new Date().toISOString().slice(0, 10);
    expect(dates).toContain(today);
    const expiry = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    expect(dates).toContain(expiry);
    const mar = (await page.locator('[data-mar-text]').textContent()) ?? '';
    expect(mar).toContain(reference);
    expect(mar).toContain(ACCOUNT);
    expect(mar).toContain(today);
    expect(mar).toContain(expiry);
    await page.close();
  });

  it('never renders the stored record into another portal page', async () => {
    const other = extension.fixture('google-preservation-angular');
    const page = await extension.browser.context.newPage();
    await page.goto(other.url);
    await waitForGuide(page, { provider: other.provider!, page: other.page! });
    const everything = await page.evaluate(() => {
      const texts = [document.documentElement.outerHTML];
      for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) texts.push(el.shadowRoot.innerHTML);
      return texts.join('\n');
    });
    expect(everything).not.toContain(extension.fixture('meta-confirmation').references![0]!);
    expect(everything).not.toContain(CASE);
    await page.close();
  });

  it('keeps the record across a browser restart', async () => {
    await extension.restart();
    const page = await dashboard(extension.browser);
    await page.locator(`[data-record][data-reference="${extension.fixture('meta-confirmation').references![0]!}"]`).waitFor({ timeout: 5000 });
    await page.close();
  });

  it('made no network request', () => {
    expect([...extension.earlierUnexpectedRequests, ...extension.browser.unexpectedRequests]).toEqual([]);
  });
});
