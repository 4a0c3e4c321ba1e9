import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Case, PreservationRecord, Proof } from '../register/schema';

export const DB_NAME = 'quickfreeze';

export interface QuickFreezeDB extends DBSchema {
  records: {
    key: string;
    value: PreservationRecord;
    indexes: { 'by-provider-reference': [string, string]; 'by-case': string; 'by-updated': string };
  };
  proofs: { key: string; value: Proof };
  cases: { key: string; value: Case };
}

/**
 * Each migration takes the database from version i to i+1, inside the upgrade transaction, so a failed upgrade
 * leaves the previous version untouched. Append only: never edit a migration that has shipped.
 */
export const MIGRATIONS: Array<(db: IDBPDatabase<QuickFreezeDB>) => void> = [
  // 0 -> 1: the register as first shipped.
  (db) => {
    const records = db.createObjectStore('records', { keyPath: 'id' });
    records.createIndex('by-provider-reference', ['providerId', 'reference'], { unique: true });
    records.createIndex('by-case', 'caseNumber');
    records.createIndex('by-updated', 'updatedAt');
    db.createObjectStore('proofs', { keyPath: 'recordId' });
    db.createObjectStore('cases', { keyPath: 'caseNumber' });
  },
];
export const DB_VERSION = MIGRATIONS.length;

export function openRegister(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<QuickFreezeDB>> {
  return openDB<QuickFreezeDB>(name, version, {
    upgrade(db, oldVersion, newVersion) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(db);
    },
  });
}
