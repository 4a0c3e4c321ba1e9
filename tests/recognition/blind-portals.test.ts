import { describe, expect, it } from 'vitest';
import { BLIND_FIXTURE_DIR, loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { providerForUrl } from '../../providers/registry';
import { recognizePage } from '../../recognition/recognize';
import { loadFixturePage, queryFixture } from './fixture-dom';

/**
 * The blind portal set (tests/fixtures/portals-blind/README.md): pages written by someone who never saw the
 * recognition, measured as a whole. Unlike tests/fixtures/portals, where every label must hold, a label here may
 * be missed: the floors keep the figures from falling, and the misses are printed (this set has been tuned on).
 * Page kinds and references are measured in Chromium as well (tests/e2e/blind-portals.e2e.ts): happy-dom lays
 * nothing out, so a few of its answers differ.
 */
describe('blind portal set: provider, page kind and field roles', () => {
  const tally = { pages: 0, provider: 0, kinds: { right: 0, of: 0 }, roles: { right: 0, of: 0 }, none: { right: 0, of: 0 } };
  const misses: string[] = [];
  for (const fixture of loadFixtures(BLIND_FIXTURE_DIR)) {
    tally.pages++;
    const provider = providerForUrl(fixture.url);
    if ((provider?.id ?? null) === fixture.provider) tally.provider++;
    else misses.push(`${fixture.name}: provider ${provider?.id ?? null} (label ${fixture.provider})`);
    if (!provider || !fixture.provider) continue;
    const doc = loadFixturePage(fixture.html, fixture.url);
    const recognition = recognizePage(doc, new URL(fixture.url), provider);
    const roleOf = (selector: string) => {
      const el = queryFixture(doc, selector);
      if (!el) throw new Error(`${fixture.name}: ${selector} matches nothing`);
      return recognition.fields.find((f) => f.element === el)?.role ?? null;
    };
    tally.kinds.of++;
    if (recognition.page === fixture.page) tally.kinds.right++;
    else misses.push(`${fixture.name}: page ${recognition.page} (label ${fixture.page})`);
    for (const field of fixture.fields ?? []) {
      tally.roles.of++;
      const role = roleOf(field.selector);
      if (role === field.role) tally.roles.right++;
      else misses.push(`${fixture.name}: ${field.selector} ${role} (label ${field.role})`);
    }
    for (const selector of fixture.noRole ?? []) {
      tally.none.of++;
      const role = roleOf(selector);
      if (role === null) tally.none.right++;
      else misses.push(`${fixture.name}: ${selector} ${role} (label none)`);
    }
  }
  const share = ({ right, of }: { right: number; of: number }) => right / Math.max(1, of);
  console.log(
    `blind portals: ${tally.pages} pages; provider ${tally.provider}/${tally.pages}; page kind ${tally.kinds.right}/${tally.kinds.of}; ` +
      `roles ${tally.roles.right}/${tally.roles.of}; no role kept ${tally.none.right}/${tally.none.of}\n${misses.join('\n')}`,
  );

  it('holds the 78 pages of the three sets', () => {
    expect(tally.pages).toBe(78);
  });

  // Each set measured blind before it was tuned on (README), then after the mechanisms of
  // tests/recognition/portal-variety.test.ts. All sets now: floors at the figures reached (happy-dom reads four
  // pages' kinds wrong that Chromium reads right).
  it('keeps each figure at or above the figures reached', () => {
    expect(tally.provider).toBe(78);
    expect(share(tally.kinds)).toBeGreaterThanOrEqual(67 / 72);
    expect(share(tally.roles)).toBeGreaterThanOrEqual(221 / 223);
    expect(share(tally.none)).toBe(1);
  });
});
