import type { PortalLocation, Provider } from './schema';
import { providers } from './registry';

/**
 * WebExtension match patterns for the portal locations: the host, narrowed to the path prefix where the
 * portal shares its host with the provider's public site (facebook.com/records). Kodex tenants share
 * one host and unknown tenants are still portals, so a Kodex host is matched whole.
 */
export function locationMatchPatterns(location: PortalLocation): string[] {
  const origin = `https://${location.host}`;
  if (!location.pathPrefix) return [`${origin}/*`];
  const prefix = location.pathPrefix.replace(/\/$/, '');
  return [`${origin}${prefix}`, `${origin}${prefix}/*`, `${origin}${prefix}?*`];
}

export function portalMatchPatterns(list: readonly Provider[] = providers): string[] {
  const patterns = list.flatMap((p) => p.portal.value.flatMap(locationMatchPatterns));
  return [...new Set(patterns)].sort();
}

/** A location's own patterns, a Kodex tenant's path included: where exactly one provider's guide shows. */
function narrowPatterns(location: PortalLocation): string[] {
  if (!location.kodexTenants) return locationMatchPatterns(location);
  return location.kodexTenants.flatMap((tenant) => locationMatchPatterns({ host: location.host, pathPrefix: `/${tenant}` }));
}

const isNarrow = (location: PortalLocation): boolean => !!(location.pathPrefix || location.kodexTenants);

/**
 * Where the guide will show, for the style that reserves its width before the page's first layout: the portals of
 * the providers the investigator did not turn off, minus a turned-off provider's tenant or path on a host that stays.
 */
export function guideSpacePatterns(list: readonly Provider[], disabled: readonly string[]): { matches: string[]; excludeMatches: string[] } {
  const off = new Set(disabled);
  const unique = (patterns: string[]) => [...new Set(patterns)].sort();
  return {
    matches: unique(list.filter((p) => !off.has(p.id)).flatMap((p) => p.portal.value.flatMap(narrowPatterns))),
    excludeMatches: unique(list.filter((p) => off.has(p.id)).flatMap((p) => p.portal.value.filter(isNarrow).flatMap(narrowPatterns))),
  };
}
