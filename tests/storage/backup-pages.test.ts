import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { providers } from '../../providers/registry';
import { BACKUP_VERSION, readBackup } from '../../register/backup';
import type { PreservationRecord } from '../../register/schema';
import { fillBackupPages, pagedRecordRuns, type PageKey } from '../../storage/backup-pages';
import { DB_VERSION, MIGRATIONS, openRegister, type QuickFreezeDB } from '../../storage/db';
import { Register } from '../../storage/register';
import { createRegisterService } from '../../storage/register-service';
import { memoryKeyStore } from '../../storage/vault/key-store';
import { record } from '../register/fixtures';
import { quietEffects } from './service-effects';

const SIZE = 4;
let name: string;
let register: Register;
let db: IDBPDatabase<QuickFreezeDB>;
beforeEach(async () => {
  name = `pages-${Math.random()}`;
  register = await Register.open(name, memoryKeyStore(), 1000);
  db = await openRegister(name);
});
afterEach(() => {
  db.close();
  register.close();
});

const restore = (records: PreservationRecord[]) => register.restore(records.map((r) => ({ record: r, proof: null })));
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What a backup built from the pages holds, in order, and the count its runs claim. */
async function pagedBackup(): Promise<{ items: PreservationRecord[]; count: number }> {
  const parts: string[] = [];
  let count = 0;
  for await (const run of pagedRecordRuns(db, true, SIZE)) {
    parts.push(await run.json.text());
    count += run.count;
  }
  return { items: JSON.parse(`[${parts.join(',')}]`) as PreservationRecord[], count };
}

const pageKeys = async () => (await db.getAllKeys('backup-pages')) as PageKey[];

async function expectBackupOfRegister() {
  const expected = (await register.all()).sort(byId);
  const { items, count } = await pagedBackup();
  expect(items).toEqual(expected);
  expect(count).toBe(expected.length);
}

describe('backup pages', () => {
  it('give the register’s records in id order, written on the first backup and read from on the next', async () => {
    await restore(Array.from({ length: 10 }, (_, i) => record({ notes: `note ${i} "quoted" ünïcode` })));
    expect(await pageKeys()).toEqual([]);
    await expectBackupOfRegister();
    const keys = await pageKeys();
    expect(keys).toHaveLength(3); // 4 + 4 + 2
    expect(keys[0]![0]).toBe('');
    expect(keys.at(-1)![1]).toBe('');
    for (let i = 1; i < keys.length; i++) expect(keys[i]![0]).toBe(keys[i - 1]![1]);
    // The second backup reads the pages: a page's text, altered here, is what it gives.
    const [first] = await db.getAll('backup-pages');
    await db.put('backup-pages', { ...first!, json: first!.json.replace('note 0 ', 'NOTE FROM THE PAGE ') }, keys[0]);
    expect((await pagedBackup()).items[0]!.notes).toContain('NOTE FROM THE PAGE');
  });

  it('never give a record as it was before a write: an edit, a deletion, an addition or an import drops the page that holds it', async () => {
    const records = Array.from({ length: 12 }, () => record());
    await restore(records);
    await expectBackupOfRegister();
    await register.update({ ...records[5]!, notes: 'edited after the first backup' });
    await expectBackupOfRegister();
    await register.remove(records[1]!.id);
    await expectBackupOfRegister();
    await register.addExtension(records[10]!.id, { requestedOn: '2026-12-01', reference: 'EXT-1' });
    await expectBackupOfRegister();
    await restore([record(), record({ id: `${records[3]!.id}5` })]);
    await expectBackupOfRegister();
    const { record: captured } = await register.saveCapture(
      { providerId: 'x', reference: 'X-9', caseNumber: 'C-1', accountIdentifiers: ['@a'], requestType: 'preservation', requestedAt: '2026-11-20T14:03:00.000Z', source: 'manual' },
      { periodDays: 90, extensionDays: 90 },
    );
    expect((await pagedBackup()).items.map((r) => r.id)).toContain(captured.id);
    await expectBackupOfRegister();
  });

  it('a backup under way while records are written gives every record once', async () => {
    const records = Array.from({ length: 12 }, () => record());
    await restore(records);
    await fillBackupPages(db, SIZE);
    await db.delete('backup-pages', (await pageKeys())[1]!);
    const runs = pagedRecordRuns(db, true, SIZE);
    const items: PreservationRecord[] = [];
    const take = async (run: { json: Blob }) => items.push(...(JSON.parse(`[${await run.json.text()}]`) as PreservationRecord[]));
    const first = await runs.next();
    await take(first.value!);
    const sorted = [...records].sort(byId);
    // In the span of the page dropped above, not read yet: read from the records, with the edit.
    await register.update({ ...sorted[5]!, notes: 'edited during the backup' });
    for await (const run of runs) await take(run);
    expect(items.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
    expect(items[5]!.notes).toBe('edited during the backup');
  });

  it('fillBackupPages writes every page a register lacks, and a page of another backup version is written again', async () => {
    await restore(Array.from({ length: 9 }, () => record()));
    await fillBackupPages(db, SIZE);
    const pages = await db.getAll('backup-pages');
    expect(pages.map((p) => p.count)).toEqual([4, 4, 1]);
    const keys = await pageKeys();
    await db.put('backup-pages', { ...pages[1]!, version: BACKUP_VERSION - 1, json: '{"stale":true}' }, keys[1]);
    await expectBackupOfRegister();
    expect((await db.getAll('backup-pages')).every((p) => p.version === BACKUP_VERSION)).toBe(true);
  });

  it('tile the ids when a span is read in several transactions of several pages each', async () => {
    await restore(Array.from({ length: 95 }, () => record()));
    await expectBackupOfRegister();
    const keys = await pageKeys();
    expect((await db.getAll('backup-pages')).map((p) => p.count)).toEqual([...Array(23).fill(4), 3]);
    for (let i = 1; i < keys.length; i++) expect(keys[i]![0]).toBe(keys[i - 1]![1]);
    expect([keys[0]![0], keys.at(-1)![1]]).toEqual(['', '']);
  });

  it('a page that cannot be written (a full disk) fails no backup: its records are read again the next time', async () => {
    await restore(Array.from({ length: 6 }, () => record()));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'backup-pages') throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expectBackupOfRegister();
      expect(await pageKeys()).toEqual([]);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    await expectBackupOfRegister();
    expect(await pageKeys()).toHaveLength(2);
  });

  it('are emptied when the register is locked, and a locked register writes none', async () => {
    await restore([record({ notes: 'a private note 5512' }), record()]);
    await fillBackupPages(db);
    expect(JSON.stringify(await db.getAll('backup-pages'))).toContain('a private note 5512');
    await register.vault.setPassphrase('correct horse battery');
    expect(await db.count('backup-pages')).toBe(0);
    const downloads: Blob[] = [];
    await createRegisterService(register, providers, quietEffects(downloads)).exportBackup({});
    expect(await db.count('backup-pages')).toBe(0);
    expect(readBackup(await downloads[0]!.text(), new Set()).accepted).toHaveLength(2);
    await expect(pagedBackup()).rejects.toThrow(/locked/);
  });

  it('an import writes the pages of what it brings, and the backup made from them imports whole', async () => {
    const downloads: Blob[] = [];
    const service = createRegisterService(register, providers, quietEffects(downloads));
    await restore(Array.from({ length: 3 }, () => record()));
    await service.exportBackup({});
    const other = `pages-other-${Math.random()}`;
    const target = await Register.open(other, memoryKeyStore(), 1000);
    const targetService = createRegisterService(target, providers, quietEffects(downloads));
    await target.restore([{ record: record(), proof: null }]);
    await targetService.importBackup(await downloads[0]!.text());
    const targetDb = await openRegister(other);
    const pages = await targetDb.getAll('backup-pages');
    expect(pages.reduce((n, p) => n + p.count, 0)).toBe(4);
    targetDb.close();
    await targetService.exportBackup({});
    const again = readBackup(await downloads[1]!.text(), new Set());
    expect(again.accepted.map((a) => a.record.id).sort()).toEqual((await target.all()).map((r) => r.id).sort());
    target.close();
  });
});

describe('backup pages and the schema', () => {
  it('migration 8 -> 9 makes the store; a register of schema 8 backs up whole', async () => {
    const old = `v8-${Math.random()}`;
    const v8 = await openRegister(old, 8);
    expect([...v8.objectStoreNames]).not.toContain('backup-pages');
    v8.close();
    const upgraded = await Register.open(old, memoryKeyStore(), 1000);
    await upgraded.restore([{ record: record(), proof: null }]);
    const downloads: Blob[] = [];
    await createRegisterService(upgraded, providers, quietEffects(downloads)).exportBackup({});
    expect(readBackup(await downloads[0]!.text(), new Set()).accepted).toHaveLength(1);
    upgraded.close();
  });

  it('any later migration empties the pages: they were written from records as they were', async () => {
    await restore([record(), record()]);
    await fillBackupPages(db);
    db.close();
    register.close();
    MIGRATIONS.push(() => undefined);
    try {
      db = await openRegister(name, DB_VERSION + 1);
      expect(await db.count('backup-pages')).toBe(0);
      expect(await db.count('records')).toBe(2);
    } finally {
      MIGRATIONS.pop();
    }
    register = await Register.open(`pages-${Math.random()}`, memoryKeyStore(), 1000);
  });

  it('every write transaction over the records also holds the backup pages (the page it makes stale is dropped in it)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const writes = files('storage').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/transaction\(\s*\[([^\]]*)\]\s*,\s*'readwrite'/g)].map((m) => ({ file, stores: m[1]! })),
    );
    const overRecords = writes.filter((w) => w.stores.includes("'records'"));
    expect(overRecords.length).toBeGreaterThanOrEqual(5);
    expect(overRecords.filter((w) => !w.stores.includes("'backup-pages'"))).toEqual([]);
    // No shortcut writes a record outside such a transaction (migrations, in db.ts, empty the pages after them).
    const shortcuts = files('storage')
      .filter((file) => !file.endsWith('db.ts'))
      .filter((file) => /\.(put|add|delete|clear)\(\s*'records'/.test(readFileSync(file, 'utf8')));
    expect(shortcuts).toEqual([]);
  });
});
