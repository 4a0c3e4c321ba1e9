import { loadFixtures } from '../../scripts/lib/fixtures.mjs';
import { providerForUrl } from '../../providers/registry';
import { recognizePage } from '../../recognition/recognize';
import { loadFixturePage, queryFixture } from './fixture-dom';

export interface PortalSetTally {
  pages: number;
  provider: number;
  kinds: { right: number; of: number };
  roles: { right: number; of: number };
  none: { right: number; of: number };
}

/** A set of portal pages measured as a whole in happy-dom: provider, page kind, field roles, fields with no role. */
export function measurePortalSet(dir: string): { tally: PortalSetTally; misses: string[] } {
  const tally: PortalSetTally = { pages: 0, provider: 0, kinds: { right: 0, of: 0 }, roles: { right: 0, of: 0 }, none: { right: 0, of: 0 } };
  const misses: string[] = [];
  for (const fixture of loadFixtures(dir)) {
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
  return { tally, misses };
}

export const share = ({ right, of }: { right: number; of: number }): number => right / Math.max(1, of);

export function summary(name: string, t: PortalSetTally): string {
  return `${name}: ${t.pages} pages; provider ${t.provider}/${t.pages}; page kind ${t.kinds.right}/${t.kinds.of}; roles ${t.roles.right}/${t.roles.of}; no role kept ${t.none.right}/${t.none.of}`;
}
