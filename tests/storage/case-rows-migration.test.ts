import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { withInlineWords } from '../../storage/derived';
import { DB_VERSION, openRegister } from '../../storage/db';
import { Register } from '../../storage/register';
import { record } from '../register/fixtures';

describe('migration 6 -> 7: a case row for every case a record names (the case list reads the rows)', () => {
  it('adds the missing rows of a plain register, dated by one of the case’s records, and keeps the rows it had', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(7);
    const name = `v6-${Math.random()}`;
    const v6 = await openRegister(name, 6);
    const stored = [
      record({ reference: 'R-1', caseNumber: 'CASE-B', createdAt: '2026-10-01T09:00:00.000Z' }),
      record({ reference: 'R-2', caseNumber: 'CASE-B', createdAt: '2026-10-02T09:00:00.000Z' }),
      record({ reference: 'R-3', caseNumber: 'CASE-A' }),
      record({ reference: 'R-4', caseNumber: '' }),
    ];
    for (const r of stored) await v6.put('records', withInlineWords(r) as never);
    await v6.put('cases', { caseNumber: 'CASE-A', title: 'Titled before', createdAt: '2026-09-01T00:00:00.000Z' });
    v6.close();

    const register = await Register.open(name);
    expect(await register.queries.caseNumbers()).toEqual(['', 'CASE-A', 'CASE-B']);
    register.close();
    const db = await openDB(name, DB_VERSION);
    expect(await db.getAll('cases')).toEqual([
      { caseNumber: 'CASE-A', title: 'Titled before', createdAt: '2026-09-01T00:00:00.000Z' },
      { caseNumber: 'CASE-B', title: '', createdAt: '2026-10-01T09:00:00.000Z' },
    ]);
    db.close();
  });

  it('leaves a locked register as it is: its rows are sealed, and a row without its sealed part could not be opened', async () => {
    const name = `v6-locked-${Math.random()}`;
    const v6 = await openRegister(name, 6);
    await v6.put('records', withInlineWords(record({ reference: 'R-1', caseNumber: 'blind-value-of-a-case' })) as never);
    await v6.put('vault', { wrapped: 'keys of the lock' }, 'keys');
    v6.close();
    const db = await openRegister(name);
    expect(await db.getAll('cases')).toEqual([]);
    expect(await db.count('records')).toBe(1);
    db.close();
  });
});
