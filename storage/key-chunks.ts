import type { IDBPDatabase, StoreNames, StoreValue } from 'idb';
import type { QuickFreezeDB } from './db';

type Store = StoreNames<QuickFreezeDB>;

/** A span of a store's primary keys: from `lower` (inclusive) to `upper` (exclusive); null: that end is open. */
export interface KeySpan {
  lower: IDBValidKey | null;
  upper: IDBValidKey | null;
}

export const WHOLE_STORE: KeySpan = { lower: null, upper: null };

/** The keys of `span` after `after` (exclusive; null: from the span's start), as an IndexedDB range. */
export function spanRange({ lower, upper }: KeySpan, after: IDBValidKey | null): IDBKeyRange | null {
  const from = after ?? lower;
  const fromOpen = after !== null;
  if (from === null) return upper === null ? null : IDBKeyRange.upperBound(upper, true);
  return upper === null ? IDBKeyRange.lowerBound(from, fromOpen) : IDBKeyRange.bound(from, upper, fromOpen, true);
}

/**
 * A store (or a span of it) in primary-key order, `size` values at a time, each read in its own short transaction.
 * The next chunk is asked for before this one is handed over: the database reads it while the caller works on this
 * one (a backup spends about as long turning a chunk into text as the database takes to read it).
 */
export async function* keyChunks<S extends Store>(
  db: IDBPDatabase<QuickFreezeDB>,
  store: S,
  size: number,
  keyOf: (value: StoreValue<QuickFreezeDB, S>) => IDBValidKey,
  span: KeySpan = WHOLE_STORE,
): AsyncGenerator<StoreValue<QuickFreezeDB, S>[]> {
  const read = (after: IDBValidKey | null) => db.getAll(store, spanRange(span, after), size);
  let next: Promise<StoreValue<QuickFreezeDB, S>[]> | null = read(null);
  while (next) {
    const chunk: StoreValue<QuickFreezeDB, S>[] = await next;
    next = chunk.length === size ? read(keyOf(chunk[chunk.length - 1]!)) : null;
    // Handled here so that a caller who stops early leaves no unhandled rejection behind; awaited, it still throws.
    next?.catch(() => undefined);
    if (chunk.length) yield chunk;
  }
}

/**
 * `parts` spans of about equal size that together cover the store, in key order (one span for a small store): for
 * readers that work side by side. Found by stepping a key cursor, which reads no values.
 */
export async function splitStore(db: IDBPDatabase<QuickFreezeDB>, store: Store, parts: number, minPerPart: number): Promise<KeySpan[]> {
  const total = await db.count(store);
  const count = Math.max(1, Math.min(parts, Math.floor(total / minPerPart)));
  if (count === 1) return [WHOLE_STORE];
  const step = Math.ceil(total / count);
  const bounds: IDBValidKey[] = [];
  let cursor = await db.transaction(store).store.openKeyCursor();
  for (let i = 1; i < count && cursor; i++) {
    cursor = await cursor.advance(step);
    if (cursor) bounds.push(cursor.key);
  }
  return [null, ...bounds].map((lower, i) => ({ lower, upper: bounds[i] ?? null }));
}
