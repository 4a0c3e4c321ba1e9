import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Fixture, FixtureStep } from '../../scripts/lib/fixtures.mjs';
import { controlsUnderGuide, guideState, offeredReferences, waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

const portal = usePortalBrowser();
const { fixtures } = portal;

async function perform(page: Page, step: FixtureStep): Promise<void> {
  switch (step.do) {
    case 'click':
      await page.click(step.selector!);
      break;
    case 'select':
      await page.selectOption(step.selector!, step.value!);
      break;
    case 'fill':
      await page.fill(step.selector!, step.value ?? '');
      break;
    case 'check':
      await page.check(step.selector!);
      break;
    case 'back':
      await page.goBack();
      break;
  }
}

async function guideRoles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelectorAll('[data-field-role]') ?? []).map(
      (el) => el.getAttribute('data-field-role') ?? '',
    ),
  );
}

const portalFixtures = fixtures.filter((f: Fixture) => f.provider !== null);
const otherFixtures = fixtures.filter((f: Fixture) => f.provider === null);

describe('portal pages: the guide names the provider and the page kind', () => {
  it.each(portalFixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const page = await portal.browser.context.newPage();
    try {
      await page.goto(fixture.url);
      await waitForGuide(page, { provider: fixture.provider!, page: fixture.page! });
      const state = await guideState(page);
      expect(state.count).toBe(1);
      expect(state.shadowMode).toBe('open');
      expect(await controlsUnderGuide(page)).toEqual([]);
      if (fixture.page === 'confirmation' && fixture.references) {
        // Contract section 5: each reference offered with a save button; no phone, date or own number among them.
        await expect.poll(() => offeredReferences(page), { timeout: 3000 }).toEqual(expect.arrayContaining(fixture.references));
        const offered = await offeredReferences(page);
        for (const not of fixture.notReferences ?? []) expect(offered).not.toContain(not);
        expect(await page.locator('quickfreeze-guide [data-reference] [data-action="save-reference"]').count()).toBe(offered.length);
      }
      for (const step of fixture.steps ?? []) {
        await perform(page, step);
        if (step.expect?.page) await waitForGuide(page, { provider: fixture.provider!, page: step.expect.page });
        const wanted = (step.expect?.fields ?? []).map((f) => f.role).sort();
        if (wanted.length) {
          // The guide lists the roles it found; every field the step brought in must be among them.
          await expect.poll(() => guideRoles(page), { timeout: 3000 }).toEqual(expect.arrayContaining(wanted));
        }
      }
    } finally {
      await page.close();
    }
  });
});

describe('pages that are not portal pages get no guide', () => {
  it.each(otherFixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const page = await portal.browser.context.newPage();
    try {
      await page.goto(fixture.url);
      await page.waitForTimeout(1200);
      expect((await guideState(page)).count).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('privacy', () => {
  it('the extension made no network request while all pages above ran', () => {
    expect(portal.browser.unexpectedRequests).toEqual([]);
  });
});
