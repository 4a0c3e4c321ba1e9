import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openRegister, type QuickFreezeDB } from '../../storage/db';
import { keyChunks, splitStore, WHOLE_STORE } from '../../storage/key-chunks';
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

const ids = async (chunks: AsyncIterable<{ id: string }[]>) => {
  const out: string[][] = [];
  for await (const chunk of chunks) out.push(chunk.map((r) => r.id));
  return out;
};

describe('keyChunks and splitStore', () => {
  it('splits a store into spans of about equal size that cover it once, in key order', async () => {
    const all = (await ids(keyChunks(db, 'records', 100, (r) => r.id))).flat();
    expect(all).toHaveLength(23);
    const spans = await splitStore(db, 'records', 3, 5);
    expect(spans).toHaveLength(3);
    const parts = await Promise.all(spans.map(async (span) => (await ids(keyChunks(db, 'records', 4, (r) => r.id, span))).flat()));
    expect(parts.map((p) => p.length)).toEqual([8, 8, 7]);
    expect(parts.flat()).toEqual(all);
  });

  it('reads chunks of the given size within a span, and keeps a small store whole', async () => {
    const [first] = await splitStore(db, 'records', 2, 5);
    expect((await ids(keyChunks(db, 'records', 5, (r) => r.id, first))).map((c) => c.length)).toEqual([5, 5, 2]);
    expect(await splitStore(db, 'records', 4, 20)).toEqual([WHOLE_STORE]);
    expect(await splitStore(db, 'audit', 4, 1)).toHaveLength(1);
  });
});
