import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser.mjs';
import { backupWithRecords } from '../../scripts/lib/seed.mjs';
import type { PreservationRecord } from '../../register/schema';
import { DB_NAME } from '../../storage/db-name';

// A plain register's backup is written from its backup pages (storage/backup-pages.ts), read by a worker thread at this
// size: an import writes them, a backup writes those it lacks. The file must be the register, whole, in id order, from
// the pages or from the records.
const COUNT = 10_000;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
});

/** The counts of the register's backup pages, in the extension's database, read (and first emptied, `empty`) in `page`. */
const backupPages = (page: import('playwright-core').Page, empty = false) =>
  page.evaluate(
    async ({ name, empty }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const db = await done(indexedDB.open(name));
      if (empty) await done(db.transaction('backup-pages', 'readwrite').objectStore('backup-pages').clear());
      const pages = await done(db.transaction('backup-pages').objectStore('backup-pages').getAll());
      db.close();
      return (pages as Array<{ count: number }>).map((p) => p.count);
    },
    { name: DB_NAME, empty },
  );

describe('backup export from backup pages', () => {
  it('writes every record once, in id order, without index words, from the pages an import wrote or from the records', async () => {
    const seed = backupWithRecords(COUNT);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.setInputFiles('#import-backup', { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed)) });
    await page.waitForFunction(() => document.querySelector('[data-record]') && /10,000|10000/.test(document.body.innerText), null, { timeout: 120_000 });
    expect(await backupPages(page)).toEqual(Array(COUNT / 500).fill(500));

    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const exportFile = async () => {
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
      return JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { records: PreservationRecord[]; audit: Array<{ event: string; recordId: string[] }> };
    };
    const fromPages = await exportFile();
    expect(await backupPages(page, true)).toEqual([]);
    const fromRecords = await exportFile();
    // The backup without pages wrote them again; a reader thread read the records each time.
    expect(await backupPages(page)).toEqual(Array(COUNT / 500).fill(500));
    expect(workers.filter((url) => /backup-worker/.test(url))).toHaveLength(2);
    await page.close();

    const byId = new Map(seed.records.map((r) => [r.id, r]));
    for (const file of [fromPages, fromRecords]) {
      expect(file.records).toHaveLength(COUNT);
      expect(file.records.map((r) => r.id)).toEqual([...seed.records.map((r) => r.id)].sort());
      expect(file.records.some((r) => 'derived' in r)).toBe(false);
      expect(file.records.filter((r) => JSON.stringify(r) !== JSON.stringify({ ...byId.get(r.id), ...r }))).toEqual([]);
      expect(file.records[4321]).toEqual(byId.get(file.records[4321]!.id));
      expect(file.audit.map((e) => [e.event, e.recordId.length])).toEqual([['imported', COUNT]]);
    }
    expect(fromRecords.records).toEqual(fromPages.records);
  }, 240_000);
});
