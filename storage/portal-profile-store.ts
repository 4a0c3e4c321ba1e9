import { browser } from 'wxt/browser';
import { addedPortalsSchema, type AddedPortal } from './added-portals';
import { ADDED_PORTALS_KEY, loadAddedPortals } from './added-portals-store';
import { exportProfile, mergeProfile, type ReadProfile } from './portal-profile';
import { withPortalKnowledgeWrites } from './portal-knowledge-writes';
import { loadTaughtStore, TAUGHT_KEY, taughtStoreSchema } from './taught';

/** The profile file's text for what is stored now (options page: "Export portal profile"). */
export async function currentProfileText(now = new Date()): Promise<string> {
  return exportProfile(await loadTaughtStore(), await loadAddedPortals(), now);
}

/**
 * Write what a profile's import accepted, merged into what is stored, in one `set` of both keys: the import
 * lands whole or not at all. It reads and writes holding the one lock of both keys, so a teach, an added or a
 * removed portal made meanwhile is merged, not overwritten. The caller has already been granted the added
 * portals' host permissions.
 */
export function importProfile(accepted: ReadProfile): Promise<{ taught: number; addedPortals: AddedPortal[] }> {
  return withPortalKnowledgeWrites(async () => {
    const merged = mergeProfile(await loadTaughtStore(), await loadAddedPortals(), accepted);
    const taught = taughtStoreSchema.parse(merged.taught);
    const addedPortals = addedPortalsSchema.parse(merged.addedPortals);
    await browser.storage.local.set({ [TAUGHT_KEY]: taught, [ADDED_PORTALS_KEY]: addedPortals });
    return { taught: accepted.taught.length, addedPortals: accepted.addedPortals };
  });
}
