import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../register/schema';
import { changesBetween } from '../../storage/audit';
import { Register } from '../../storage/register';
import { record } from '../register/fixtures';

let register: Register;
const terms = { periodDays: 90, extensionDays: 90 };
const capture = {
  providerId: 'x',
  reference: 'X-1001',
  caseNumber: '2026-0042',
  accountIdentifiers: ['@someone'],
  requestType: 'preservation',
  requestedAt: '2026-11-20T14:03:00.000Z',
  source: 'confirmation-page',
  proof: { url: 'https://legalrequests.x.com/done', capturedAt: '2026-11-20T14:03:05.000Z', text: 'Your request X-1001 was received.' },
};
const day = (d: string) => new Date(`${d}T09:00:00.000Z`);
const events = (entries: AuditEntry[]) => entries.map((e) => e.event);

beforeEach(async () => {
  register = await Register.open(`audit-${Math.random()}`);
});
afterEach(() => register.close());

describe('audit trail', () => {
  it('records creation, each edited field old -> new, extensions, superseded, deletion and undo, in order', async () => {
    const { record: saved } = await register.saveCapture(capture, terms, day('2026-11-20'));
    const edited = await register.update({ ...saved, caseNumber: '2026-0043', notes: 'served on the 21st' }, day('2026-11-21'));
    await register.addExtension(saved.id, { requestedOn: '2027-02-10', reference: 'X-1001-E1' }, day('2027-02-10'));
    await register.update({ ...(await register.get(saved.id))!, supersededOn: '2027-03-01' }, day('2027-03-01'));
    const removed = await register.remove(saved.id, day('2027-03-02'));
    expect(events(await register.audit(saved.id))).toEqual(['created', 'edited', 'extended', 'superseded', 'deleted']);
    await register.restore([removed!], 'restored', day('2027-03-02'));

    const trail = await register.audit(saved.id);
    expect(events(trail)).toEqual(['created', 'edited', 'extended', 'superseded', 'deleted', 'restored']);
    expect(trail[0]!.detail).toContainEqual({ field: 'source', from: null, to: 'confirmation-page' });
    expect(trail[0]!.detail.find((d) => d.field === 'proof.sha256')!.to).toMatch(/^[0-9a-f]{64}$/);
    expect(trail[1]!.at).toBe(edited.updatedAt);
    expect(trail[1]!.detail).toEqual([
      { field: 'caseNumber', from: '2026-0042', to: '2026-0043' },
      { field: 'notes', from: '', to: 'served on the 21st' },
    ]);
    expect(trail[2]!.detail).toEqual([
      { field: 'requestedOn', from: null, to: '2027-02-10' },
      { field: 'reference', from: null, to: 'X-1001-E1' },
    ]);
    expect(trail[3]!.detail).toEqual([{ field: 'supersededOn', from: null, to: '2027-03-01' }]);
    expect(trail[4]!.detail).toEqual([{ field: 'reference', from: 'X-1001', to: null }]);
    expect(trail.map((e) => e.seq)).toEqual([...trail.map((e) => e.seq)].sort((a, b) => a! - b!));
  });

  it('keeps the history of a deleted record', async () => {
    const { record: saved } = await register.saveCapture(capture, terms);
    await register.remove(saved.id);
    expect(await register.get(saved.id)).toBeUndefined();
    expect(events(await register.audit(saved.id))).toEqual(['created', 'deleted']);
  });

  it('a screenshot is an entry of its own', async () => {
    const { record: saved } = await register.saveCapture(capture, terms);
    await register.attachScreenshot(saved.id, 'data:image/jpeg;base64,AAAA');
    const trail = await register.audit(saved.id);
    expect(events(trail)).toEqual(['created', 'screenshot']);
    expect(trail[1]!.detail[0]!.to).toContain('https://legalrequests.x.com/done');
  });

  it('writes nothing to the trail when the change does not land, and no change lands without its entry', async () => {
    const { record: saved } = await register.saveCapture(capture, terms);
    await expect(register.update({ ...saved, preservedOn: 'yesterday' })).rejects.toThrow(/preservedOn/);
    await expect(register.restore([{ record: { ...saved, id: crypto.randomUUID() }, proof: null }])).rejects.toThrow(/already/);
    expect(events(await register.audit(saved.id))).toEqual(['created']);

    // A malformed entry brought with a record keeps the record out too: one transaction.
    const other = record({ providerId: 'meta', reference: 'M-1' });
    const broken = { recordId: other.id, at: 'not a time', event: 'edited', detail: [] } as unknown as AuditEntry;
    await expect(register.restore([{ record: other, proof: null, audit: [broken] }], 'imported')).rejects.toThrow(/Not saved/);
    expect(await register.get(other.id)).toBeUndefined();
    expect(await register.audit(other.id)).toEqual([]);
  });

  it('an import writes the trail the backup brings, then "imported", then "proof-altered" where the hash did not match', async () => {
    const item = record({ providerId: 'meta', reference: 'M-2' });
    const brought: AuditEntry = { recordId: 'someone-elses-id', at: '2026-11-20T14:05:00.000Z', event: 'created', detail: [] };
    await register.restore([{ record: item, proof: null, audit: [brought], proofAltered: { claimed: 'a'.repeat(64), actual: 'b'.repeat(64) } }], 'imported', day('2026-12-01'));
    const trail = await register.audit(item.id);
    expect(events(trail)).toEqual(['created', 'imported', 'proof-altered']);
    expect(trail.every((e) => e.recordId === item.id)).toBe(true);
    expect(trail[2]!.detail).toEqual([{ field: 'proof.sha256', from: 'a'.repeat(64), to: 'b'.repeat(64) }]);
  });
});

describe('audit trail: one entry for a batch', () => {
  it('an import of many records writes one "imported" entry naming them all, found in each record\'s history', async () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ record: record({ providerId: 'meta', reference: `M-${i}` }), proof: null }));
    await register.restore(items, 'imported', day('2026-12-01'));
    const trails = await Promise.all(items.map(({ record: r }) => register.audit(r.id)));
    expect(trails.every((t) => t.length === 1 && t[0]!.event === 'imported')).toBe(true);
    expect(new Set(trails.map((t) => t[0]!.seq)).size).toBe(1);
    expect(trails[0]![0]!.recordId).toEqual(items.map(({ record: r }) => r.id));
  });

  it('a record deleted after a batch import keeps the shared entry, then its own "deleted"', async () => {
    const items = [record({ providerId: 'meta', reference: 'M-A' }), record({ providerId: 'meta', reference: 'M-B' })].map((r) => ({ record: r, proof: null }));
    await register.restore(items, 'imported', day('2026-12-01'));
    await register.remove(items[0]!.record.id, day('2026-12-02'));
    expect(events(await register.audit(items[0]!.record.id))).toEqual(['imported', 'deleted']);
    expect(events(await register.audit(items[1]!.record.id))).toEqual(['imported']);
  });
});

describe('changesBetween', () => {
  it('names each changed field old -> new, also fields added to the record later; an edit of no field writes nothing', () => {
    const before = record();
    expect(changesBetween(before, { ...before, updatedAt: '2027-01-01T00:00:00.000Z' }, '2027-01-01T00:00:00.000Z')).toEqual([]);
    const after = { ...before, accountIdentifiers: ['a', 'b'], periodDays: 60, basis: 'eu-epoc-pr' } as typeof before;
    const [edited] = changesBetween(before, after, '2027-01-01T00:00:00.000Z');
    expect(edited!.detail).toEqual([
      { field: 'accountIdentifiers', from: before.accountIdentifiers.join('\n'), to: 'a\nb' },
      { field: 'periodDays', from: '90', to: '60' },
      { field: 'basis', from: null, to: 'eu-epoc-pr' },
    ]);
  });

  it('an extension removed or rewritten is an edit of the extensions, not an extension', () => {
    const ext = { id: '00000000-0000-4000-8000-00000000e001', requestedOn: '2027-01-10', reference: null };
    const before = record({ extensions: [ext] });
    const [entry] = changesBetween(before, { ...before, extensions: [] }, '2027-01-11T00:00:00.000Z');
    expect(entry!.event).toBe('edited');
    expect(entry!.detail).toEqual([{ field: 'extensions', from: '2027-01-10', to: '' }]);
  });
});
