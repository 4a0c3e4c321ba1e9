import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Fixture, FixtureStep } from '../../scripts/lib/fixtures.mjs';
import { has, lacks } from '../e2e/support/guide';
import { waitForExtensionTab } from './support/extension-tabs';
import { useFirefoxPortal } from './support/firefox-portal';
import { clickWhenThere, guideState, offeredReferences, pollUntil, typeInto, waitForFindings, waitForGuide } from './support/guide';

// Recognition and the live checks in Firefox ESR: the same fixtures and expectations as tests/e2e in Chromium.
const portal = useFirefoxPortal();

async function perform(page: Page, step: FixtureStep): Promise<void> {
  if (step.do === 'click' || step.do === 'check') await page.click(step.selector!);
  else if (step.do === 'select') await page.select(step.selector!, step.value!);
  else if (step.do === 'fill') await typeInto(page, step.selector!, step.value ?? '');
  else await page.goBack();
}

const guideRoles = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Array.from(document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelectorAll('[data-field-role]') ?? []).map(
      (el) => el.getAttribute('data-field-role') ?? '',
    ),
  );

const metaAndGoogle = portal.fixtures.filter((f: Fixture) => f.provider === 'meta' || f.provider === 'google');
const notPortals = portal.fixtures.filter((f: Fixture) => f.provider === null && /facebook|google/.test(f.name));

describe('Firefox: the guide names the provider and the page kind on Meta and Google', () => {
  it.each(metaAndGoogle.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const page = await portal.open(fixture.name);
    try {
      expect(await guideState(page)).toMatchObject({ count: 1, shadowMode: 'open' });
      if (fixture.page === 'confirmation' && fixture.references) {
        const offered = await pollUntil(() => offeredReferences(page), (refs) => fixture.references!.every((r) => refs.includes(r)), 'references offered');
        for (const not of fixture.notReferences ?? []) expect(offered).not.toContain(not);
      }
      for (const step of fixture.steps ?? []) {
        await perform(page, step);
        if (step.expect?.page) await waitForGuide(page, { provider: fixture.provider!, page: step.expect.page });
        const wanted = (step.expect?.fields ?? []).map((f) => f.role);
        if (wanted.length) await pollUntil(() => guideRoles(page), (roles) => wanted.every((r) => roles.includes(r)), `roles ${wanted.join(', ')}`);
      }
    } finally {
      await page.close();
    }
  });
});

describe('Firefox: pages that are not portal pages get no guide', () => {
  it.each(notPortals.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const page = await portal.newTab();
    try {
      await page.goto(fixture.url);
      await new Promise((done) => setTimeout(done, 1200));
      expect((await guideState(page)).count).toBe(0);
    } finally {
      await page.close();
    }
  });
});

const EMERGENCY_RULES = ['emergency/harm', 'emergency/imminence', 'emergency/timeframe', 'emergency/nexus', 'emergency/person-at-risk'];
const GOOD_NARRATIVE =
  'At 21:40 UTC on 22 Nov 2026 the account holder posted a live video saying he will kill his ex-partner J.D. (34) tonight and showed a handgun. ' +
  'She is at her flat now and he is on his way. We need the subscriber details and the recent IP addresses of the account to locate him before he reaches her.';

describe('Firefox: the checks, live', () => {
  it('emergency wording: all five findings on a thin narrative, none on a complete one', async () => {
    const page = await portal.open('tiktok-emergency');
    await typeInto(page, '#tt-3', 'URGENT!!! Please expedite, we need all data ASAP.');
    await waitForFindings(page, (fs) => EMERGENCY_RULES.every((r) => has(r)(fs)), 'all five emergency findings');
    await typeInto(page, '#tt-3', GOOD_NARRATIVE);
    await waitForFindings(page, (fs) => EMERGENCY_RULES.every((r) => lacks(r)(fs)), 'emergency findings cleared');
    await page.close();
  });

  it('user notification: a warning until a non-disclosure option is ticked (Meta)', async () => {
    const page = await portal.open('meta-preservation-react');
    await waitForFindings(page, has('notification/provider-notifies', 'warning'), 'notification warning');
    await page.click("[id=':rd:']");
    await waitForFindings(page, lacks('notification/provider-notifies', 'warning'), 'warning gone once NDO ticked');
    await page.click("[id=':rd:']");
    await waitForFindings(page, has('notification/provider-notifies', 'warning'), 'warning back');
    await page.close();
  });

  it('NCMEC report ids: an error on anything but numbers, cleared by numbers (Google)', async () => {
    const page = await portal.open('google-emergency-fieldsets');
    await typeInto(page, 'input[name=fld_14]', 'CT-77 see attached');
    await waitForFindings(page, has('ncmec/report-id-format', 'error'), 'format error');
    await typeInto(page, 'input[name=fld_14]', '123456789; 987654321');
    await waitForFindings(page, lacks('ncmec/report-id-format'), 'format error cleared');
    await page.close();
  });
});

describe('Firefox: the options page, opened from the guide', () => {
  // Last in this file: it sets the country, after which the guide no longer offers the way to the options.
  it('a check turned off disappears from the guide, live; the country chosen brings its legal routes', async () => {
    const page = await portal.open('tiktok-emergency');
    await typeInto(page, '#tt-3', 'help');
    await waitForFindings(page, has('emergency/harm'), 'harm finding');
    await clickWhenThere(page, 'quickfreeze-guide >>> [data-routes="country-unset"] [data-action="open-options"]');
    const options = await waitForExtensionTab(portal.browser, 'options.html');
    const harmToggle = '[data-rule-toggle="emergency/harm"]';
    await options.waitForSelector(harmToggle);
    await options.click(harmToggle);
    await waitForFindings(page, (fs) => lacks('emergency/harm')(fs) && has('emergency/timeframe')(fs), 'harm turned off');
    await options.click(harmToggle);
    await waitForFindings(page, has('emergency/harm'), 'harm back on');
    await options.select('select[name="country"]', 'DE');
    await page.bringToFront(); // back to the portal, as the investigator goes
    const routesFor = () => page.evaluate(() => document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector('[data-routes]')?.getAttribute('data-routes') ?? null);
    await pollUntil(routesFor, (country) => country === 'DE', 'the guide showing the routes from Germany', 10_000);
    await Promise.all([options.close(), page.close()]);
  });
});
