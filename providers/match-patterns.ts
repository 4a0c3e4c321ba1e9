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
