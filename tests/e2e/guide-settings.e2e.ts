import { describe, expect, it } from 'vitest';
import { guideState, waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

const extension = usePortalBrowser();
const { fixtures } = extension;
const google = fixtures.find((f) => f.provider === 'google' && f.page === 'preservation') ?? fixtures.find((f) => f.provider === 'google')!;

describe('the guide’s settings', () => {
  it('the options page turns the guide off and on for one provider, live', async () => {
    const portal = await extension.browser.context.newPage();
    await portal.goto(google.url);
    await waitForGuide(portal, { provider: 'google', page: google.page! });

    const options = await extension.browser.context.newPage();
    await options.goto(extension.extensionPage('options.html'));
    await options.uncheck('[data-provider-toggle=google]');
    await portal.waitForFunction(() => !document.querySelector('quickfreeze-guide'), null, { timeout: 3000 });

    const reloaded = await extension.browser.context.newPage();
    await reloaded.goto(google.url);
    await reloaded.waitForTimeout(1200);
    expect((await guideState(reloaded)).count).toBe(0);

    await options.check('[data-provider-toggle=google]');
    await waitForGuide(reloaded, { provider: 'google', page: google.page! });
    await Promise.all([portal.close(), options.close(), reloaded.close()]);
  });

  it('collapses to a tab, and stays collapsed after a reload', async () => {
    const page = await extension.browser.context.newPage();
    await page.goto(google.url);
    await waitForGuide(page, { provider: 'google', page: google.page! });
    await page.locator('quickfreeze-guide button.collapse').click();
    await page.locator('quickfreeze-guide button.tab').waitFor({ timeout: 3000 });
    await page.reload();
    await waitForGuide(page, { provider: 'google', page: google.page! });
    await page.locator('quickfreeze-guide button.tab').waitFor({ timeout: 3000 });
    expect(await page.locator('quickfreeze-guide .panel').count()).toBe(0);
    await page.locator('quickfreeze-guide button.tab').click();
    await page.locator('quickfreeze-guide .panel').waitFor({ timeout: 3000 });
    await page.close();
  });

  it('shows each fact with its source link and date checked, and never writes into the form', async () => {
    const page = await extension.browser.context.newPage();
    // The page's own values as its markup set them, read before any content script runs.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __valuesAtLoad: string[] }).__valuesAtLoad = Array.from(
          document.querySelectorAll('input, textarea, select'),
        ).map((el) => (el as HTMLInputElement).value);
      });
    });
    await page.goto(google.url);
    await waitForGuide(page, { provider: 'google', page: google.page! });
    const facts = await page.evaluate(() =>
      Array.from(document.querySelector('quickfreeze-guide')!.shadowRoot!.querySelectorAll('[data-fact]')).map((el) => ({
        confidence: el.getAttribute('data-confidence'),
        links: Array.from(el.querySelectorAll('a')).map((a) => a.href),
        text: el.textContent ?? '',
      })),
    );
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts.filter((f) => f.confidence)) {
      expect(fact.links.length).toBeGreaterThan(0);
      for (const link of fact.links) expect(link).toMatch(/^https:\/\//);
      expect(fact.text).toMatch(/checked \d{4}-\d{2}-\d{2}/);
    }
    const values = await page.evaluate(() => {
      const now = Array.from(document.querySelectorAll('input, textarea, select')).map((el) => (el as HTMLInputElement).value);
      return { now, atLoad: (window as unknown as { __valuesAtLoad: string[] }).__valuesAtLoad };
    });
    expect(values.now).toEqual(values.atLoad);
    await page.close();
  });
});

describe('privacy', () => {
  it('no network request from the extension', () => {
    expect(extension.browser.unexpectedRequests).toEqual([]);
  });
});
