import type { IDBPDatabase } from 'idb';
import type { JsonRun } from '../register/backup';
import type { QuickFreezeDB } from './db';
import { keyChunks, type KeySpan } from './key-chunks';

export type { JsonRun };

/** What a backup reader (storage/backup-worker.ts) is asked to read: a span of the audit trail. */
export interface RunRequest {
  span: KeySpan;
  size: number;
}

/** What a backup reader answers: runs, one by one, then done; or why it failed. */
export type ReaderReport = ({ kind: 'run' } & JsonRun) | { kind: 'done' } | { kind: 'failed'; message: string };

/**
 * A plain register's audit entries in `span`, as JSON runs of `size` entries. The text is made into a Blob here, so
 * that a reader in a worker hands over bytes, not a string to copy.
 */
export async function* plainJsonRuns(db: IDBPDatabase<QuickFreezeDB>, { span, size }: RunRequest): AsyncGenerator<JsonRun> {
  for await (const items of keyChunks(db, 'audit', size, (e) => e.seq!, span)) yield { json: new Blob([JSON.stringify(items).slice(1, -1)]), count: items.length };
}
