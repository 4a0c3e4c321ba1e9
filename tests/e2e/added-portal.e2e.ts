import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser } from '../../scripts/lib/browser.mjs';
import { guideState, waitForFindings, waitForGuide } from './support/guide';
import { profileWithGrantedOrigins, type ExtensionApis } from './support/granted-origins';

// Issue 10 part 2: a portal QuickFreeze does not know, added in the options, gets the guide and saves its
// reference to the register. Not covered end to end: the browser's own permission prompt (headless Chromium
// cannot click it), so the profile holds the grant an "Allow" would have written (support/granted-origins.ts).
const ORIGIN = 'https://lers.example-provider.test/*';
const FORM_URL = 'https://lers.example-provider.test/lers/preservation/new';
const DONE_URL = 'https://lers.example-provider.test/lers/requests/done';
const EMERGENCY_URL = 'https://lers.example-provider.test/lers/emergency/new';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/added-portal/${name}`, import.meta.url), 'utf8');
const pages = new Map([
  [FORM_URL, fixture('preservation.html')],
  [DONE_URL, fixture('confirmation.html')],
  [EMERGENCY_URL, fixture('emergency.html')],
]);
const REFERENCE = 'EXP-2025-77120';
const PROVIDER = 'custom-example-provider';

let browser: ExtensionBrowser;
let profile: string;
beforeAll(async () => {
  const granted = await profileWithGrantedOrigins([ORIGIN], pages);
  profile = granted.profile;
  browser = await granted.launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const extensionPage = async (file: string): Promise<Page> => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  return page;
};
const guideText = (page: Page) => page.evaluate(() => document.querySelector('quickfreeze-guide')?.shadowRoot?.textContent ?? '');

describe('an added portal', () => {
  it('is not in the manifest’s host permissions: only the optional https pattern asks for it', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.host_permissions).not.toContain(ORIGIN);
  });

  it('gets no guide before the investigator adds it', async () => {
    const page = await browser.context.newPage();
    await page.goto(FORM_URL);
    await page.waitForTimeout(1500);
    expect((await guideState(page)).count).toBe(0);
    await page.close();
  });

  it('is added from the options on the investigator’s click, with the facts they entered', async () => {
    const options = await extensionPage('options.html');
    await options.fill('form[data-form="add-portal"] input[name=name]', 'Example Provider');
    await options.fill('form[data-form="add-portal"] input[name=address]', 'https://lers.example-provider.test/lers');
    await options.fill('form[data-form="add-portal"] input[name=preservationDays]', '120');
    await options.selectOption('form[data-form="add-portal"] select[name=notification]', 'notifies');
    await options.click('button[data-action="add-portal"]');
    const item = options.locator(`[data-added-portal="https://lers.example-provider.test/lers"][data-provider="${PROVIDER}"]`);
    await item.waitFor({ timeout: 3000 });
    expect(await item.textContent()).toContain('entered by you');
    await expect
      .poll(() => options.evaluate(() => (globalThis as unknown as { chrome: ExtensionApis }).chrome.scripting.getRegisteredContentScripts().then((s) => s.flatMap((x) => x.matches ?? []))), { timeout: 3000 })
      .toContain('https://lers.example-provider.test/lers/*');
    await options.close();
  });

  it('gets the guide, which shows the entered facts as the investigator’s, and saves a reference with the form', async () => {
    const page = await browser.context.newPage();
    await page.goto(FORM_URL);
    await waitForGuide(page, { provider: PROVIDER, page: 'preservation' }, 5000);
    await expect.poll(() => guideText(page), { timeout: 3000 }).toContain('Entered by you, not an official fact: a preservation is kept 120 days.');
    await page.fill('#f1', 'EXP-CASE-5521');
    await page.fill('#f2', 'suspect.handle@example.test');
    await Promise.all([page.waitForURL(DONE_URL), page.click('button[type=submit]')]);
    await waitForGuide(page, { provider: PROVIDER, page: 'confirmation' }, 5000);
    const offered = page.locator(`quickfreeze-guide [data-reference="${REFERENCE}"]`);
    await offered.waitFor({ timeout: 3000 });
    await offered.locator('[data-action="save-reference"]').click();
    await expect.poll(() => offered.getAttribute('data-saved'), { timeout: 3000 }).toBe('true');
    await page.close();

    const dashboard = await extensionPage('dashboard.html');
    const row = dashboard.locator(`[data-record][data-reference="${REFERENCE}"][data-provider="${PROVIDER}"]`);
    await row.waitFor({ timeout: 5000 });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('EXP-CASE-5521');
    expect(text).toContain('suspect.handle@example.test');
    // The name the investigator gave, never the custom-… id: in the record, the MAR text and the popup.
    expect(text).toContain('Example Provider');
    expect(text).not.toContain(PROVIDER);
    await expect.poll(() => dashboard.locator('[data-mar-text]').textContent(), { timeout: 3000 }).toContain('Provider: Example Provider');
    expect(await dashboard.locator('[data-mar-text]').textContent()).not.toContain(PROVIDER);
    await dashboard.close();
    const popup = await extensionPage('popup.html');
    await expect.poll(() => popup.locator('body').textContent(), { timeout: 3000 }).toContain(`Example Provider ${REFERENCE}`);
    expect(await popup.locator('body').textContent()).not.toContain(PROVIDER);
    await popup.close();
  });

  it('gets the checks: the provider-independent rules, and the notification rule with the policy entered by you', async () => {
    const page = await browser.context.newPage();
    await page.goto(EMERGENCY_URL);
    await waitForGuide(page, { provider: PROVIDER, page: 'emergency' }, 5000);
    await page.fill('#e3', 'On 2025-03-01 the account holder threatened in a message to kill his former partner, Jane Roe, at her home. The subscriber information will help us locate him.');
    const rules = (fs: Array<{ rule: string }>) => fs.map((f) => f.rule);
    const findings = await waitForFindings(page, (fs) => rules(fs).includes('emergency/imminence') && !rules(fs).includes('emergency/harm'), 'emergency/imminence (and no harm) on a new provider', 5000);
    expect(findings).toContainEqual({ rule: 'notification/provider-notifies', severity: 'warning' });
    const notifies = page.locator('quickfreeze-guide [data-rule="notification/provider-notifies"]');
    expect(await notifies.textContent()).toContain('Entered by you, not an official fact: the provider notifies the account holder.');
    await page.close();
  });

  it('once removed, gives its permission back and gets no guide', async () => {
    const options = await extensionPage('options.html');
    await options.click('[data-added-portal="https://lers.example-provider.test/lers"] [data-action="remove-portal"]');
    await options.locator('[data-added-portal]').waitFor({ state: 'detached', timeout: 3000 });
    await expect.poll(() => options.evaluate((origin) => (globalThis as unknown as { chrome: ExtensionApis }).chrome.permissions.contains({ origins: [origin] }), ORIGIN), { timeout: 3000 }).toBe(false);
    await expect.poll(() => options.evaluate(() => (globalThis as unknown as { chrome: ExtensionApis }).chrome.scripting.getRegisteredContentScripts().then((s) => s.filter((script) => script.id.startsWith('quickfreeze-added-')).length)), { timeout: 3000 }).toBe(0);
    await options.close();
    const page = await browser.context.newPage();
    await page.goto(FORM_URL);
    await page.waitForTimeout(1500);
    expect((await guideState(page)).count).toBe(0);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});
