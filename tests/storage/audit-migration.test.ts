import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openRegister } from '../../storage/db';
import { Register } from '../../storage/register';
import { record } from '../register/fixtures';

describe('migration 4 -> 5: audit entries for several records', () => {
  it('opens a version 4 register with each record\'s history as it was, then finds a batch entry in each history', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(5);
    const name = `v4-${Math.random()}`;
    const [old, other] = [record({ reference: 'OLD-1' }), record({ reference: 'OLD-2' })];
    const v4 = await openRegister(name, 4);
    expect(v4.transaction('audit').store.index('by-record').multiEntry).toBe(false);
    await v4.put('records', old as never);
    await v4.put('records', other as never);
    await v4.add('audit', { recordId: old.id, at: '2026-11-01T10:00:00.000Z', event: 'created', detail: [] } as never);
    await v4.add('audit', { recordId: other.id, at: '2026-11-01T10:00:01.000Z', event: 'created', detail: [] } as never);
    await v4.add('audit', { recordId: old.id, at: '2026-11-02T10:00:00.000Z', event: 'edited', detail: [{ field: 'notes', from: '', to: 'x' }] } as never);
    v4.close();

    const register = await Register.open(name);
    expect((await register.audit(old.id)).map((e) => e.event)).toEqual(['created', 'edited']);
    expect((await register.audit(other.id)).map((e) => e.event)).toEqual(['created']);
    const fresh = [record({ reference: 'NEW-1' }), record({ reference: 'NEW-2' })];
    await register.restore(fresh.map((r) => ({ record: r, proof: null })), 'imported');
    for (const r of fresh) expect((await register.audit(r.id)).map((e) => e.event)).toEqual(['imported']);
    expect((await register.audit(old.id)).map((e) => e.event)).toEqual(['created', 'edited']);
    register.close();
  });
});
