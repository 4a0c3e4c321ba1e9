import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../storage/db';
import { searchTokens } from '../../storage/derived';
import { Register } from '../../storage/register';
import { record } from '../register/fixtures';
import type { PreservationRecord } from '../../register/schema';

let register: Register;
beforeEach(async () => {
  register = await Register.open(`queries-${Math.random()}`);
});
afterEach(() => register.close());

const a = record({ reference: 'A-1', providerId: 'meta', caseNumber: 'C-1', preservedOn: '2026-11-20', accountIdentifiers: ['https://facebook.com/jane.doe'] });
const b = record({ reference: 'B-2', providerId: 'x', caseNumber: 'C-1', preservedOn: '2026-10-01', accountIdentifiers: ['@b'] });
const c = record({ reference: 'C-3', providerId: 'meta', caseNumber: '', preservedOn: '2026-12-24', accountIdentifiers: ['@c'], extensions: [{ id: 'ext-00000001', requestedOn: '2027-01-01', reference: null }] });

describe('a version 1 register upgraded', () => {
  it('keeps its records as they were and fills the new indexes', async () => {
    const name = `v1-${Math.random()}`;
    const v1 = await openDB(name, 1, { upgrade: (db, _o, _n, tx) => MIGRATIONS[0]!(db as never, tx as never) });
    for (const r of [a, b, c]) await v1.put('records', r);
    v1.close();
    const upgraded = await Register.open(name);
    expect((await upgraded.all()).sort((x, y) => x.reference.localeCompare(y.reference))).toEqual([a, b, c]);
    const q = upgraded.queries;
    expect((await q.scan({ order: 'expiry', limit: 10 })).map((r) => r.reference)).toEqual(['B-2', 'A-1', 'C-3']);
    expect((await q.withTokenPrefix('jane')).map((r) => r.reference)).toEqual(['A-1']);
    expect((await q.withReference('C-3')).map((r) => r.id)).toEqual([c.id]);
    // Written straight into the store, these records have no case rows: the upgrade adds them for the case list.
    expect(await q.caseNumbers()).toEqual(['', 'C-1']);
    upgraded.close();
  });
});

describe('queries', () => {
  beforeEach(() => register.restore([a, b, c].map((r) => ({ record: r, proof: null }))));

  it('counts from indexes: all, per case, per provider', async () => {
    const q = register.queries;
    expect(await q.count()).toBe(3);
    expect(await q.countOfCase('C-1')).toBe(2);
    expect(await q.countOfCase('')).toBe(1);
    expect(await q.countOfProvider('meta')).toBe(2);
    expect(await q.caseNumbers()).toEqual(['', 'C-1']);
    expect(await q.providerIds()).toEqual(['meta', 'x']);
  });

  it('lists a case only while a record names it: not after its last record moved to another case or was deleted', async () => {
    const q = register.queries;
    await register.update({ ...b, caseNumber: 'C-2' });
    expect(await q.caseNumbers()).toEqual(['', 'C-1', 'C-2']);
    await register.update({ ...a, caseNumber: 'C-2' });
    expect(await q.caseNumbers()).toEqual(['', 'C-2']);
    await register.remove(c.id);
    expect(await q.caseNumbers()).toEqual(['C-2']);
    await register.remove(a.id);
    await register.remove(b.id);
    expect(await q.caseNumbers()).toEqual([]);
  });

  it('reads a page along the expiry index, stopping when it is full, with a provider and a predicate', async () => {
    const q = register.queries;
    expect((await q.scan({ order: 'expiry', limit: 2 })).map((r) => r.reference)).toEqual(['B-2', 'A-1']);
    expect((await q.scan({ order: 'expiry', providerId: 'meta', limit: 5 })).map((r) => r.reference)).toEqual(['A-1', 'C-3']);
    expect((await q.scan({ order: 'preserved', accept: (r) => r.caseNumber === 'C-1', limit: 5 })).map((r) => r.reference)).toEqual(['B-2', 'A-1']);
  });

  it('reads between two expiry dates, and gives up on a search word more records start with than allowed', async () => {
    const q = register.queries;
    // Expiries: B-2 2026-12-30, A-1 2027-02-18, C-3 2027-06-22 (one extension).
    expect((await q.scan({ order: 'expiry', limit: 5, expiresFrom: '2026-12-30', expiresTo: '2027-02-18' })).map((r) => r.reference)).toEqual(['B-2', 'A-1']);
    expect((await q.scan({ order: 'expiry', limit: 5, expiresFrom: '2026-12-31' })).map((r) => r.reference)).toEqual(['A-1', 'C-3']);
    expect((await q.scan({ order: 'expiry', providerId: 'meta', limit: 5, expiresTo: '2027-02-17' })).map((r) => r.reference)).toEqual([]);
    expect(await q.idsWithTokenPrefix('jane', 1)).toEqual([a.id]);
    expect(await q.idsWithTokenPrefix('@', 1)).toBeNull(); // @b and @c
    expect((await q.withIds([c.id, 'gone'])).map((r) => r.reference)).toEqual(['C-3']);
  });

  it('keeps the indexes current on an edit and a delete', async () => {
    await register.update({ ...b, preservedOn: '2027-06-01', accountIdentifiers: ['@renamed'] });
    const q = register.queries;
    expect((await q.scan({ order: 'expiry', limit: 5 })).map((r) => r.reference)).toEqual(['A-1', 'C-3', 'B-2']);
    expect((await q.withTokenPrefix('renamed')).map((r) => r.reference)).toEqual(['B-2']);
    await register.remove(a.id);
    expect(await q.withTokenPrefix('jane')).toEqual([]);
    expect(await q.countOfCase('C-1')).toBe(1);
  });

  it('reads every record and proof in chunks, oldest preservation first', async () => {
    const chunks: string[][] = [];
    for await (const chunk of register.queries.recordChunks(2)) chunks.push(chunk.map((r) => r.reference));
    expect(chunks).toEqual([['B-2', 'A-1'], ['C-3']]);
    const { keys, ids } = await register.queries.existingKeys();
    expect(keys).toEqual(new Set(['meta\u0000A-1', 'x\u0000B-2', 'meta\u0000C-3']));
    expect(ids).toEqual(new Set([a.id, b.id, c.id]));
  });

  it('reads every record in chunks in id order for a backup, without the derived index fields', async () => {
    const chunks: PreservationRecord[][] = [];
    for await (const chunk of register.queries.recordChunksById(2)) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.length)).toEqual([2, 1]);
    expect(chunks.flat()).toEqual([a, b, c].sort((x, y) => x.id.localeCompare(y.id)));
  });

  it('returns records without the derived index fields', async () => {
    expect(await register.get(a.id)).toEqual(a);
    expect(Object.keys((await register.queries.scan({ order: 'expiry', limit: 1 }))[0]!)).not.toContain('derived');
  });
});

describe('search tokens', () => {
  it('holds each word and its tails after punctuation, lower-cased', () => {
    const tokens = searchTokens({ reference: 'REF-0042', caseNumber: '', accountIdentifiers: ['https://facebook.com/Jane.Doe'], notes: '', providerId: 'meta' });
    expect(tokens).toEqual(expect.arrayContaining(['ref-0042', '0042', 'https://facebook.com/jane.doe', 'jane.doe', 'doe', 'meta']));
    expect(tokens).not.toContain('');
  });
});
