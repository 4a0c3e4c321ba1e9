import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForExtensionTab } from './support/extension-tabs';
import { useFirefoxPortal } from './support/firefox-portal';
import { clickWhenThere, offeredReferences, pollUntil, typeInto, waitForGuide } from './support/guide';

// The register in Firefox ESR, from the request form to the MAR text: the flow that failed in the Firefox build
// (Manifest V2 has no browser.action) and the extension pages that BiDi cannot open by itself.
const portal = useFirefoxPortal();

const CASE = 'RPD-2026-0917';
const ACCOUNT = 'https://www.facebook.com/jane.example.42';
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The few WebExtension calls the tests make inside an extension page (evaluated there, never in Node). */
interface InExtensionPage {
  browser: {
    browserAction: { getBadgeText(details: object): Promise<string> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
    alarms: { getAll(): Promise<Array<{ name: string }>> };
  };
}

const textOf = (page: Page, selector: string): Promise<string> =>
  page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

/**
 * The options page as an investigator reaches it from a portal: the guide asks for the country (none is set in a
 * fresh profile) and its button, clicked for real, has the background call runtime.openOptionsPage.
 */
async function optionsFromTheGuide(): Promise<Page> {
  const page = await portal.open('google-preservation-angular');
  await clickWhenThere(page, 'quickfreeze-guide >>> [data-routes="country-unset"] [data-action="open-options"]');
  const options = await waitForExtensionTab(portal.browser, 'options.html');
  await page.close();
  return options;
}

describe('Firefox: preservation register, from the request form to the MAR text', () => {
  let dashboard: Page | undefined; // the register tab the popup opened, kept for the badge test
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
    await tab.waitForSelector('select[name="country"]', { timeout: 10_000 }); // the options page, rendered
    // BiDi may not navigate to moz-extension: pages, but an extension page may: the popup, shown in this tab.
    await tab.evaluate(() => location.assign('popup.html'));
    const popup = await waitForExtensionTab(portal.browser, 'popup.html');
    await pollUntil(() => textOf(popup, 'main.popup'), (text) => text.includes(reference()), 'the popup listing the saved reference');
    await popup.click('[data-action="open-register"]');
    const register = await waitForExtensionTab(portal.browser, 'dashboard.html');
    dashboard = register;

    const row = `[data-record][data-reference="${reference()}"][data-provider="meta"]`;
    const text = await pollUntil(() => textOf(register, row), (t) => t !== '', 'the record in the dashboard', 10_000);
    expect(text).toContain('Meta');
    expect(text).toContain(CASE);
    expect(text).toContain(ACCOUNT);
    const dates = text.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    const today = day(Date.now());
    const expiry = day(Date.now() + 90 * 86_400_000);
    expect(dates).toContain(today);
    expect(dates).toContain(expiry);
    const mar = await pollUntil(() => textOf(register, '[data-mar-text]'), (t) => t.includes(reference()), 'the MAR text');
    expect(mar).toContain(ACCOUNT);
    expect(mar).toContain(today);
    expect(mar).toContain(expiry);
  });

  it('a record added by hand that expires within 14 days: the badge counts it, its reminder is sent, the alarm is set', async () => {
    const register = dashboard!;
    const form = 'form[data-form="new-record"][data-origin="manual"]';
    await register.select(`${form} select[name="provider"]`, 'meta');
    await typeInto(register, `${form} [name="reference"]`, 'FF-SOON-7');
    await typeInto(register, `${form} [name="caseNumber"]`, CASE);
    // Expires in 7 days: Meta's 90 days from 83 days ago. A date input takes its value in the locale's order when
    // typed, so the extension page's own handler gets it set directly.
    await register.$eval(`${form} [name="preservedOn"]`, (input, value) => {
      (input as HTMLInputElement).value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, day(Date.now() - 83 * 86_400_000));
    await register.select(`${form} select[name="basis"]`, 'provider-policy');
    await register.click(`${form} button[type="submit"]`);
    await pollUntil(() => textOf(register, '[data-record][data-reference="FF-SOON-7"]'), (t) => t.includes(day(Date.now() + 7 * 86_400_000)), 'the record expiring in 7 days');
    // The extension's own APIs, asked from its own page: what the toolbar and the system show.
    await pollUntil(() => register.evaluate(() => (globalThis as unknown as InExtensionPage).browser.browserAction.getBadgeText({})), (text) => text === '1', 'the badge counting one record');
    // In headless Firefox notifications.getAll() stayed empty here, so the reminder is read where the
    // background records it as sent, which it does only after notifications.create resolved for it.
    const sent = await pollUntil(
      () => register.evaluate(async () => ((await (globalThis as unknown as InExtensionPage).browser.storage.local.get('reminders.sent'))['reminders.sent'] ?? []) as string[]),
      (keys) => keys.some((key) => key.endsWith(':7')),
      'the 7-day reminder sent',
    );
    expect(sent.filter((key) => key.endsWith(':7'))).toHaveLength(1);
    const alarms = await register.evaluate(async () => (await (globalThis as unknown as InExtensionPage).browser.alarms.getAll()).map((a) => a.name));
    expect(alarms).toContain('quickfreeze-reminders');
    await register.close();
  });
});
