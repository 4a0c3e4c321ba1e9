import type { IDBPDatabase, IDBPObjectStore, StoreNames } from 'idb';
import { BACKUP_VERSION, type JsonRun } from '../register/backup';
import type { QuickFreezeDB } from './db';
import { dropDerived } from './derived';
import { spanRange } from './key-chunks';

/**
 * Backup pages: a plain register's records as the backup writes them (JSON), in pages of consecutive ids, kept in
 * their own store so that a backup reads a few hundred texts instead of decoding 100,000 records (measured in a bare
 * page: 100,000 records 1.24 s, the same as 200 pages 0.18 s). A cache, never the record itself: every write to a
 * record drops the page that holds it in the same transaction (`dropPagesHolding`), a backup writes the pages a span
 * lacks as it reads it, and a lock, a migration or another backup version empties them.
 */
export interface BackupPage {
  /** The backup version the text was written for; a page of another version is not used. */
  version: number;
  count: number;
  json: string;
}

/** The ids a page holds: from `lower` (inclusive) to `upper` (exclusive); '' leaves that end open. */
export type PageKey = [lower: string, upper: string];

/** Records per page: texts of about 250 KB, which the database hands over fastest (100 and 2,000 were slower). */
export const PAGE_RECORDS = 500;
/** Pages read per request. */
const PAGES_READ = 20;
/** Pages written per transaction when a span is read from the records. */
const PAGES_PER_WRITE = 10;

type PageStore = IDBPObjectStore<QuickFreezeDB, ArrayLike<StoreNames<QuickFreezeDB>>, 'backup-pages', 'readwrite'>;

const holds = ([lower, upper]: PageKey, id: string) => id >= lower && (upper === '' || id < upper);
const overlaps = ([lower, upper]: PageKey, [from, to]: PageKey) => (to === '' || lower < to) && (upper === '' || upper > from);
const isPage = (value: unknown): value is BackupPage =>
  !!value && typeof value === 'object' && (value as BackupPage).version === BACKUP_VERSION && typeof (value as BackupPage).json === 'string' && Number.isInteger((value as BackupPage).count);

/** Drops, in the caller's write transaction, every page that holds one of `ids`. */
export async function dropPagesHolding(store: PageStore, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const keys = (await store.getAllKeys()) as PageKey[];
  const sorted = [...ids].sort();
  const stale = keys.filter((key) => {
    const at = firstAtLeast(sorted, key[0]);
    return at < sorted.length && holds(key, sorted[at]!);
  });
  await Promise.all(stale.map((key) => store.delete(key)));
}

function firstAtLeast(sorted: readonly string[], value: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A plain register's records, in id order, as JSON runs: each page's text, and for each span without a page its
 * records, read `size` at a time, each read in a write transaction that also writes its page. `readPages`
 * false: the pages there are are not read (filling the gaps only).
 */
export async function* pagedRecordRuns(db: IDBPDatabase<QuickFreezeDB>, readPages = true, size = PAGE_RECORDS): AsyncGenerator<JsonRun> {
  const keys = (await db.getAllKeys('backup-pages')) as PageKey[];
  let from = '';
  for (let i = 0; i < keys.length; i += PAGES_READ) {
    const batch = keys.slice(i, i + PAGES_READ);
    const pages = readPages ? await pagesIn(db, batch[0]!, batch.at(-1)!) : new Map<string, unknown>();
    for (const key of batch) {
      if (key[0] > from) yield* fillSpan(db, [from, key[0]], size);
      const page = pages.get(JSON.stringify(key));
      // Dropped by a write since the keys were read (or rewritten over another span): read from the records.
      if (isPage(page)) yield { json: new Blob([page.json]), count: page.count };
      else if (readPages) yield* fillSpan(db, key, size);
      if (key[1] === '') return;
      from = key[1];
    }
  }
  yield* fillSpan(db, [from, ''], size);
}

/** The pages from `first` to `last`, by their keys (written as text), read together in one transaction. */
async function pagesIn(db: IDBPDatabase<QuickFreezeDB>, first: PageKey, last: PageKey): Promise<Map<string, unknown>> {
  const store = db.transaction('backup-pages').store;
  const range = IDBKeyRange.bound(first, last);
  const [values, keys] = await Promise.all([store.getAll(range), store.getAllKeys(range)]);
  return new Map(keys.map((key, k) => [JSON.stringify(key), values[k]]));
}

/**
 * Reads a span without a page from the records and writes its pages, `PAGES_PER_WRITE` pages per transaction. The
 * transactions are relaxed (no wait for the disk): a page lost in a crash is only read from the records again.
 */
async function* fillSpan(db: IDBPDatabase<QuickFreezeDB>, [lower, upper]: PageKey, size: number): AsyncGenerator<JsonRun> {
  let from = lower;
  // A span's end is its next page's start: a last page that ends where the span does leaves nothing to read.
  while (upper === '' || from < upper) {
    const tx = db.transaction(['records', 'backup-pages', 'vault'], 'readwrite', { durability: 'relaxed' });
    const pages = tx.objectStore('backup-pages');
    const range = spanRange({ lower: from || null, upper: upper || null }, null);
    const [records, locked, pageKeys] = await Promise.all([tx.objectStore('records').getAll(range, size * PAGES_PER_WRITE), tx.objectStore('vault').count('keys'), pages.getAllKeys()]);
    // Its values are sealed now: nothing written (the transaction ends with no write), and no backup of sealed values.
    if (locked) throw new Error('The register was locked during the backup: export it again.');
    const more = records.length === size * PAGES_PER_WRITE;
    const written: Array<{ key: PageKey; page: BackupPage }> = [];
    for (let at = 0, start = from; at < records.length; at += size) {
      const part = records.slice(at, at + size);
      const key: PageKey = [start, at + size >= records.length && !more ? upper : `${part.at(-1)!.id}\u0000`];
      written.push({ key, page: { version: BACKUP_VERSION, count: part.length, json: JSON.stringify(part.map(dropDerived)).slice(1, -1) } });
      start = key[1];
    }
    // A page another backup wrote meanwhile over part of this span is replaced: pages never overlap. A page that cannot
    // be written (a full disk) fails no backup: the records were read, and the next backup reads them again.
    const writes: Array<Promise<unknown>> = [tx.done];
    try {
      for (const other of pageKeys as PageKey[]) if (written.some(({ key }) => overlaps(other, key))) writes.push(pages.delete(other));
      for (const { key, page } of written) writes.push(pages.put(page, key));
    } catch {
      // thrown at once by put (quota): nothing more to write
    }
    await Promise.allSettled(writes);
    for (const { page } of written) yield { json: new Blob([page.json]), count: page.count };
    if (!more) return;
    from = written.at(-1)!.key[1];
  }
}

/** Writes the pages a plain register lacks (after an import), so that its next backup reads only pages. */
export async function fillBackupPages(db: IDBPDatabase<QuickFreezeDB>, size = PAGE_RECORDS): Promise<void> {
  for await (const run of pagedRecordRuns(db, false, size)) void run;
}
