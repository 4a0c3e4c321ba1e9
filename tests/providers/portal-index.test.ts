import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORTAL_INDEX } from '../../providers/portal-index.generated';
import { portalForUrl } from '../../providers/portals';
import { providerForUrl, providers } from '../../providers/registry';

const FILE = 'providers/portal-index.generated.ts';

/**
 * The in-page guide bundles only what it needs to know which portal it is on (ids, names, portal locations, URL
 * page kinds), not the providers' facts and sources: those stay in the background. A provider with no portal location
 * and no page kind of a URL is no portal the guide can be on, and is left out. This file is generated from
 * `providers/` by `UPDATE_GENERATED=1 npx vitest run tests/providers/portal-index.test.ts`; the test keeps it in step.
 */
const onPortal = (p: (typeof providers)[number]) => p.portal.value.length > 0 || (p.urlPageKinds?.length ?? 0) > 0;

function render(): string {
  const entries = providers.filter(onPortal).map((p) => ({ id: p.id, name: p.name, locations: p.portal.value.map((l) => ({ ...l })), urlPageKinds: p.urlPageKinds ?? [] }));
  return [
    '// Generated from providers/ by `UPDATE_GENERATED=1 npx vitest run tests/providers/portal-index.test.ts`: do not edit.',
    '// What the in-page guide needs to know which portal a page is on; the facts stay in the background.',
    "import type { PortalEntry } from './portals';",
    '',
    `export const PORTAL_INDEX: readonly PortalEntry[] = ${JSON.stringify(entries, null, 2)};`,
    '',
  ].join('\n');
}

describe('the portal index of the in-page guide', () => {
  it('is generated from the provider registry', () => {
    const expected = render();
    if (process.env.UPDATE_GENERATED) writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });

  it('finds the same provider as the registry for every example URL, and none beside the portals', () => {
    for (const provider of providers) {
      for (const url of provider.exampleUrls ?? []) expect(portalForUrl(url)?.id, url).toBe(providerForUrl(url)?.id);
    }
    for (const url of ['https://www.facebook.com/recordsmusic', 'https://www.binance.com/en/trade', 'https://example.org/']) expect(portalForUrl(url)).toBeNull();
    expect(PORTAL_INDEX.map((e) => e.id)).toEqual(providers.filter(onPortal).map((p) => p.id));
  });
});
