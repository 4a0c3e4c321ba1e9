import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openRegister, type QuickFreezeDB } from '../../storage/db';
import { between, keyChunks, splitStore, WHOLE_STORE, type KeySpan } from '../../storage/key-chunks';
import { Register } from '../../storage/register';
import { record } from '../register/fixtures';

let register: Register;
let db: IDBPDatabase<QuickFreezeDB>;
beforeEach(async () => {
  const name = `chunks-${Math.random()}`;
  register = await Register.open(name);
  await register.restore(Array.from({ length: 23 }, () => ({ record: record(), proof: null })));
  db = await openRegister(name);
});
afterEach(() => {
  db.close();
  register.close();
});

const ids = async (chunks: AsyncIterable<{ id?: string; seq?: number }[]>) => {
  const out: string[][] = [];
  for await (const chunk of chunks) out.push(chunk.map((r) => String(r.id ?? r.seq)));
  return out;
};

describe('keyChunks and splitStore', () => {
  const partsOf = (spans: KeySpan[], store: 'records' | 'audit', key: (v: never) => IDBValidKey) =>
    Promise.all(spans.map(async (span) => (await ids(keyChunks(db, store, 4, key as never, span))).flat()));

  it('splits a store into spans that cover it once, in key order', async () => {
    const all = (await ids(keyChunks(db, 'records', 100, (r) => r.id))).flat();
    expect(all).toHaveLength(23);
    const spans = await splitStore(db, 'records', 3, 5);
    expect(spans.length).toBeGreaterThan(1);
    expect((await partsOf(spans, 'records', (r: { id: string }) => r.id)).flat()).toEqual(all);
  });

  it('reads chunks of the given size within a span, and keeps a small store whole', async () => {
    expect((await ids(keyChunks(db, 'records', 5, (r) => r.id))).map((c) => c.length)).toEqual([5, 5, 5, 5, 3]);
    expect(await splitStore(db, 'records', 4, 20)).toEqual([WHOLE_STORE]);
    expect(await splitStore(db, 'records', 4, 5, 10)).toHaveLength(2);
    expect(await splitStore(db, 'audit', 4, 1)).toHaveLength(1);
  });

  it('gives spans of about equal size for random UUIDs and for numbered ids, from the two ends alone', async () => {
    const uuids = Array.from({ length: 2000 }, () => crypto.randomUUID()).sort();
    const numbered = Array.from({ length: 2000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    for (const keys of [uuids, numbered]) {
      const upper = between(keys[0]!, keys.at(-1)!, 1 / 2);
      const below = keys.filter((k) => indexedDB.cmp(k, upper) < 0).length;
      expect(below / keys.length).toBeGreaterThan(0.4);
      expect(below / keys.length).toBeLessThan(0.6);
    }
  });

  it('interpolates between any two strings in key order, and the spans still cover every key once', () => {
    for (const [low, high] of [['a', 'b'], ['abc', 'abd'], ['a', 'a\u0000'], ['CASE-1', 'case-9'], ['0', 'ffff'], ['x', 'x-']]) {
      for (const fraction of [0.25, 0.5, 0.75]) {
        const mid = between(low!, high!, fraction);
        expect(indexedDB.cmp(mid, high!)).toBeLessThanOrEqual(0);
        expect(indexedDB.cmp(mid, low!)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('splits the audit trail by the numbers of its first and last entries, covering every entry once', async () => {
    for (const r of await register.all()) await register.update({ ...r, notes: 'edited' });
    const seqs = (await ids(keyChunks(db, 'audit', 100, (e) => e.seq!))).flat();
    expect(seqs.length).toBe(24); // the import's one entry, then one per edit
    const spans = await splitStore(db, 'audit', 3, 5);
    const parts = await partsOf(spans, 'audit', (e: { seq: number }) => e.seq);
    expect(parts.map((p) => p.length)).toEqual([8, 8, 8]);
    expect(parts.flat()).toEqual(seqs);
    expect(await splitStore(db, 'audit', 3, 20)).toEqual([WHOLE_STORE]);
  });
});
