/**
 * One writer at a time of what the investigator taught and of the portals they added: a portal profile's import
 * writes both keys in one call, so both share this lock, and a teach, an add or a removal made during an import is
 * merged rather than overwritten. Web Locks are shared by every context of the extension's origin (the options page
 * imports while the background teaches); where they are missing, the queue below still orders the writes of one
 * context. Not reentrant: a task must not call another writer of these keys.
 */
const PORTAL_KNOWLEDGE_LOCK = 'quickfreeze-taught-and-added-portals';

async function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return task();
  let result: T | undefined;
  await locks.request(PORTAL_KNOWLEDGE_LOCK, async () => {
    result = await task();
  });
  return result as T;
}

/** Writes of this context one after another, so two quick changes never read the same old value. */
let queue: Promise<unknown> = Promise.resolve();

/** Run a read-change-write of what is taught or of the added portals (or both) between no other writes of them. */
export function withPortalKnowledgeWrites<T>(task: () => Promise<T>): Promise<T> {
  const run = () => exclusive(task);
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
