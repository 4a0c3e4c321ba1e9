import { browser } from 'wxt/browser';
import { addedPortalsSchema, originPattern, type AddedPortal } from './added-portals';

/**
 * The added portals in the extension's `storage.local` (never the page's), under one key: every write is the whole
 * validated list in one `set`, so a reader sees the list before or after a change, never half of one.
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

/** Validate, then write the whole list in one call: a bad list never reaches storage. */
export async function saveAddedPortals(portals: readonly AddedPortal[]): Promise<void> {
  const valid = addedPortalsSchema.parse(portals);
  await browser.storage.local.set({ [ADDED_PORTALS_KEY]: valid });
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
  const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const origins = [...new Set(removed.map(originPattern))].filter((o) => !kept.has(o) && !required.has(o));
  if (origins.length) await browser.permissions.remove({ origins });
}
