import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForExtensionTab } from './support/extension-tabs';
import { useFirefoxPortal } from './support/firefox-portal';
import { offeredReferences, pollUntil, typeInto, waitForGuide } from './support/guide';

// The register in Firefox ESR, from the request form to the MAR text: the flow that failed in the Firefox build
// (Manifest V2 has no browser.action) and the extension pages that BiDi cannot open by itself.
const portal = useFirefoxPortal();

const CASE = 'RPD-2026-0917';
const ACCOUNT = 'https://www.facebook.com/jane.example.42';
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const textOf = (page: Page, selector: string): Promise<string> =>
  page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

/**
 * The options page as an investigator reaches it from a portal: the guide asks for the country (none is set in a
 * fresh profile) and its button, clicked for real, has the background call runtime.openOptionsPage.
 */
async function optionsFromTheGuide(): Promise<Page> {
  const page = await portal.open('google-preservation-angular');
  await page.click('quickfreeze-guide >>> [data-action="open-options"]');
  const options = await waitForExtensionTab(portal.browser, 'options.html');
  await page.close();
  return options;
}

describe('Firefox: preservation register, from the request form to the MAR text', () => {
  const reference = () => portal.fixture('meta-confirmation').references![0]!;

  it('carries the form into the confirmation page and saves the reference', async () => {
    const page = await portal.open('meta-preservation-react');
    await typeInto(page, "[id=':r3:']", CASE);
    await typeInto(page, "[id=':r5:']", ACCOUNT);
    await new Promise((done) => setTimeout(done, 600)); // the guide remembers the form after its usual short delay
    await page.goto(portal.fixture('meta-confirmation').url);
    await waitForGuide(page, { provider: 'meta', page: 'confirmation' });
    await pollUntil(() => offeredReferences(page), (refs) => refs.includes(reference()), 'the reference offered');
    await pollUntil(() => textOf(page, 'quickfreeze-guide >>> .capture-carried'), (text) => text.includes(CASE), 'the carried case number');
    const offered = `quickfreeze-guide >>> [data-reference="${reference()}"]`;
    await page.click(`${offered} [data-action="save-reference"]`);
    const saved = await pollUntil(
      () => page.$eval(offered, (el) => ({ saved: el.getAttribute('data-saved'), text: el.textContent })),
      (state) => state.saved === 'true',
      'data-saved="true" after Save to register',
    );
    expect(saved.text).not.toMatch(/Not saved/);
    await page.close();
  });

  it('options, popup and dashboard: the guide opens the options, the popup the register, which lists the record and its MAR text', async () => {
    const tab = await optionsFromTheGuide();
    expect(await tab.$('select[name="country"]')).not.toBeNull();
    // BiDi may not navigate to moz-extension: pages, but an extension page may: the popup, shown in this tab.
    await tab.evaluate(() => location.assign('popup.html'));
    const popup = await waitForExtensionTab(portal.browser, 'popup.html');
    await pollUntil(() => textOf(popup, 'main.popup'), (text) => text.includes(reference()), 'the popup listing the saved reference');
    await popup.click('[data-action="open-register"]');
    const dashboard = await waitForExtensionTab(portal.browser, 'dashboard.html');

    const row = `[data-record][data-reference="${reference()}"][data-provider="meta"]`;
    const text = await pollUntil(() => textOf(dashboard, row), (t) => t !== '', 'the record in the dashboard', 10_000);
    expect(text).toContain('Meta');
    expect(text).toContain(CASE);
    expect(text).toContain(ACCOUNT);
    const dates = text.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    const today = day(Date.now());
    const expiry = day(Date.now() + 90 * 86_400_000);
    expect(dates).toContain(today);
    expect(dates).toContain(expiry);
    const mar = await pollUntil(() => textOf(dashboard, '[data-mar-text]'), (t) => t.includes(reference()), 'the MAR text');
    expect(mar).toContain(ACCOUNT);
    expect(mar).toContain(today);
    expect(mar).toContain(expiry);
    await dashboard.close();
  });
});
