import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { AuditEntry, Case, Proof } from '../register/schema';
import type { BackupPage, PageKey } from './backup-pages';
import { withInlineWords, type RecordWords, type StoredRecord } from './derived';

import { DB_NAME } from './db-name';
export { DB_NAME };

export interface QuickFreezeDB extends DBSchema {
  records: {
    key: string;
    value: StoredRecord;
    indexes: {
      'by-provider-reference': [string, string];
      'by-case': string;
      'by-updated': string;
      'by-expiry': [string, string, string];
      'by-provider-expiry': [string, string, string, string];
      'by-preserved': [string, string, string];
      'by-created': string;
      'by-reference': string;
      'by-production': string;
      'by-superseded': string;
      'by-production-confirmed': string;
    };
  };
  /** Each record's search words (schema 8; in the record itself before), written with the record. */
  words: { key: string; value: RecordWords; indexes: { 'by-token': string } };
  proofs: { key: string; value: Proof };
  cases: { key: string; value: Case };
  /** Append-only history of each record (issue 9.11): created, edited field old -> new, extension, deleted... */
  audit: { key: number; value: AuditEntry; indexes: { 'by-record': string } };
  /** The register lock's wrapped keys (one row, key 'keys'): nothing here opens anything without the passphrase. */
  vault: { key: string; value: unknown };
  /** Captures made while the register was locked, sealed with the lock's public key, saved when it is unlocked. */
  pending: { key: number; value: unknown };
  /** A plain register's records as backup text, in pages of consecutive ids (schema 9; a cache: storage/backup-pages.ts). */
  'backup-pages': { key: PageKey; value: BackupPage };
}

export type UpgradeTransaction = IDBPTransaction<QuickFreezeDB, ArrayLike<StoreNames<QuickFreezeDB>>, 'versionchange'>;

/**
 * Each migration takes the database from version i to i+1, inside the upgrade transaction, so a failed upgrade
 * leaves the previous version untouched. Append only: never change what a shipped migration does. (Schema 8 made
 * those that walk the records return their walk, so that the next migration starts after it: what each does is
 * the same.)
 */
export const MIGRATIONS: Array<(db: IDBPDatabase<QuickFreezeDB>, tx: UpgradeTransaction) => void | Promise<void>> = [
  // 0 -> 1: the register as first shipped.
  (db) => {
    const records = db.createObjectStore('records', { keyPath: 'id' });
    records.createIndex('by-provider-reference', ['providerId', 'reference'], { unique: true });
    records.createIndex('by-case', 'caseNumber');
    records.createIndex('by-updated', 'updatedAt');
    db.createObjectStore('proofs', { keyPath: 'recordId' });
    db.createObjectStore('cases', { keyPath: 'caseNumber' });
  },
  // 1 -> 2: indexes for paged queries (expiry order, search words), and the derived fields they read, filled in.
  // Index keys end with the id so that every key is unique and a chunked scan can resume after the last one.
  (_db, tx) => {
    const records = tx.objectStore('records');
    records.createIndex('by-expiry', ['derived.expiresOn', 'reference', 'id']);
    records.createIndex('by-provider-expiry', ['providerId', 'derived.expiresOn', 'reference', 'id']);
    records.createIndex('by-preserved', ['preservedOn', 'reference', 'id']);
    records.createIndex('by-created', 'createdAt');
    records.createIndex('by-reference', 'reference');
    // Untyped: the index moved to the words store in schema 8.
    (records as unknown as IDBObjectStore).createIndex('by-token', 'derived.tokens', { multiEntry: true });
    return (async () => {
      for (let cursor = await records.openCursor(); cursor; cursor = await cursor.continue()) {
        let next;
        try {
          next = withInlineWords(cursor.value);
        } catch {
          continue; // a record v1 let through with dates it cannot compute on stays as it is, out of these indexes
        }
        await cursor.update(next);
      }
    })();
  },
  // 2 -> 3: the audit trail, and the stores of the register lock (its keys, and captures made while locked).
  (db) => {
    const audit = db.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
    audit.createIndex('by-record', 'recordId');
    db.createObjectStore('vault');
    db.createObjectStore('pending', { autoIncrement: true });
  },
  // 3 -> 4: production orders (records with a `production` part). The index holds only them (a record without the
  // key path is left out), so the hourly reminders read the open orders without walking the whole register.
  (_db, tx) => {
    tx.objectStore('records').createIndex('by-production', 'production.issuedAt');
  },
  // 4 -> 5: an audit entry may name several records (one 'imported' entry per import, register/schema.ts), so the
  // record index becomes multi-entry. Rebuilt from the entries already there: each still names one record.
  (_db, tx) => {
    const audit = tx.objectStore('audit');
    audit.deleteIndex('by-record');
    audit.createIndex('by-record', 'recordId', { multiEntry: true });
  },
  // 5 -> 6: superseded preservations and those kept for a production order, so that the register's header counts
  // leave them out without reading every record. A record without the date (null) is not in the index.
  (_db, tx) => {
    const records = tx.objectStore('records');
    records.createIndex('by-superseded', 'supersededOn');
    records.createIndex('by-production-confirmed', 'productionConfirmedOn');
  },
  // 6 -> 7: the case list is read from the case rows (storage/queries.ts caseNumbers), so every case a record names
  // must have one. Every write has added its case's row since the first schema; this fills in any a register
  // lacks all the same. A locked register's index holds blind case numbers, whose rows its lock wrote sealed from
  // the rows there were: it is left as it is (a row without its sealed part could not be opened).
  (_db, tx) => {
    const records = tx.objectStore('records');
    const cases = tx.objectStore('cases');
    return (async () => {
      if ((await tx.objectStore('vault').count('keys')) > 0) return;
      const byCase = records.index('by-case');
      for (let cursor = await byCase.openCursor(); cursor; cursor = await cursor.continue(`${cursor.key}\u0000`)) {
        const caseNumber = cursor.key;
        if (caseNumber && !(await cases.count(caseNumber))) await cases.put({ caseNumber, title: '', createdAt: cursor.value.createdAt });
      }
    })();
  },
  // 7 -> 8: each record's search words move to a store of their own, so that reading records (the register's pages,
  // one case, a backup) no longer reads them. A record v2 could not index (no `derived`) had none and gets none; a
  // sealed one has none to move.
  (db, tx) => {
    const words = db.createObjectStore('words', { keyPath: 'id' });
    words.createIndex('by-token', 'tokens', { multiEntry: true });
    const records = tx.objectStore('records');
    const untyped = records as unknown as IDBObjectStore; // the index is not in schema 8's types
    if (untyped.indexNames.contains('by-token')) untyped.deleteIndex('by-token');
    return (async () => {
      for (let cursor = await records.openCursor(); cursor; cursor = await cursor.continue()) {
        const derived = cursor.value.derived as (StoredRecord['derived'] & { tokens?: string[] }) | undefined;
        if (!derived) continue;
        const { tokens = [], ...rest } = derived;
        await words.put({ id: cursor.value.id, tokens });
        await cursor.update({ ...cursor.value, derived: rest });
      }
    })();
  },
  // 8 -> 9: backup pages, the records as backup text (storage/backup-pages.ts), written by the first backup.
  (db) => {
    db.createObjectStore('backup-pages');
  },
];
export const DB_VERSION = MIGRATIONS.length;

export function openRegister(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<QuickFreezeDB>> {
  return openDB<QuickFreezeDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // One after another: a migration that walks the records finishes before the next one reads or rewrites them
      // (each awaits only requests of this transaction, which stays open). One that fails aborts the upgrade, so the
      // register stays at its version, whole.
      tx.done.catch(() => undefined); // an aborted upgrade is reported by openDB's own rejection
      void (async () => {
        for (let v = oldVersion; v < (newVersion ?? version); v++) await MIGRATIONS[v]!(db, tx);
        // Backup pages are written from records as they were: after any migration, the next backup writes them again.
        if (db.objectStoreNames.contains('backup-pages')) await tx.objectStore('backup-pages').clear();
      })().catch(() => tx.abort());
    },
  });
}
