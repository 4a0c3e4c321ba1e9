import { needsCheckAgain } from './fact-age';
import type { Provider } from './schema';

export interface PortalPlace {
  /** host + path prefix, or host/tenant for a Kodex tenant. */
  address: string;
  confirmed: boolean;
}

/** Where the guide runs for this provider, each place marked confirmed or not (unconfirmed still runs the guide). */
export function portalPlaces(provider: Provider): PortalPlace[] {
  const places = provider.portal.value.flatMap((l) => {
    const confirmed = l.confirmed !== false;
    return l.kodexTenants ? l.kodexTenants.map((t) => ({ address: `${l.host}/${t}`, confirmed })) : [{ address: `${l.host}${l.pathPrefix ?? ''}`, confirmed }];
  });
  const seen = new Set<string>();
  return places.filter((p) => !seen.has(p.address) && seen.add(p.address));
}

/** The words a directory search looks in: names, products, portal places and channel addresses. */
function searchText(provider: Provider): string {
  return [
    provider.id,
    provider.name,
    provider.portalName ?? '',
    ...provider.products,
    ...portalPlaces(provider).map((p) => p.address),
    ...(provider.channels ?? []).map((c) => c.value.address),
  ]
    .join(' ')
    .toLowerCase();
}

/** Providers whose names, products, portals or channels hold every word of the query. */
export function searchProviders(list: readonly Provider[], query: string): Provider[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((p) => {
    const text = searchText(p);
    return words.every((w) => text.includes(w));
  });
}

export { needsCheckAgain };
