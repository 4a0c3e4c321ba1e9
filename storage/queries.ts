import type { IDBPDatabase } from 'idb';
import { keptForProduction } from '../register/expiry';
import type { AuditEntry, PreservationRecord, Proof } from '../register/schema';
import type { QuickFreezeDB } from './db';
import type { JsonRun } from './backup-runs';
import { fillBackupPages, pagedRecordRuns } from './backup-pages';
import { dropDerived, withoutDerived, type StoredRecord } from './derived';
import { keyChunks, splitStore, type KeySpan } from './key-chunks';
import { ABOVE, openOrderedCursor, type ScanOrder } from './ordered-cursor';
export type { ScanOrder } from './ordered-cursor';
import { PLAIN_CODEC, type Codec } from './vault/codec';
import { sealedScan, sealedTokenSearch } from './vault/sealed-reads';


export interface ScanOptions {
  order: ScanOrder;
  /** Only this provider's records (expiry order only). */
  providerId?: string | null;
  /** Keep only the records it accepts. */
  accept?: (record: PreservationRecord) => boolean;
  /** Stop after this many accepted records. */
  limit: number;
  /** Expiry order only: the expiry dates (YYYY-MM-DD, inclusive) to read between, as a key range of the index. */
  expiresFrom?: string;
  expiresTo?: string;
}


/**
 * Reads that stay quick with 100,000 records: counts and case numbers from indexes, pages read along an index
 * until they are full, lookups by search word, and chunks for exports that never hold the register at once.
 */
export class RegisterQueries {
  /** `codec`: how values are stored now (plain, sealed under the lock, or locked), asked once per read. */
  constructor(
    private readonly db: IDBPDatabase<QuickFreezeDB>,
    private readonly codec: () => Promise<Codec> = () => Promise.resolve(PLAIN_CODEC),
  ) {}

  count(): Promise<number> {
    return this.db.count('records');
  }

  async countOfCase(caseNumber: string): Promise<number> {
    return this.db.countFromIndex('records', 'by-case', await (await this.codec()).blind(caseNumber));
  }

  /**
   * Changes whenever a record is added, edited or deleted: the last audit entry (every write appends one) and the
   * latest edit, each one key read. Not the count: Chromium counts by walking the store (0.6 s at 100,000 records).
   */
  async stamp(): Promise<string> {
    const tx = this.db.transaction(['records', 'audit']);
    const [written, latest] = await Promise.all([
      tx.objectStore('audit').openKeyCursor(null, 'prev'),
      tx.objectStore('records').index('by-updated').openKeyCursor(null, 'prev'),
    ]);
    return `${written?.key ?? ''}|${latest?.key ?? ''}|${latest?.primaryKey ?? ''}`;
  }

  /** How many records each case holds, counted in one transaction. */
  async countsOfCases(caseNumbers: readonly string[]): Promise<Map<string, number>> {
    const codec = await this.codec();
    const keys = await Promise.all(caseNumbers.map((c) => codec.blind(c)));
    const index = this.db.transaction('records').store.index('by-case');
    const counts = await Promise.all(keys.map((c) => index.count(c)));
    return new Map(caseNumbers.map((c, i) => [c, counts[i]!]));
  }

  /** Records whose stored expiry is between these days (YYYY-MM-DD, inclusive; '' from the first), from the index. */
  countByExpiry(from: string, to: string): Promise<number> {
    return this.db.countFromIndex('records', 'by-expiry', IDBKeyRange.bound([from], [to, ABOVE]));
  }

  countOfProvider(providerId: string): Promise<number> {
    return this.db.countFromIndex('records', 'by-provider-expiry', IDBKeyRange.bound([providerId], [providerId, ABOVE]));
  }

  /**
   * The case numbers that hold records ('' among them when some records have none), in index order. Every write of a
   * record also writes its case's row (storage/register.ts `ensureCase`, from the first schema on), and rows are never
   * deleted, so the case rows are every case a record can name; each is kept when the index still has a record under
   * it. All the look-ups are asked at once: Chromium answers them back to back, where stepping an index cursor from
   * one case to the next waited for a round trip per case (0.75 s for 500 cases at 100,000 records).
   */
  async caseNumbers(): Promise<string[]> {
    const codec = await this.codec();
    // Records without a case have no row; sealed, they are indexed under the blind of ''.
    const none = await codec.blind('');
    const tx = this.db.transaction(['records', 'cases']);
    const index = tx.objectStore('records').index('by-case');
    const rows = await tx.objectStore('cases').getAllKeys();
    const keys = [none, ...rows.filter((key) => key && key !== none)];
    if (codec.mode === 'plain') {
      const present = await Promise.all(keys.map((key) => index.getKey(key)));
      return keys.filter((_, i) => present[i] !== undefined);
    }
    // Sealed: the index holds blind case numbers; the first record of each case tells its number.
    const samples = await Promise.all(keys.map((key) => index.get(key)));
    const held = samples.filter((stored) => stored !== undefined);
    return Promise.all(held.map(async (stored) => (await codec.decodeRecord(stored)).caseNumber));
  }

  /** The distinct provider ids, skipping from one provider to the next without reading its records. */
  async providerIds(): Promise<string[]> {
    const out: string[] = [];
    const index = this.db.transaction('records').store.index('by-provider-expiry');
    let cursor = await index.openKeyCursor();
    while (cursor) {
      const providerId = cursor.key[0];
      out.push(providerId);
      cursor = await cursor.continue([`${providerId}\u0000`] as never);
    }
    return out;
  }

  /** Read along an index, keeping accepted records, until `limit` of them are found or the index ends. */
  async scan({ order, providerId = null, accept, limit, expiresFrom = '', expiresTo }: ScanOptions): Promise<PreservationRecord[]> {
    const out: PreservationRecord[] = [];
    if (limit <= 0) return out;
    const codec = await this.codec();
    if (codec.mode !== 'plain') return sealedScan(this.db, codec, { order, providerId, accept, limit });
    let cursor = await openOrderedCursor(this.db, order, providerId, expiresFrom, expiresTo);
    for (; cursor; cursor = await cursor.continue()) {
      const record = withoutDerived(cursor.value);
      if (providerId !== null && record.providerId !== providerId) continue;
      if (accept && !accept(record)) continue;
      out.push(record);
      if (out.length >= limit) break;
    }
    return out;
  }

  async ofCase(caseNumber: string): Promise<PreservationRecord[]> {
    const codec = await this.codec();
    return Promise.all((await this.db.getAllFromIndex('records', 'by-case', await codec.blind(caseNumber))).map((r) => codec.decodeRecord(r)));
  }

  async withReference(reference: string): Promise<PreservationRecord[]> {
    const codec = await this.codec();
    return Promise.all((await this.db.getAllFromIndex('records', 'by-reference', await codec.blind(reference))).map((r) => codec.decodeRecord(r)));
  }

  /**
   * Ids of the records with a search token that starts with `prefix` (lower case), read from the index's keys; null
   * when more than `cap` records have one (or the records keep no search words, as sealed ones), so that a search
   * never reads more than `cap` records this way.
   */
  async idsWithTokenPrefix(prefix: string, cap: number): Promise<string[] | null> {
    if ((await this.codec()).mode !== 'plain') return null;
    const ids = new Set<string>();
    const index = this.db.transaction('words').store.index('by-token');
    for (let cursor = await index.openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`)); cursor; cursor = await cursor.continue()) {
      ids.add(cursor.primaryKey);
      if (ids.size > cap) return null;
    }
    return [...ids];
  }

  /** The records with these ids (those still stored), in one transaction. */
  /** The production orders' records (the `by-production` index holds only them), oldest issue first. */
  /**
   * The stored expiry of each record whose preservation clock no longer runs: production orders (their answer's due
   * day), superseded preservations and those kept for a production order. Few, and read from their indexes as stored
   * (the expiry and these fields are in the clear under the lock), without opening them.
   */
  async outsideClockExpiries(): Promise<string[]> {
    const store = this.db.transaction('records').store;
    const [orders, superseded, confirmed] = await Promise.all([
      store.index('by-production').getAll(),
      store.index('by-superseded').getAll(),
      store.index('by-production-confirmed').getAll(),
    ]);
    const days = new Map<string, string>();
    for (const r of [...orders, ...superseded, ...confirmed.filter(keptForProduction)]) days.set(r.id, r.derived.expiresOn);
    return [...days.values()];
  }

  async productionOrders(): Promise<PreservationRecord[]> {
    const codec = await this.codec();
    return Promise.all((await this.db.getAllFromIndex('records', 'by-production')).map((r) => codec.decodeRecord(r)));
  }

  async withIds(ids: readonly string[]): Promise<PreservationRecord[]> {
    const codec = await this.codec();
    const store = this.db.transaction('records').store;
    const found = (await Promise.all(ids.map((id) => store.get(id)))).filter((r): r is StoredRecord => !!r);
    return codec.mode === 'plain' ? found.map((r) => withoutDerived(r)) : Promise.all(found.map((r) => codec.decodeRecord(r)));
  }

  /** Records with a search token that starts with `prefix` (lower case). */
  async withTokenPrefix(prefix: string): Promise<PreservationRecord[]> {
    const codec = await this.codec();
    // Sealed records store no search words: a decrypting scan, in chunks.
    if (codec.mode !== 'plain') return sealedTokenSearch(this.db, codec, prefix);
    const tx = this.db.transaction(['records', 'words']);
    const ids = new Set(await tx.objectStore('words').index('by-token').getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`)));
    const records = tx.objectStore('records');
    const found = await Promise.all([...ids].map((id) => records.get(id)));
    return found.filter((r): r is StoredRecord => !!r).map((r) => withoutDerived(r));
  }

  /** Keys of what is stored (provider + reference, and ids), for an import to tell new from present; no records read. */
  async existingKeys(): Promise<{ keys: Set<string>; ids: Set<string> }> {
    if ((await this.codec()).mode !== 'plain') {
      const keys = new Set<string>();
      const ids = new Set<string>();
      for await (const chunk of this.recordChunks(2000)) {
        for (const r of chunk) {
          keys.add(`${r.providerId}\u0000${r.reference}`);
          ids.add(r.id);
        }
      }
      return { keys, ids };
    }
    const tx = this.db.transaction('records');
    const ids = new Set(await tx.store.getAllKeys());
    const keys = new Set<string>();
    // getAllKeys on an index gives primary keys; the index's own keys need a key cursor.
    const index = tx.store.index('by-provider-reference');
    for (let cursor = await index.openKeyCursor(); cursor; cursor = await cursor.continue()) keys.add(`${cursor.key[0]}\u0000${cursor.key[1]}`);
    return { keys, ids };
  }

  /** Every record in chunks of `size`, oldest preservation first, each chunk read in its own short transaction. */
  async *recordChunks(size: number): AsyncGenerator<PreservationRecord[]> {
    const codec = await this.codec();
    let after: [string, string, string] | null = null;
    for (;;) {
      const range: IDBKeyRange | null = after ? IDBKeyRange.lowerBound(after, true) : null;
      const chunk: StoredRecord[] = await this.db.getAllFromIndex('records', 'by-preserved', range, size);
      if (chunk.length === 0) return;
      const last: StoredRecord = chunk[chunk.length - 1]!;
      after = [last.preservedOn, last.reference, last.id];
      yield codec.mode === 'plain' ? chunk.map((r) => withoutDerived(r)) : await Promise.all(chunk.map((r) => codec.decodeRecord(r)));
      if (chunk.length < size) return;
    }
  }

  /**
   * Every record in chunks of `size`, in id order: for a backup, whose order does not matter. Read along the
   * primary key, not an index: Chromium looks each index entry's record up on its own (9.9 s against 4.3 s for
   * 100,000 records).
   */
  async *recordChunksById(size: number): AsyncGenerator<PreservationRecord[]> {
    const codec = await this.codec();
    for await (const chunk of keyChunks(this.db, 'records', size, (r) => r.id)) {
      // Plain: the freshly read records are this reader's own, so their index words are dropped in place, not copied.
      yield codec.mode === 'plain' ? chunk.map(dropDerived) : await Promise.all(chunk.map((r) => codec.decodeRecord(r)));
    }
  }

  /** A plain register's records for a backup, as JSON runs from its backup pages (written where a span lacks them). */
  backupPageRuns(): AsyncGenerator<JsonRun> {
    return pagedRecordRuns(this.db);
  }

  /** Writes the backup pages a plain register lacks. */
  fillBackupPages(): Promise<void> {
    return fillBackupPages(this.db);
  }

  /** Whether values are stored as they are (no lock): then other readers (a backup's workers) may read them directly. */
  async storedPlain(): Promise<boolean> {
    return (await this.codec()).mode === 'plain';
  }

  /** Spans of the audit trail for `parts` readers side by side, each of about `minPerPart` entries or more (`splitStore`). */
  auditSpans(parts: number, minPerPart: number): Promise<KeySpan[]> {
    return splitStore(this.db, 'audit', parts, minPerPart);
  }

  /** The whole audit trail in chunks of `size`, in the order written (for backups). */
  async *auditChunks(size: number): AsyncGenerator<AuditEntry[]> {
    const codec = await this.codec();
    for await (const chunk of keyChunks(this.db, 'audit', size, (e) => e.seq!)) {
      yield codec.mode === 'plain' ? chunk : await Promise.all(chunk.map((e) => codec.decodeAudit(e)));
    }
  }

  /** Every proof in chunks of `size`. */
  async *proofChunks(size: number): AsyncGenerator<Proof[]> {
    const codec = await this.codec();
    for await (const chunk of keyChunks(this.db, 'proofs', size, (p) => p.recordId)) {
      yield codec.mode === 'plain' ? chunk : await Promise.all(chunk.map((p) => codec.decodeProof(p)));
    }
  }
}
