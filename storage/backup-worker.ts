import { openDB } from 'idb';
import { plainJsonRuns, type ReaderReport, type RunRequest } from './backup-runs';
import type { QuickFreezeDB } from './db';
import { DB_NAME } from './db-name';

/**
 * A backup reader in its own thread: reads one span of a plain register's audit trail and writes it as JSON, so that a
 * long trail is read and written by several threads while the register page writes the records out.
 */
const post = (report: ReaderReport) => postMessage(report);

onmessage = async ({ data }: MessageEvent<RunRequest>) => {
  try {
    // No version: the register page has opened (and migrated) the database. Were it missing, opening would create an
    // empty one that the next migration would build on wrongly: that upgrade is refused.
    const db = await openDB<QuickFreezeDB>(DB_NAME, undefined, { upgrade: (_db, _old, _new, tx) => tx.abort() });
    try {
      for await (const run of plainJsonRuns(db, data)) post({ kind: 'run', ...run });
    } finally {
      db.close();
    }
    post({ kind: 'done' });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
