import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser.mjs';
import { fixtureKey } from '../../scripts/lib/fixtures.mjs';
import type { ExtensionApis } from './support/granted-origins';
import { has, waitForFindings, waitForGuide } from './support/guide';
import { fixturePages, usePortalBrowser } from './support/portal-browser';

// Issue 10 part 3: what one investigator taught and added travels as a portal profile file to a fresh browser
// profile, where the taught page is read the same way. The teaching is written through the extension's own
// storage from its options page (the guide's teaching UI has its own e2e); the added portal is a Kodex tenant,
// whose host QuickFreeze already holds, so the import's permission request resolves without a prompt.
const TAUGHT_URL = 'https://lers.zoom.us/requests/new';
const TENANT_URL = 'https://app.kodexglobal.com/twitchnew/request';
const pages = fixturePages();
pages.set(fixtureKey(TENANT_URL), pages.get(fixtureKey('https://app.kodexglobal.com/slack/request'))!);
const first = usePortalBrowser({ pages });
const TYPED = 'TYPED-NARRATIVE-55120 call me back';

let second: ExtensionBrowser;
beforeAll(async () => {
  second = await launchWithExtension({ pages });
}, 60_000);
afterAll(async () => second?.close());

const open = async (b: ExtensionBrowser, url: string): Promise<Page> => {
  const page = await b.context.newPage();
  await page.goto(url);
  return page;
};
const options = (b: ExtensionBrowser) => open(b, `chrome-extension://${b.extensionId}/options.html`);

const TAUGHT = {
  version: 1,
  pages: [
    {
      providerId: 'zoom',
      pagePattern: '/requests/new',
      pageKind: 'emergency',
      fields: [{ signature: { label: 'additional information', name: 'info', kind: 'textarea', nth: 0 }, role: 'emergency-description', not: false }],
      updatedAt: '2025-03-01T10:00:00.000Z',
    },
  ],
};

let profileFile = '';

describe('a portal profile', () => {
  it('is exported with what was taught and added, and never with what was typed', async () => {
    const b = first.browser;
    const settings = await options(b);
    await settings.evaluate((taught) => (globalThis as unknown as { chrome: ExtensionApis }).chrome.storage.local.set({ taught }), TAUGHT);
    await settings.fill('form[data-form="add-portal"] input[name=address]', 'https://app.kodexglobal.com/twitchnew');
    await settings.selectOption('form[data-form="add-portal"] select[name=provider]', 'twitch');
    await settings.click('button[data-action="add-portal"]');
    await settings.locator('[data-added-portal="https://app.kodexglobal.com/twitchnew"]').waitFor({ timeout: 3000 });

    const page = await open(b, TAUGHT_URL);
    await waitForGuide(page, { provider: 'zoom', page: 'emergency' });
    await page.fill('#zf-2745', TYPED);
    await page.fill('#zf-2743', 'ZOOM-CASE-88123');
    await waitForFindings(page, has('emergency/harm'), 'the taught narrative field is checked');
    const tenant = await open(b, TENANT_URL);
    await waitForGuide(tenant, { provider: 'twitch', page: 'preservation' });

    const download = settings.waitForEvent('download');
    await settings.click('button[data-action="export-profile"]');
    profileFile = (await (await download).path())!;
    const text = readFileSync(profileFile, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'quickfreeze-portal-profile', version: 1, taught: TAUGHT.pages, addedPortals: [{ providerId: 'twitch' }] });
    for (const typed of ['TYPED-NARRATIVE', '55120', 'ZOOM-CASE', '88123']) expect(text).not.toContain(typed);
    await Promise.all([page.close(), tenant.close(), settings.close()]);
  });

  it('imported in a fresh browser profile, the taught page is read as taught and the added tenant is its provider', async () => {
    const before = await open(second, TAUGHT_URL);
    await waitForGuide(before, { provider: 'zoom', page: 'other' });
    await before.close();

    const settings = await options(second);
    await settings.setInputFiles('input[data-action="choose-profile"]', profileFile);
    await settings.locator('[data-profile-preview]').waitFor({ timeout: 3000 });
    expect(await settings.locator('[data-rejected]').count()).toBe(0);
    await settings.click('button[data-action="import-profile"]');
    await expect.poll(() => settings.locator('[data-profile-message]').textContent(), { timeout: 3000 }).toContain('Imported 1 taught page and 1 added portal');
    await settings.locator('[data-added-portal="https://app.kodexglobal.com/twitchnew"][data-provider="twitch"]').waitFor({ timeout: 3000 });

    const page = await open(second, TAUGHT_URL);
    await waitForGuide(page, { provider: 'zoom', page: 'emergency' });
    await page.fill('#zf-2745', 'call me');
    await waitForFindings(page, has('emergency/harm'), 'the taught narrative field is checked after the import');
    const tenant = await open(second, TENANT_URL);
    await waitForGuide(tenant, { provider: 'twitch', page: 'preservation' });
    await Promise.all([page.close(), tenant.close(), settings.close()]);
  });

  it('a file that is not a profile imports nothing and says why', async () => {
    const settings = await options(second);
    await settings.setInputFiles('input[data-action="choose-profile"]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
    await expect.poll(() => settings.locator('[data-profile-message]').textContent(), { timeout: 3000 }).toContain('not a QuickFreeze portal profile');
    expect(await settings.locator('[data-profile-preview]').count()).toBe(0);
    await settings.close();
  });

  it('made no network request of its own', () => {
    expect(first.browser.unexpectedRequests).toEqual([]);
    expect(second.unexpectedRequests).toEqual([]);
  });
});
