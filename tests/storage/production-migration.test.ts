import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openRegister } from '../../storage/db';
import { Register } from '../../storage/register';

const terms = { periodDays: 90, extensionDays: 90 };
const base = {
  providerId: 'meta',
  caseNumber: '2026-0042',
  accountIdentifiers: ['jane.doe'],
  requestType: 'preservation',
  requestedAt: '2026-11-20T14:03:00.000Z',
  source: 'manual',
  proof: null,
};
const order = { order: 'eu-epoc', issuedAt: '2026-11-20T13:00:00.000Z', emergency: false, issuedBy: 'judicial', timeZone: 'Europe/Berlin', dueAt: null, validatedOn: null, answeredOn: null };

describe('migration 3 -> 4: production orders', () => {
  it('opens a version 3 register with its records as they were, and lists only production orders in the new index', async () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(4);
    const name = `v3-${Math.random()}`;
    const seed = await Register.open(`seed-${name}`);
    const { record: old } = await seed.saveCapture({ ...base, reference: 'OLD-1' }, terms);
    seed.close();
    const v3 = await openRegister(name, 3);
    expect(v3.objectStoreNames.contains('records')).toBe(true);
    expect([...v3.transaction('records').store.indexNames]).not.toContain('by-production');
    await v3.put('records', old as never);
    v3.close();

    const register = await Register.open(name);
    expect(await register.get(old.id)).toEqual(old);
    expect(await register.queries.productionOrders()).toEqual([]);
    const { record: epoc } = await register.saveCapture({ ...base, reference: 'EPOC-1', requestType: 'legal-process', production: order }, terms);
    expect(epoc.production).toEqual(order);
    expect((await register.queries.productionOrders()).map((r) => r.reference)).toEqual(['EPOC-1']);
    expect((await register.all()).map((r) => r.reference).sort()).toEqual(['EPOC-1', 'OLD-1']);
    register.close();
  });

  it('refuses a production order with a bad time zone or date, and writes nothing', async () => {
    const register = await Register.open(`bad-${Math.random()}`);
    await expect(register.saveCapture({ ...base, reference: 'EPOC-2', production: { ...order, timeZone: 'Mars/Olympus' } }, terms)).rejects.toThrow(/timeZone/);
    await expect(register.saveCapture({ ...base, reference: 'EPOC-3', production: { ...order, issuedAt: 'tomorrow' } }, terms)).rejects.toThrow(/issuedAt/);
    expect(await register.all()).toEqual([]);
    register.close();
  });

  it('records a confirmed production order on a preservation, validated, with its history', async () => {
    const register = await Register.open(`confirm-${Math.random()}`);
    const { record } = await register.saveCapture({ ...base, reference: 'PR-1', basis: 'eu-epoc-pr' }, terms);
    await expect(register.update({ ...record, productionConfirmedOn: '2026-13-01' })).rejects.toThrow(/productionConfirmedOn/);
    const confirmed = await register.update({ ...record, productionConfirmedOn: '2026-12-01' });
    expect((await register.get(record.id))!.productionConfirmedOn).toBe('2026-12-01');
    const history = await register.audit(confirmed.id);
    expect(history.at(-1)!.detail).toContainEqual({ field: 'productionConfirmedOn', from: null, to: '2026-12-01' });
    register.close();
  });
});
