import { browser } from 'wxt/browser';
import { addedPortalsSchema, type AddedPortal } from './added-portals';

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
