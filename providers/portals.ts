import { PORTAL_INDEX } from './portal-index.generated';
import { entryForUrl } from './portal-match';
import type { PageKind } from './page-kinds';
import type { PortalLocation } from './schema';

/** A provider as the in-page guide knows it: enough to tell its portal pages, nothing of its facts. */
export interface PortalEntry {
  id: string;
  name: string;
  locations: PortalLocation[];
  urlPageKinds: Array<{ pattern: string; kind: PageKind }>;
}

/** The portal this URL is on, from the slim index the guide bundles (same answer as `providerForUrl`). */
export function portalForUrl(url: string | URL): PortalEntry | null {
  return entryForUrl(PORTAL_INDEX, (entry) => entry.locations, url);
}

/**
 * The portal of this URL among the bundled index and the portals the investigator added: a named provider's portal
 * wins, then an added portal, then the generic Kodex entry (an added Kodex tenant is more precise than it).
 */
export function portalForUrlWith(url: string | URL, added: readonly PortalEntry[]): PortalEntry | null {
  const known = portalForUrl(url);
  if (known && known.id !== 'kodex') return known;
  return entryForUrl(added, (entry) => entry.locations, url) ?? known;
}
