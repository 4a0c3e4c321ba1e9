import { browser } from 'wxt/browser';
import { withPortalKnowledgeWrites } from './portal-knowledge-writes';
import {
  EMPTY_TAUGHT,
  TAUGHT_KEY,
  applyTaughtChange,
  taughtPageIn,
  taughtPageSchema,
  taughtStoreSchema,
  type TaughtChange,
  type TaughtPage,
  type TaughtStore,
} from './taught-schema';

export * from './taught-schema';

/**
 * What the investigator taught, in the extension's own `storage.local` (never the portal's origin), as one
 * validated value written in one call. Used by the background (for the guide, whose provider and page come from
 * the sender) and by extension pages (options, portal profiles). The guide never calls these: it asks the
 * background for its own page only.
 */

/** The stored teachings; a malformed page is left out rather than losing every other one. */
export function parseTaughtStore(raw: unknown): TaughtStore {
  const whole = taughtStoreSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const pages = typeof raw === 'object' && raw !== null && Array.isArray((raw as { pages?: unknown }).pages) ? (raw as { pages: unknown[] }).pages : [];
  const valid = pages.flatMap((page) => {
    const parsed = taughtPageSchema.safeParse(page);
    return parsed.success ? [parsed.data] : [];
  });
  return taughtStoreSchema.safeParse({ ...EMPTY_TAUGHT, pages: valid }).data ?? EMPTY_TAUGHT;
}

export async function loadTaughtStore(): Promise<TaughtStore> {
  const stored = await browser.storage.local.get(TAUGHT_KEY);
  return parseTaughtStore(stored[TAUGHT_KEY]);
}

async function write(store: TaughtStore): Promise<void> {
  await browser.storage.local.set({ [TAUGHT_KEY]: taughtStoreSchema.parse(store) });
}

/** What is taught about one page of one provider, or null. */
export async function taughtForPage(providerId: string, pagePattern: string): Promise<TaughtPage | null> {
  return taughtPageIn(await loadTaughtStore(), providerId, pagePattern);
}

/** Make one change to one page's teachings; answers what is taught about that page afterwards. */
export function changeTaughtPage(providerId: string, pagePattern: string, change: TaughtChange, now = new Date()): Promise<TaughtPage | null> {
  return withPortalKnowledgeWrites(async () => {
    const next = applyTaughtChange(await loadTaughtStore(), providerId, pagePattern, change, now);
    await write(next);
    return taughtPageIn(next, providerId, pagePattern);
  });
}

/** Forget everything taught about one page (options: "Remove"). */
export function removeTaughtPage(providerId: string, pagePattern: string): Promise<TaughtPage | null> {
  return changeTaughtPage(providerId, pagePattern, { kind: 'reset' });
}

/** Forget everything taught (options: "Reset all"). */
export function resetAllTaught(): Promise<void> {
  return withPortalKnowledgeWrites(() => write(EMPTY_TAUGHT));
}

/** Replace everything taught with `store` (a portal profile's import), validated whole: nothing is written half. */
export async function replaceAllTaught(store: TaughtStore): Promise<void> {
  const valid = taughtStoreSchema.parse(store);
  await withPortalKnowledgeWrites(() => write(valid));
}

/** Call `callback` with the new store whenever what is taught changes (in any context). */
export function onTaughtChanged(callback: (store: TaughtStore) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[TAUGHT_KEY]) callback(parseTaughtStore(changes[TAUGHT_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
