import type { IDBPDatabase } from 'idb';
import type { JsonRun } from '../register/backup';
import type { QuickFreezeDB } from './db';
import type { PreservationRecord } from '../register/schema';
import type { StoredRecord } from './derived';
import { keyChunks, type KeySpan } from './key-chunks';

export type { JsonRun };

/** The stores a backup reads in bulk. */
export type BulkStore = 'records' | 'audit';

/** What a backup reader (storage/backup-worker.ts) is asked to read. */
export interface RunRequest {
  store: BulkStore;
  span: KeySpan;
  size: number;
}

/** What a backup reader answers: runs, one by one, then done; or why it failed. */
export type ReaderReport = ({ kind: 'run' } & JsonRun) | { kind: 'done' } | { kind: 'failed'; message: string };

/**
 * A plain register's records (without their index words) or audit entries in `span`, as JSON runs of `size` items.
 * The text is made into a Blob here, so that a reader in a worker hands over bytes, not a string to copy.
 */
export async function* plainJsonRuns(db: IDBPDatabase<QuickFreezeDB>, { store, span, size }: RunRequest): AsyncGenerator<JsonRun> {
  const chunks =
    store === 'records'
      ? mapChunks(keyChunks(db, 'records', size, (r) => r.id, span), dropDerived)
      : keyChunks(db, 'audit', size, (e) => e.seq!, span);
  for await (const items of chunks) yield { json: new Blob([JSON.stringify(items).slice(1, -1)]), count: items.length };
}

async function* mapChunks<T, U>(chunks: AsyncIterable<T[]>, map: (item: T) => U): AsyncGenerator<U[]> {
  for await (const chunk of chunks) yield chunk.map(map);
}

/**
 * The record without its index words, taken off the object itself: for a reader that owns a record it has just read
 * and will not keep (a backup), where a copy of each of 100,000 records costs more than the reading.
 */
export function dropDerived(stored: StoredRecord): PreservationRecord {
  delete (stored as Partial<StoredRecord>).derived;
  return stored;
}
