import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { withDerived, withInlineWords } from '../../storage/derived';
import { DB_VERSION, MIGRATIONS, openRegister } from '../../storage/db';
import { Register } from '../../storage/register';
import { record } from '../register/fixtures';

describe('migration 7 -> 8: search words in a store of their own', () => {
  it('moves each record’s words out of it, keeps the record otherwise as it was, and search still finds it', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(8);
    const name = `v7-${Math.random()}`;
    const v7 = await openRegister(name, 7);
    const stored = [
      record({ reference: 'R-1', caseNumber: 'CASE-B', accountIdentifiers: ['wintermoth.doe@example.com'] }),
      record({ reference: 'R-2', caseNumber: 'CASE-B', notes: 'Kept for the harbour case' }),
    ];
    for (const r of stored) await v7.put('records', withInlineWords(r) as never);
    v7.close();

    const register = await Register.open(name);
    expect((await register.queries.withTokenPrefix('wintermoth')).map((r) => r.reference)).toEqual(['R-1']);
    expect((await register.queries.withTokenPrefix('harbour')).map((r) => r.reference)).toEqual(['R-2']);
    expect((await register.all()).sort((a, b) => a.reference.localeCompare(b.reference))).toEqual(stored);
    register.close();

    const db = await openDB(name, DB_VERSION);
    const raw = (await db.getAll('records')) as Array<{ derived: Record<string, unknown> }>;
    expect(raw.map((r) => Object.keys(r.derived))).toEqual([['expiresOn'], ['expiresOn']]);
    expect([...db.transaction('records').store.indexNames]).not.toContain('by-token');
    expect((await db.getAll('words')).map((w) => w.id).sort()).toEqual(stored.map((r) => r.id).sort());
    db.close();
  });

  it('gives a locked register’s records empty words, as it stores new sealed ones', async () => {
    const name = `v7-locked-${Math.random()}`;
    const v7 = await openRegister(name, 7);
    const sealedShape = { ...withInlineWords(record({ reference: 'blind-ref' })), sealed: { iv: 'x', data: 'y' } };
    sealedShape.derived.tokens = [];
    await v7.put('records', sealedShape as never);
    await v7.put('vault', { wrapped: 'keys of the lock' }, 'keys');
    v7.close();
    const db = await openRegister(name);
    expect(await db.getAll('words')).toEqual([{ id: sealedShape.id, tokens: [] }]);
    expect(await db.count('records')).toBe(1);
    db.close();
  });

  it('an upgrade whose walk over the records fails half-way is undone whole: the register stays at its version', async () => {
    const name = `failing-${Math.random()}`;
    const before = await openRegister(name);
    for (const r of [record({ reference: 'R-9' }), record({ reference: 'R-10' })]) await before.put('records', withDerived(r).stored);
    before.close();
    // A migration after the last one that rewrites the first record, then fails on the second.
    MIGRATIONS.push((_db, tx) =>
      (async () => {
        const cursor = await tx.objectStore('records').openCursor();
        await cursor!.update({ ...cursor!.value, notes: 'half-way' });
        throw new Error('the second record cannot be migrated');
      })(),
    );
    try {
      await expect(openRegister(name, DB_VERSION + 1)).rejects.toThrow();
    } finally {
      MIGRATIONS.pop();
    }
    const still = await openDB(name);
    expect(still.version).toBe(DB_VERSION);
    expect(((await still.getAll('records')) as Array<{ notes: string }>).map((r) => r.notes)).not.toContain('half-way');
    still.close();
  });
});
