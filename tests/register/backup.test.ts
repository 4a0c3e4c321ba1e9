import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup, recordKey, recordsCsv } from '../../register/backup';
import { record } from './fixtures';

describe('backup import', () => {
  it('round-trips a backup', () => {
    const records = [record(), record()];
    const report = readBackup(JSON.stringify(makeBackup(records, [])), new Set());
    expect(report.accepted.map((a) => a.record)).toEqual(records);
    expect(report.rejected).toEqual([]);
  });

  it.each([
    ['not JSON', '{"format": ', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1, records: [] }), /not a QuickFreeze backup/],
    ['a newer version', JSON.stringify({ format: 'quickfreeze-backup', version: 99, records: [] }), /newer QuickFreeze/],
    ['an array', '[]', /not a QuickFreeze backup|expected object/],
  ])('rejects %s with a reason', (_name, text, reason) => {
    const report = readBackup(text, new Set());
    expect(report.accepted).toEqual([]);
    expect(report.rejected[0]!.reason).toMatch(reason);
  });

  it('rejects each bad entry on its own, with its reason, and keeps the good ones', () => {
    const good = record();
    const text = JSON.stringify({
      format: 'quickfreeze-backup',
      version: 1,
      records: [good, { ...record(), reference: '' }, { ...record(), preservedOn: '20/11/2026' }, 'junk'],
    });
    const report = readBackup(text, new Set());
    expect(report.accepted.map((a) => a.record.id)).toEqual([good.id]);
    expect(report.rejected.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(report.rejected[1]!.reason).toContain('preservedOn');
  });

  it('merges without duplicates', () => {
    const a = record();
    const b = record();
    const report = readBackup(JSON.stringify(makeBackup([a, b, { ...b, id: '00000000-0000-4000-8000-999999999999' }], [])), new Set([recordKey(a)]));
    expect(report.accepted.map((x) => x.record.id)).toEqual([b.id]);
    expect(report.alreadyPresent).toBe(2);
  });
});

describe('CSV export', () => {
  it('quotes cells and defuses spreadsheet formulas', () => {
    const csv = recordsCsv([record({ notes: '=HYPERLINK("x")', accountIdentifiers: ['a, b'] })], () => 'Meta', '2026-11-22');
    const [head, row] = csv.split('\r\n');
    expect(head).toContain('reference');
    expect(row).toContain('"\'=HYPERLINK(""x"")"');
    expect(row).toContain('"a, b"');
  });
});

describe('backup import: id collisions', () => {
  it('gives a different record with a colliding id a fresh id, proof included', () => {
    const mine = record();
    const theirs = { ...record(), id: mine.id };
    const proof = { recordId: mine.id, url: 'https://lers.google.com/x', capturedAt: '2026-11-20T10:00:00.000Z', text: 't', sha256: 'a'.repeat(64), screenshot: null };
    const report = readBackup(JSON.stringify(makeBackup([theirs], [proof])), new Set([recordKey(mine)]), new Set([mine.id]));
    expect(report.accepted).toHaveLength(1);
    expect(report.accepted[0]!.record.id).not.toBe(mine.id);
    expect(report.accepted[0]!.proof!.recordId).toBe(report.accepted[0]!.record.id);
  });
});
