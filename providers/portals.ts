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
