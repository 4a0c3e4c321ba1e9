import * as z from 'zod/mini';
import { locationMatchPatterns } from '../providers/match-patterns';
import { locationCovers, parseUrl } from '../providers/portal-match';
import type { PortalEntry } from '../providers/portals';
import { providerById, providerForUrl, providers } from '../providers/registry';

/**
 * Portals the investigator added (issue 10): a provider QuickFreeze knows under a second address (a new Kodex
 * tenant, another portal of the same provider) or a provider it does not know at all. Pure: the schema, the
 * validation of what the investigator typed, and the lookups; `added-portals-store.ts` keeps them.
 */

/** The generic Kodex entry: an added Kodex tenant takes precedence over it, never over a named provider. */
export const GENERIC_KODEX = 'kodex';
export const CUSTOM_PREFIX = 'custom-';
export const NOTIFICATION_POLICIES = ['notifies', 'notifies-unless-order', 'does-not-notify'] as const;
export type NotificationPolicy = (typeof NOTIFICATION_POLICIES)[number];

const HOST = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const PATH_PREFIX = /^(\/[A-Za-z0-9._~-]+){1,6}$/;

export const addedPortalSchema = z.object({
  providerId: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,59}$/)),
  providerName: z.string().check(z.minLength(1), z.maxLength(80)),
  host: z.string().check(z.regex(HOST)),
  pathPrefix: z.optional(z.string().check(z.regex(PATH_PREFIX))),
  /** What the investigator knows of the provider's policy: shown as "entered by you", never as official. */
  entered: z.object({
    preservationDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(3650))),
    notification: z.optional(z.enum(NOTIFICATION_POLICIES)),
  }),
  addedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type AddedPortal = z.infer<typeof addedPortalSchema>;

export const addedPortalsSchema = z.array(addedPortalSchema).check(z.maxLength(200));

/** What the options form collects. `provider` is a known provider id, or '' for a new provider named `name`. */
export interface AddedPortalInput {
  provider: string;
  name: string;
  address: string;
  preservationDays?: string;
  notification?: NotificationPolicy | '';
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** `custom-` and the name in lower-case letters, digits and dashes: the same name always gives the same id. */
export function customProviderId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${CUSTOM_PREFIX}${slug || 'portal'}`;
}

/** Hosts of the registry's portals, each with its owner: the generic Kodex entry for a host of Kodex tenants. */
function knownPortalHosts(): Map<string, string> {
  const hosts = new Map<string, string>();
  for (const provider of providers) {
    for (const location of provider.portal.value) if (!hosts.has(location.host) || provider.id === GENERIC_KODEX) hosts.set(location.host, provider.id);
  }
  return hosts;
}

/**
 * An address as the investigator types it ("https://lers.example.com/requests") -> host and path prefix. Only
 * https, a plain DNS host (no wildcard, no port, no credentials, no IP address), an optional path of plain segments.
 */
export function parsePortalAddress(address: string): Checked<{ host: string; pathPrefix?: string }> {
  const text = address.trim();
  if (text.includes('*')) return { ok: false, error: 'No wildcards: give the portal’s exact address.' };
  if (!/^https:\/\//i.test(text)) return { ok: false, error: 'The address must start with https:// (QuickFreeze runs on secure pages only).' };
  const url = parseUrl(text);
  if (!url) return { ok: false, error: 'This is not a web address.' };
  if (url.username || url.password) return { ok: false, error: 'The address must not hold a user name or password.' };
  if (url.port) return { ok: false, error: 'The address must not name a port.' };
  if (url.search || url.hash) return { ok: false, error: 'Give the portal’s address without ? or # parts.' };
  const host = url.hostname.toLowerCase();
  if (!HOST.test(host)) return { ok: false, error: 'The host must be a domain name such as lers.example.com.' };
  const path = url.pathname.replace(/\/+$/, '');
  if (path && !PATH_PREFIX.test(path)) return { ok: false, error: 'The path may hold only letters, digits and . _ ~ - between slashes (at most 6 parts).' };
  return { ok: true, value: path ? { host, pathPrefix: path } : { host } };
}

function portalUrl(portal: Pick<AddedPortal, 'host' | 'pathPrefix'>): string {
  return `https://${portal.host}${portal.pathPrefix ?? '/'}`;
}

function samePlace(a: Pick<AddedPortal, 'host' | 'pathPrefix'>, b: Pick<AddedPortal, 'host' | 'pathPrefix'>): boolean {
  return a.host === b.host && (a.pathPrefix ?? '').toLowerCase() === (b.pathPrefix ?? '').toLowerCase();
}

/** Why this portal may not be added next to the registry and the portals already added, or null. */
export function conflictOf(portal: AddedPortal, existing: readonly AddedPortal[]): string | null {
  const covering = providerForUrl(portalUrl(portal));
  if (covering && covering.id !== GENERIC_KODEX) return `${portalUrl(portal)} is already a portal QuickFreeze knows (${covering.name}).`;
  const knownOwner = knownPortalHosts().get(portal.host);
  if (knownOwner && knownOwner !== GENERIC_KODEX) return `${portal.host} is already a portal QuickFreeze knows (${providerById(knownOwner)?.name ?? knownOwner}).`;
  if (knownOwner === GENERIC_KODEX && !portal.pathPrefix) return `${portal.host} hosts many Kodex portals: give the tenant’s path, e.g. https://${portal.host}/tenant.`;
  const known = providerById(portal.providerId);
  if (!known && !portal.providerId.startsWith(CUSTOM_PREFIX)) return `Unknown provider ${portal.providerId}.`;
  if (known && known.name !== portal.providerName) return `${portal.providerId} is ${known.name}.`;
  if (existing.some((other) => samePlace(other, portal))) return `${portalUrl(portal)} is already added.`;
  return null;
}

/** Validate what the options form collected into a portal to add (permission not asked yet). */
export function addedPortalFromInput(input: AddedPortalInput, existing: readonly AddedPortal[], today: string): Checked<AddedPortal> {
  const address = parsePortalAddress(input.address);
  if (!address.ok) return address;
  const known = input.provider ? providerById(input.provider) : undefined;
  if (input.provider && !known) return { ok: false, error: `Unknown provider ${input.provider}.` };
  const name = known ? known.name : input.name.trim();
  if (!name) return { ok: false, error: 'Give the provider’s name, or choose a provider QuickFreeze knows.' };
  const days = input.preservationDays?.trim();
  if (days && !/^\d{1,4}$/.test(days)) return { ok: false, error: 'The preservation period is a number of days.' };
  const entered: AddedPortal['entered'] = {};
  if (days) entered.preservationDays = Number(days);
  if (input.notification) entered.notification = input.notification;
  const candidate = { providerId: known ? known.id : customProviderId(name), providerName: name, ...address.value, entered, addedOn: today };
  const parsed = addedPortalSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, error: 'Check the name (at most 80 characters) and the preservation period (1 to 3650 days).' };
  const conflict = conflictOf(parsed.data, existing);
  return conflict ? { ok: false, error: conflict } : { ok: true, value: parsed.data };
}

/** The host permission the portal needs: its whole origin (browsers ignore a host permission's path). */
export function originPattern(portal: Pick<AddedPortal, 'host'>): string {
  return `https://${portal.host}/*`;
}

/** Where the guide's content script is registered for this portal (narrowed to the path prefix). */
export function guideMatchPatterns(portal: AddedPortal): string[] {
  return locationMatchPatterns({ host: portal.host, pathPrefix: portal.pathPrefix });
}

/** The added portal serving this URL, the one with the longer path prefix first. */
export function addedPortalForUrl(portals: readonly AddedPortal[], url: string | URL): AddedPortal | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const covering = portals.filter((p) => locationCovers({ host: p.host, pathPrefix: p.pathPrefix }, parsed));
  return covering.sort((a, b) => (b.pathPrefix?.length ?? 0) - (a.pathPrefix?.length ?? 0))[0] ?? null;
}

/** The added portal as the in-page guide knows a portal; URL page kinds of the known provider and of Kodex apply. */
export function portalEntryOf(portal: AddedPortal): PortalEntry {
  const known = providerById(portal.providerId);
  const onKodex = knownPortalHosts().get(portal.host) === GENERIC_KODEX;
  const urlPageKinds = [...(known?.urlPageKinds ?? []), ...((onKodex && providerById(GENERIC_KODEX)?.urlPageKinds) || [])];
  return {
    id: portal.providerId,
    name: portal.providerName,
    locations: [{ host: portal.host, ...(portal.pathPrefix ? { pathPrefix: portal.pathPrefix } : {}) }],
    urlPageKinds,
  };
}

/** The same address written back, for lists and messages. */
export function portalAddress(portal: Pick<AddedPortal, 'host' | 'pathPrefix'>): string {
  return portalUrl(portal);
}
