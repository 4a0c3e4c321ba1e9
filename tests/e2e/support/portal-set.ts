import type { Page } from 'playwright-core';
import type { Fixture } from '../../../scripts/lib/fixtures.mjs';
import { controlsUnderGuide, guideState, offeredReferences } from './guide';
import type { PortalBrowser } from './portal-browser';

export interface ChromiumTally {
  kinds: number;
  kindsOf: number;
  refs: number;
  refsOf: number;
  notTaken: number;
  notOf: number;
  noGuide: number;
  noGuideOf: number;
  covered: number;
}

/** One page per address: two pages at one URL would be served as one. */
export function assertOneAddressEach(fixtures: readonly Fixture[]): void {
  const addresses = fixtures.map((f) => f.url.split('#')[0]);
  if (new Set(addresses).size !== addresses.length) throw new Error('two portal pages of the set share an address');
}

/** The guide's provider and page kind once they settle on the expected ones, or whatever they are after 3 s. */
async function settledState(page: Page, provider: string | null, kind: string | null) {
  await page
    .waitForFunction(
      ({ provider, kind }) => {
        const guide = document.querySelector('quickfreeze-guide') as HTMLElement | null;
        return provider === null ? false : guide?.dataset.provider === provider && guide.dataset.page === kind;
      },
      { provider, kind },
      { timeout: provider === null ? 1200 : 3000 },
    )
    .catch(() => undefined);
  return guideState(page);
}

/**
 * A set of portal pages in Chromium, measured as a whole: the page kind each gets, the references offered on
 * confirmation pages and the numbers that are not references, no guide off the portals, controls under the guide.
 */
export async function measureInChromium(portal: PortalBrowser, fixtures: readonly Fixture[]): Promise<{ tally: ChromiumTally; misses: string[] }> {
  const tally: ChromiumTally = { kinds: 0, kindsOf: 0, refs: 0, refsOf: 0, notTaken: 0, notOf: 0, noGuide: 0, noGuideOf: 0, covered: 0 };
  const misses: string[] = [];
  for (const fixture of fixtures) {
    const page = await portal.browser.context.newPage();
    try {
      await page.goto(fixture.url);
      const state = await settledState(page, fixture.provider, fixture.page);
      if (fixture.provider === null) {
        tally.noGuideOf++;
        if (state.count === 0) tally.noGuide++;
        else misses.push(`${fixture.name}: a guide on a page that is no portal page`);
        continue;
      }
      tally.kindsOf++;
      if (state.provider === fixture.provider && state.page === fixture.page) tally.kinds++;
      else misses.push(`${fixture.name}: ${state.provider}/${state.page} (label ${fixture.provider}/${fixture.page})`);
      const under = await controlsUnderGuide(page);
      if (under.length) {
        tally.covered++;
        misses.push(`${fixture.name}: the guide covers ${under.join(', ')}`);
      }
      if (fixture.page !== 'confirmation' || state.page !== 'confirmation') continue;
      await page.waitForFunction(() => document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector('[data-reference]'), null, { timeout: 3000 }).catch(() => undefined);
      const offered = await offeredReferences(page);
      for (const reference of fixture.references ?? []) {
        tally.refsOf++;
        if (offered.includes(reference)) tally.refs++;
        else misses.push(`${fixture.name}: ${reference} not offered (offered ${offered.join(', ')})`);
      }
      for (const not of fixture.notReferences ?? []) {
        tally.notOf++;
        if (!offered.includes(not)) tally.notTaken++;
        else misses.push(`${fixture.name}: ${not} offered, which is no reference of this request`);
      }
    } finally {
      await page.close();
    }
  }
  return { tally, misses };
}

export function chromiumSummary(name: string, t: ChromiumTally): string {
  return (
    `${name} in Chromium: page kind ${t.kinds}/${t.kindsOf}; references offered ${t.refs}/${t.refsOf}; ` +
    `non-references left out ${t.notTaken}/${t.notOf}; no guide off the portals ${t.noGuide}/${t.noGuideOf}; ` +
    `pages whose controls the guide covers ${t.covered}`
  );
}
