import { browser } from 'wxt/browser';
import { addedPortalsSchema, originPattern, portalAddress, type AddedPortal } from './added-portals';
import { withPortalKnowledgeWrites } from './portal-knowledge-writes';

/**
 * The added portals in the extension's `storage.local` (never the page's), under one key: every write is the whole
 * validated list in one `set`, so a reader sees the list before or after a change, never half of one, and holds
 * the lock it shares with what is taught (a portal profile's import writes both).
 */
export const ADDED_PORTALS_KEY = 'addedPortals';

/** The stored list, or an empty one where what is stored is missing or malformed (never a partly valid list). */
export function parseAddedPortals(raw: unknown): AddedPortal[] {
  const parsed = addedPortalsSchema.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

export async function loadAddedPortals(): Promise<AddedPortal[]> {
  const stored = await browser.storage.local.get(ADDED_PORTALS_KEY);
  return parseAddedPortals(stored[ADDED_PORTALS_KEY]);
}

async function write(portals: readonly AddedPortal[]): Promise<AddedPortal[]> {
  const valid = addedPortalsSchema.parse(portals);
  await browser.storage.local.set({ [ADDED_PORTALS_KEY]: valid });
  return valid;
}

/** Validate, then write the whole list in one call: a bad list never reaches storage. */
export async function saveAddedPortals(portals: readonly AddedPortal[]): Promise<void> {
  await withPortalKnowledgeWrites(() => write(portals));
}

export type PortalsChange = { ok: true; value: AddedPortal[] } | { ok: false; error: string };

/**
 * Read the stored list, change it and write it back between no other writes of it (nor of what is taught): an add
 * made while a portal profile is imported keeps both. `change` answers the new list, or why nothing is written.
 */
export function changeAddedPortals(change: (current: AddedPortal[]) => PortalsChange): Promise<PortalsChange> {
  return withPortalKnowledgeWrites(async () => {
    const changed = change(await loadAddedPortals());
    return changed.ok ? { ok: true, value: await write(changed.value) } : changed;
  });
}

/**
 * Remove the portal at this address and give back the host permissions no remaining portal needs, in the same
 * turn of the lock: an import that adds a portal of that origin meanwhile keeps its permission. Answers the rest.
 */
export function removeAddedPortal(address: string): Promise<AddedPortal[]> {
  return withPortalKnowledgeWrites(async () => {
    const current = await loadAddedPortals();
    const remaining = await write(current.filter((p) => portalAddress(p) !== address));
    await releasePortalOrigins(current.filter((p) => portalAddress(p) === address), remaining);
    return remaining;
  });
}

export function onAddedPortalsChanged(callback: (portals: AddedPortal[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[ADDED_PORTALS_KEY]) callback(parseAddedPortals(changes[ADDED_PORTALS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Ask for the host permissions of these portals in one browser prompt. Call it straight from the investigator's
 * click (before any other await): browsers grant a permission request only within a user gesture.
 */
export function requestPortalOrigins(portals: readonly AddedPortal[]): Promise<boolean> {
  const origins = [...new Set(portals.map(originPattern))];
  return origins.length ? browser.permissions.request({ origins }) : Promise.resolve(true);
}

/** Give back the host permissions no remaining added portal needs (a registry host's permission is not ours to drop). */
export async function releasePortalOrigins(removed: readonly AddedPortal[], remaining: readonly AddedPortal[]): Promise<void> {
  const kept = new Set(remaining.map(originPattern));
  // Manifest V2 (the Firefox build) lists the registry's hosts among `permissions`; V3 under `host_permissions`.
  const manifest = browser.runtime.getManifest();
  const required = new Set([...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])]);
  const origins = [...new Set(removed.map(originPattern))].filter((o) => !kept.has(o) && !required.has(o));
  if (origins.length) await browser.permissions.remove({ origins });
}
