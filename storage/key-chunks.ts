import type { IDBPDatabase, StoreNames, StoreValue } from 'idb';
import type { QuickFreezeDB } from './db';

type Store = StoreNames<QuickFreezeDB>;

/**
 * A whole store in primary-key order, `size` values at a time, each read in its own short transaction. The next
 * chunk is asked for before this one is handed over: the database reads it while the caller works on this one
 * (a backup spends about as long turning a chunk into text as the database takes to read it).
 */
export async function* keyChunks<S extends Store>(
  db: IDBPDatabase<QuickFreezeDB>,
  store: S,
  size: number,
  keyOf: (value: StoreValue<QuickFreezeDB, S>) => IDBValidKey,
): AsyncGenerator<StoreValue<QuickFreezeDB, S>[]> {
  const read = (after: IDBValidKey | null) => db.getAll(store, after === null ? null : IDBKeyRange.lowerBound(after, true), size);
  let next: Promise<StoreValue<QuickFreezeDB, S>[]> | null = read(null);
  while (next) {
    const chunk: StoreValue<QuickFreezeDB, S>[] = await next;
    next = chunk.length === size ? read(keyOf(chunk[chunk.length - 1]!)) : null;
    // Handled here so that a caller who stops early leaves no unhandled rejection behind; awaited, it still throws.
    next?.catch(() => undefined);
    if (chunk.length) yield chunk;
  }
}
