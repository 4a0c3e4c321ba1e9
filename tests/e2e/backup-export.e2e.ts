import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser.mjs';
import { backupWithRecords } from '../../scripts/lib/seed.mjs';
import type { PreservationRecord } from '../../register/schema';

// A plain register's backup is read by worker threads side by side (storage/backup-worker.ts), one per span of the
// store; 10,000 records make two spans. The file must be the register, whole, in id order, whatever thread read it.
const COUNT = 10_000;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
});

describe('backup export read by worker threads', () => {
  it('writes every record once, in id order, without index words, read by readers in other threads', async () => {
    const seed = backupWithRecords(COUNT);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await page.setInputFiles('#import-backup', { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed)) });
    await page.waitForFunction(() => document.querySelector('[data-record]') && /10,000|10000/.test(document.body.innerText), null, { timeout: 120_000 });

    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { records: PreservationRecord[]; audit: Array<{ event: string; recordId: string[] }> };
    await page.close();

    // Two readers for the records' two spans, one for the audit trail.
    expect(workers.filter((url) => /backup-worker/.test(url))).toHaveLength(3);
    expect(file.records).toHaveLength(COUNT);
    const ids = file.records.map((r) => r.id);
    expect(ids).toEqual([...seed.records.map((r) => r.id)].sort());
    expect(file.records.some((r) => 'derived' in r)).toBe(false);
    const byId = new Map(seed.records.map((r) => [r.id, r]));
    expect(file.records.filter((r) => JSON.stringify(r) !== JSON.stringify({ ...byId.get(r.id), ...r }))).toEqual([]);
    expect(file.records[4321]).toEqual(byId.get(file.records[4321]!.id));
    expect(file.audit.map((e) => [e.event, e.recordId.length])).toEqual([['imported', COUNT]]);
  }, 240_000);
});
