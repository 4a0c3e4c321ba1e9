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
import okx from './okx';
import whatsapp from './whatsapp';
import telegram from './telegram';
import dropbox from './dropbox';
import lyft from './lyft';
import cloudflare from './cloudflare';
import github from './github';
import twitch from './twitch';
import signal from './signal';
import yubo from './yubo';
import slack from './slack';
import tumblr from './tumblr';
import kodex from './kodex';

/** Every provider QuickFreeze knows. */
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
  okx,
  whatsapp,
  telegram,
  dropbox,
  lyft,
  cloudflare,
  github,
  twitch,
  signal,
  yubo,
  slack,
  tumblr,
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

/** More specific locations (a path prefix, Kodex tenants) win over a whole host. */
function specificity(location: PortalLocation): number {
  return location.kodexTenants || location.pathPrefix ? 1 : 0;
}

/**
 * The provider whose portal serves this URL, or null. A Kodex tenant claimed by a provider file belongs to that
 * provider; the rest of a Kodex host belongs to the generic `kodex` entry.
 */
export function providerForUrl(url: string | URL): Provider | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  let best: { provider: Provider; rank: number } | null = null;
  for (const provider of providers) {
    for (const location of provider.portal.value) {
      if (!locationCovers(location, parsed)) continue;
      const rank = specificity(location);
      if (!best || rank > best.rank) best = { provider, rank };
    }
  }
  return best?.provider ?? null;
}

/** The refined-github-style predicate: is this URL on this provider's portal? */
export function isProviderPortal(provider: Provider, url: string | URL): boolean {
  return providerForUrl(url)?.id === provider.id;
}
