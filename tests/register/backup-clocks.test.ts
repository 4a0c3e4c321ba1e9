import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../register/backup';
import { productionSchema } from '../../register/production';
import { record } from './fixtures';

const order = productionSchema.parse({ order: 'eu-epoc', issuedAt: '2026-11-20T13:00:00.000Z', emergency: true, issuedBy: 'non-judicial', timeZone: 'Europe/Berlin', dueAt: null, validatedOn: '2026-11-21', answeredOn: null });

describe('backups carry the clocks', () => {
  it('a production order and a confirmed EPOC-PR round-trip with their fields', () => {
    const records = [record({ reference: 'EPOC-1', production: order }), record({ reference: 'PR-1', basis: 'eu-epoc-pr', productionConfirmedOn: '2026-12-01' })];
    const report = readBackup(JSON.stringify(makeBackup(records, [])), new Set());
    expect(report.rejected).toEqual([]);
    expect(report.accepted.map((a) => a.record)).toEqual(records);
  });

  it('an old backup, without the new fields, still imports', () => {
    const old = record({ reference: 'OLD-1' });
    const report = readBackup(JSON.stringify({ format: 'quickfreeze-backup', version: 1, records: [old] }), new Set());
    expect(report.accepted.map((a) => a.record)).toEqual([old]);
    expect(report.accepted[0]!.record).not.toHaveProperty('production');
  });

  it('refuses a production order whose time zone or deadline is not one, with its reason', () => {
    const bad = record({ reference: 'EPOC-2', production: { ...order, timeZone: 'Nowhere/Atlantis' } });
    const worse = record({ reference: 'EPOC-3', production: { ...order, dueAt: 'soon' } });
    const report = readBackup(JSON.stringify({ format: 'quickfreeze-backup', version: 1, records: [bad, worse] }), new Set());
    expect(report.accepted).toEqual([]);
    expect(report.rejected.map((r) => r.reason).join(' ')).toMatch(/timeZone[\s\S]*dueAt|dueAt[\s\S]*timeZone/);
  });
});
