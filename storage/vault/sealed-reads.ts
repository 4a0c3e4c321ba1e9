import type { IDBPDatabase } from 'idb';
import type { PreservationRecord } from '../../register/schema';
import type { QuickFreezeDB } from '../db';
import { searchTokens, type StoredRecord } from '../derived';
import type { ScanOptions } from '../queries';
import type { Codec } from './codec';
import { openOrderedCursor } from '../ordered-cursor';

const MAX_CHUNK = 500;

type Resume = { key: IDBValidKey; primaryKey: string } | null;

/**
 * Raw records along one of the scan's indexes, `size` at a time, each chunk read in its own transaction: a sealed
 * record can only be opened (WebCrypto) after its transaction, which would otherwise commit under the cursor.
 * Each chunk resumes just after the last entry of the one before (index key and primary key).
 */
async function readChunk(db: IDBPDatabase<QuickFreezeDB>, options: Pick<ScanOptions, 'order' | 'providerId'>, size: number, after: Resume) {
  const { order, providerId = null } = options;
  let cursor = await openOrderedCursor(db, order, providerId);
  if (cursor && after) {
    cursor = await (cursor as unknown as { continuePrimaryKey(k: IDBValidKey, p: string): Promise<typeof cursor> }).continuePrimaryKey(after.key, after.primaryKey);
    if (cursor && cursor.primaryKey === after.primaryKey) cursor = await cursor.continue();
  }
  const raw: StoredRecord[] = [];
  let resume: Resume = null;
  for (; cursor && raw.length < size; cursor = raw.length < size ? await cursor.continue() : cursor) {
    raw.push(cursor.value);
    resume = { key: cursor.key as IDBValidKey, primaryKey: cursor.primaryKey };
  }
  return { raw, resume, ended: raw.length < size };
}

/** `RegisterQueries.scan` over sealed records: read a chunk, open it outside the transaction, filter, go on. */
export async function sealedScan(db: IDBPDatabase<QuickFreezeDB>, codec: Codec, { order, providerId = null, accept, limit }: ScanOptions): Promise<PreservationRecord[]> {
  const out: PreservationRecord[] = [];
  let after: Resume = null;
  while (out.length < limit) {
    const size = Math.min(MAX_CHUNK, Math.max(50, limit - out.length));
    const { raw, resume, ended } = await readChunk(db, { order, providerId }, size, after);
    const records = await Promise.all(raw.map((r) => codec.decodeRecord(r)));
    for (const record of records) {
      if (providerId !== null && record.providerId !== providerId) continue;
      if (accept && !accept(record)) continue;
      out.push(record);
      if (out.length >= limit) break;
    }
    if (ended) break;
    after = resume;
  }
  return out;
}

/** Records with a search word starting with `prefix`: every record opened (sealed records keep no words). */
export async function sealedTokenSearch(db: IDBPDatabase<QuickFreezeDB>, codec: Codec, prefix: string): Promise<PreservationRecord[]> {
  return sealedScan(db, codec, { order: 'expiry', limit: Infinity, accept: (r) => searchTokens(r).some((t) => t.startsWith(prefix)) });
}
