import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePortalBrowser } from './support/portal-browser';

/** Contract section 10: the investigator's country in the options, the legal routes in the guide and per record. */
const extension = usePortalBrowser();
const META = 'meta-preservation-react';

async function options(): Promise<Page> {
  const page = await extension.browser.context.newPage();
  await page.goto(extension.extensionPage('options.html'));
  await page.locator('select[name="country"]').waitFor({ timeout: 10_000 });
  return page;
}

/** The route ids the guide shows now. */
async function guideRoutes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelectorAll('[data-route]') ?? []).map((el) => el.getAttribute('data-route') ?? ''),
  );
}

async function waitForRoutes(page: Page, check: (ids: string[]) => boolean, what: string): Promise<string[]> {
  const deadline = Date.now() + 5000;
  let ids: string[] = [];
  while (Date.now() < deadline) {
    ids = await guideRoutes(page);
    if (check(ids)) return ids;
    await page.waitForTimeout(100);
  }
  throw new Error(`Timed out waiting for ${what}; the guide shows ${JSON.stringify(ids)}`);
}

const setCountry = async (page: Page, country: string) => {
  await page.locator('select[name="country"]').selectOption(country);
  await page.locator('[data-section="investigator"] [role="status"]').waitFor({ timeout: 3000 });
};

describe('legal routes (section 10)', () => {
  it('the guide asks for the country while it is not set, with one click to the options', async () => {
    const portal = await extension.open(META);
    const ask = portal.locator('quickfreeze-guide [data-routes="country-unset"]');
    await ask.waitFor({ timeout: 5000 });
    expect(await guideRoutes(portal)).toEqual([]);
    const opened = extension.browser.context.waitForEvent('page', { timeout: 5000 });
    await ask.locator('button[data-action="open-options"]').click();
    const optionsTab = await opened;
    await optionsTab.waitForURL(/options\.html/, { timeout: 5000 });
    await Promise.all([optionsTab.close(), portal.close()]);
  });

  it('a page script’s click on the options button opens nothing', async () => {
    const portal = await extension.open(META);
    await portal.locator('quickfreeze-guide [data-routes="country-unset"]').waitFor({ timeout: 5000 });
    const pagesBefore = extension.browser.context.pages().length;
    await portal.evaluate(() => (document.querySelector('quickfreeze-guide')!.shadowRoot!.querySelector('[data-action="open-options"]') as HTMLElement).click());
    await portal.waitForTimeout(800);
    expect(extension.browser.context.pages().length).toBe(pagesBefore);
    await portal.close();
  });

  it('a German investigator sees the EU orders and MLA; GB brings the CLOUD Act agreement; US its own process — live in an open guide', async () => {
    const settings = await options();
    await setCountry(settings, 'DE');
    await settings.locator('select[name="authority"]').selectOption('prosecutor');
    const portal = await extension.open(META);

    const german = await waitForRoutes(portal, (ids) => ids.includes('eu-production-order'), 'the German routes');
    expect(german).toEqual(expect.arrayContaining(['eu-production-order', 'eu-preservation-order', 'mla']));
    expect(german).not.toContain('cloud-act-agreement');
    expect(german).not.toContain('domestic-process');
    const epoc = await portal.evaluate(() => {
      const item = document.querySelector('quickfreeze-guide')!.shadowRoot!.querySelector('[data-route="eu-production-order"]')!;
      return { text: item.textContent ?? '', links: Array.from(item.querySelectorAll('a')).map((a) => ({ href: a.href, target: a.target })) };
    });
    expect(epoc.text).toContain('Legal basis: EU e-Evidence Regulation');
    expect(epoc.text).toContain('Answer: 10 days');
    expect(epoc.text).toMatch(/status checked \d{4}-\d{2}-\d{2}/);
    expect(epoc.links.length).toBeGreaterThan(0);
    for (const link of epoc.links) expect(link).toMatchObject({ href: expect.stringMatching(/^https:\/\//), target: '_blank' });
    // Collapsed: the routes take one line until opened, so the guide's checks stay in view.
    expect(await portal.locator('quickfreeze-guide details[data-routes="DE"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

    await setCountry(settings, 'GB');
    const british = await waitForRoutes(portal, (ids) => ids.includes('cloud-act-agreement'), 'the UK routes');
    expect(british).not.toContain('eu-production-order');
    expect(british).not.toContain('eu-preservation-order');

    await setCountry(settings, 'US');
    expect(await waitForRoutes(portal, (ids) => ids.includes('domestic-process'), 'the US routes')).toEqual(['domestic-process']);

    await setCountry(settings, '');
    await portal.locator('quickfreeze-guide [data-routes="country-unset"]').waitFor({ timeout: 5000 });
    await Promise.all([settings.close(), portal.close()]);
  });

  it('the dashboard shows the routes per record for the country, and a link to the options when it is not set', async () => {
    const dashboard = await extension.browser.context.newPage();
    await dashboard.goto(extension.extensionPage('dashboard.html'));
    const form = dashboard.locator('form[data-form="new-record"][data-origin="manual"]');
    await form.waitFor({ timeout: 10_000 });
    await form.locator('select[name="provider"]').selectOption('google');
    await form.locator('[name="reference"]').fill('ROUTES-1');
    await form.locator('[name="caseNumber"]').fill('E2E-ROUTES');
    await form.locator('[name="accountIdentifiers"]').fill('someone@example.com');
    await form.locator('[name="preservedOn"]').fill('2026-11-20');
    await form.locator('select[name="basis"]').selectOption('eu-epoc-pr');
    await form.locator('button[type="submit"]').click();
    const record = dashboard.locator('[data-record][data-reference="ROUTES-1"]');
    await record.waitFor({ timeout: 5000 });
    await record.locator('[data-record-routes="country-unset"] a[href="options.html"]').waitFor({ timeout: 3000 });

    const settings = await options();
    await setCountry(settings, 'DE');
    await record.locator('[data-record-routes="DE"]').waitFor({ timeout: 3000 });
    const ids = await record.locator('[data-route]').evaluateAll((els) => els.map((el) => el.getAttribute('data-route')));
    expect(ids).toEqual(expect.arrayContaining(['eu-preservation-order', 'eu-production-order', 'mla']));
    expect(ids).not.toContain('cloud-act-agreement');
    expect(await record.locator('[data-route="eu-preservation-order"] > details > summary').textContent()).toContain('EU e-Evidence Regulation');
    await Promise.all([settings.close(), dashboard.close()]);
  });

  it('no network request from the extension', () => {
    expect(extension.browser.unexpectedRequests).toEqual([]);
  });
});
