import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { providers } from '../../providers/registry';
import { readBackup } from '../../register/backup';
import type { RunRequest } from '../../storage/backup-runs';
import { openRegister } from '../../storage/db';
import { splitStore } from '../../storage/key-chunks';
import { parallelRuns } from '../../storage/parallel-runs';
import { Register } from '../../storage/register';
import { createRegisterService } from '../../storage/register-service';
import { record } from '../register/fixtures';
import { fakeReaders } from './backup-readers';
import { quietEffects } from './service-effects';

let name: string;
let register: Register;
beforeEach(async () => {
  name = `parallel-${Math.random()}`;
  register = await Register.open(name);
  await register.restore(Array.from({ length: 23 }, (_, i) => ({ record: record({ notes: `note ${i} "quoted" ünïcode` }), proof: null })));
  // An audit trail of 24 entries: the import's, and one per edit.
  for (const r of await register.all()) await register.update({ ...r, notes: `${r.notes} edited` });
});
afterEach(() => register.close());

const text = async (runs: AsyncIterable<{ json: Blob; count: number }>) => {
  const parts: string[] = [];
  let count = 0;
  for await (const run of runs) {
    parts.push(await run.json.text());
    count += run.count;
  }
  return { items: JSON.parse(`[${parts.join(',')}]`) as Array<{ seq: number }>, count };
};

async function spans(parts: number): Promise<RunRequest[]> {
  const db = await openRegister(name);
  try {
    return (await splitStore(db, 'audit', parts, 5)).map((span) => ({ span, size: 4 }));
  } finally {
    db.close();
  }
}

describe('parallel backup readers', () => {
  it('hands the spans over in key order, whichever reader finishes first, each entry once', async () => {
    const requests = await spans(3);
    // The first span's reader is the slowest: its runs still come first.
    const readers = fakeReaders(name, { delayOf: (r) => (r === requests[0] ? 15 : 0) });
    const { items, count } = await text(parallelRuns(requests, readers.spawn));
    const db = await openRegister(name);
    const expected = (await db.getAllKeys('audit')) as number[];
    db.close();
    expect(items.map((e) => e.seq)).toEqual(expected);
    expect(count).toBe(24);
    expect(readers.started).toHaveLength(3);
    expect(readers.terminatedCount()).toBe(3);
  });

  it('fails the whole list when one reader fails, so no backup is written with a part missing', async () => {
    const requests = await spans(3);
    const readers = fakeReaders(name, { failOn: (r) => r === requests[1] });
    await expect(text(parallelRuns(requests, readers.spawn))).rejects.toThrow(/audit trail could not be read: disk gone/);
  });
});

describe('a backup of a plain register read by worker threads', () => {
  it('is the same backup as one read in the page, and imports whole', async () => {
    const inPage: Blob[] = [];
    const byWorkers: Blob[] = [];
    const readers = fakeReaders(name);
    await createRegisterService(register, providers, quietEffects(inPage)).exportBackup({});
    await createRegisterService(register, providers, quietEffects(byWorkers, { spawnBackupReader: readers.spawn, backupReaders: 3, backupEntriesPerReader: 5, backupRecordsForWorker: 20 })).exportBackup({});
    // One reader for the records (from their backup pages, written on the way), three for the audit trail's spans.
    expect(readers.started.map((r) => ('recordPages' in r ? 'records' : 'audit'))).toEqual(['records', 'audit', 'audit', 'audit']);
    // The same JSON (runs from several readers are joined at other line breaks than one chunk's items).
    const withoutDate = async (blob: Blob) => ({ ...(JSON.parse(await blob.text()) as object), exportedAt: null });
    expect(await withoutDate(byWorkers[0]!)).toEqual(await withoutDate(inPage[0]!));
    const report = readBackup(await byWorkers[0]!.text(), new Set());
    expect(report.rejected).toEqual([]);
    expect(report.accepted).toHaveLength(23);
  });
});

describe('a register too small for threads', () => {
  it('is read in the page: no reader is started', async () => {
    const readers = fakeReaders(name);
    const downloads: Blob[] = [];
    const effects = quietEffects(downloads, { spawnBackupReader: readers.spawn, backupReaders: 2, backupEntriesPerReader: 30, backupRecordsForWorker: 24 });
    await createRegisterService(register, providers, effects).exportBackup({});
    expect(readers.started).toEqual([]);
    expect(readBackup(await downloads[0]!.text(), new Set()).accepted).toHaveLength(23);
  });
});
