import type { IDBPDatabase } from 'idb';
import type { JsonRun } from '../register/backup';
import type { QuickFreezeDB } from './db';
import { pagedRecordRuns } from './backup-pages';
import { keyChunks, type KeySpan } from './key-chunks';

export type { JsonRun };

/**
 * What a backup reader (storage/backup-worker.ts) is asked to read: a span of the audit trail, or the records from their
 * backup pages (writing those a span lacks: the records' decoding and the pages' text then happen in that thread).
 */
export type RunRequest = { span: KeySpan; size: number } | { recordPages: true };

/** What a backup reader answers: runs, one by one, then done; or why it failed. */
export type ReaderReport = ({ kind: 'run' } & JsonRun) | { kind: 'done' } | { kind: 'failed'; message: string };

/**
 * What a reader was asked for, as JSON runs: a plain register's audit entries in a span, `size` at a time, or its
 * records from their pages. The text is made into a Blob here, so that a reader in a worker hands over bytes, not a
 * string to copy.
 */
export async function* plainJsonRuns(db: IDBPDatabase<QuickFreezeDB>, request: RunRequest): AsyncGenerator<JsonRun> {
  if ('recordPages' in request) return yield* pagedRecordRuns(db);
  const { span, size } = request;
  for await (const items of keyChunks(db, 'audit', size, (e) => e.seq!, span)) yield { json: new Blob([JSON.stringify(items).slice(1, -1)]), count: items.length };
}
