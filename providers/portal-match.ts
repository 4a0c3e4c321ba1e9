import type { PortalLocation } from './schema';

/**
 * Which portal serves a URL, over any list of entries with portal locations: the provider registry (background,
 * extension pages) and the slim portal index the in-page guide bundles (`portal-index.generated.ts`).
 */
export function parseUrl(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
}

/** The first path segment, lower-cased: Kodex's tenant slug (`/discord/signin` -> `discord`). */
export function firstPathSegment(pathname: string): string {
  return (pathname.split('/')[1] ?? '').toLowerCase();
}

function pathHasPrefix(pathname: string, prefix: string): boolean {
  const path = pathname.toLowerCase();
  const p = prefix.toLowerCase().replace(/\/$/, '');
  return path === p || path.startsWith(`${p}/`);
}

/** Does this location cover the URL? Path prefixes match whole segments only (`/records`, not `/recordsmusic`). */
export function locationCovers(location: PortalLocation, url: URL): boolean {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== location.host) return false;
  if (location.pathPrefix && !pathHasPrefix(url.pathname, location.pathPrefix)) return false;
  if (location.kodexTenants && !location.kodexTenants.includes(firstPathSegment(url.pathname))) return false;
  return true;
}

/** More specific locations (a path prefix, Kodex tenants) win over a whole host. */
function specificity(location: PortalLocation): number {
  return location.kodexTenants || location.pathPrefix ? 1 : 0;
}

/**
 * The entry whose portal serves this URL, or null. A Kodex tenant claimed by a provider belongs to that provider;
 * the rest of a Kodex host belongs to the generic `kodex` entry.
 */
export function entryForUrl<T>(entries: readonly T[], locationsOf: (entry: T) => readonly PortalLocation[], url: string | URL): T | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  let best: { entry: T; rank: number } | null = null;
  for (const entry of entries) {
    for (const location of locationsOf(entry)) {
      if (!locationCovers(location, parsed)) continue;
      const rank = specificity(location);
      if (!best || rank > best.rank) best = { entry, rank };
    }
  }
  return best?.entry ?? null;
}
