import { describe, expect, it } from 'vitest';
import { HELD_OUT_FIXTURE_DIR, loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { fixturePages, usePortalBrowser } from './support/portal-browser';
import { assertOneAddressEach, chromiumSummary, measureInChromium } from './support/portal-set';

/**
 * The held-out portal set in Chromium (tests/fixtures/portals-held-out/README.md): never tuned on, so only its
 * aggregate figures are printed, never a miss. The floors are a regression alarm at the figures measured.
 */
const heldOut = loadFixtures(HELD_OUT_FIXTURE_DIR);
assertOneAddressEach(heldOut);
const portal = usePortalBrowser({ pages: fixturePages(heldOut) });

describe('held-out portal set in Chromium (never tuned on)', () => {
  it('keeps its page kinds, references and non-references at the figures measured', async () => {
    const { tally } = await measureInChromium(portal, heldOut);
    console.log(chromiumSummary('held-out portals', tally));
    // Measured on 36856ab: page kind 22/22, references 5/5, non-references left out 43/43, no guide off the portals
    // 2/2, no control under the guide.
    expect(tally.kinds).toBe(tally.kindsOf);
    expect(tally.refs).toBe(tally.refsOf);
    expect(tally.notTaken).toBe(tally.notOf);
    expect(tally.noGuide).toBe(tally.noGuideOf);
    expect(tally.covered).toBe(0);
  });

  it('made no network request', () => {
    expect(portal.browser.unexpectedRequests).toEqual([]);
  });
});
