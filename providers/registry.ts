import type { Provider, PortalLocation } from './schema';
import meta from './meta';
import google from './google';
import snap from './snap';
import x from './x';
import zoom from './zoom';
import microsoft from './microsoft';
import apple from './apple';
import uber from './uber';
import airbnb from './airbnb';
import amazon from './amazon';
import yahoo from './yahoo';
import tiktok from './tiktok';
import discord from './discord';
import pinterest from './pinterest';
import reddit from './reddit';
import roblox from './roblox';
import coinbase from './coinbase';
import binance from './binance';
import linkedin from './linkedin';
import kik from './kik';
import kodex from './kodex';

/** Every provider QuickFreeze knows. `kodex` comes last: it catches Kodex tenants no other provider claims. */
export const providers: readonly Provider[] = [
  meta,
  google,
  snap,
  x,
  zoom,
  microsoft,
  apple,
  uber,
  airbnb,
  amazon,
  yahoo,
  tiktok,
  discord,
  pinterest,
  reddit,
  roblox,
  coinbase,
  binance,
  linkedin,
  kik,
  kodex,
] as Provider[];

const byId = new Map(providers.map((p) => [p.id, p]));

export function providerById(id: string): Provider | undefined {
  return byId.get(id);
}

function parseUrl(url: string | URL): URL | null {
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

/** The refined-github-style predicate: is this URL on the provider's portal? */
export function isProviderPortal(provider: Provider, url: string | URL): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && provider.portal.value.some((loc) => locationCovers(loc, parsed));
}

/**
 * The provider whose portal serves this URL, or null. Tenant-specific locations win over the generic
 * Kodex entry, so the registry order only matters for `kodex` being last.
 */
export function providerForUrl(url: string | URL): Provider | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  return providers.find((p) => isProviderPortal(p, parsed)) ?? null;
}
