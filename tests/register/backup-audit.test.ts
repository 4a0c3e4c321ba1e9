import { describe, expect, it } from 'vitest';
import { checkProofs, makeBackup, MAX_BACKUP_BYTES, readBackup, tooLargeReason } from '../../register/backup';
import type { AuditEntry, Proof } from '../../register/schema';
import { sha256Hex } from '../../storage/register';
import { record } from './fixtures';

const at = '2026-11-20T14:05:00.000Z';
const trailOf = (recordId: string, seq = 1): AuditEntry[] => [
  { seq, recordId, at, event: 'created', detail: [{ field: 'source', from: null, to: 'manual' }] },
  { seq: seq + 1, recordId, at, event: 'edited', detail: [{ field: 'caseNumber', from: '1', to: '2' }] },
];
const proofOf = async (recordId: string, text: string, sha256?: string): Promise<Proof> => ({
  recordId,
  url: 'https://lers.google.com/done',
  capturedAt: at,
  text,
  sha256: sha256 ?? (await sha256Hex(text)),
  screenshot: null,
});

describe('backup import: the audit trail', () => {
  it('brings each record its own trail, in the order written (the backup\'s numbers order it; the store numbers anew)', () => {
    const [a, b] = [record(), record()];
    const audit = [...trailOf(b.id, 5), ...trailOf(a.id, 1)].reverse();
    const report = readBackup(JSON.stringify(makeBackup([a, b], [], new Date(), audit)), new Set());
    expect(report.rejected).toEqual([]);
    expect(report.accepted[0]!.audit!.map((e) => [e.recordId, e.event, e.seq])).toEqual([
      [a.id, 'created', 1],
      [a.id, 'edited', 2],
    ]);
    expect(report.accepted[1]!.audit!.map((e) => e.event)).toEqual(['created', 'edited']);
  });

  it('gives an entry written for several records to each of them, as one shared entry', () => {
    const [a, b, c] = [record(), record(), record()];
    const imported: AuditEntry = { seq: 3, recordId: [a.id, b.id, c.id], at, event: 'imported', detail: [] };
    const report = readBackup(JSON.stringify(makeBackup([a, b], [], new Date(), [...trailOf(a.id), imported])), new Set());
    const [first, second] = report.accepted;
    expect(first!.audit!.map((e) => e.event)).toEqual(['created', 'edited', 'imported']);
    expect(second!.audit!.map((e) => e.event)).toEqual(['imported']);
    expect(first!.audit![2]).toBe(second!.audit![0]);
  });

  it('rejects the records a malformed shared entry names, and keeps the others', () => {
    const [a, b, c] = [record(), record(), record()];
    const broken = { recordId: [a.id, b.id], at, event: 'renamed', detail: [] };
    const report = readBackup(JSON.stringify(makeBackup([a, b, c], [], new Date(), [broken as unknown as AuditEntry])), new Set());
    expect(report.accepted.map((x) => x.record.id)).toEqual([c.id]);
    expect(report.rejected.map((x) => x.index)).toEqual([0, 1]);
  });

  it('moves the trail with a record that gets a fresh id', () => {
    const mine = record();
    const theirs = { ...record(), id: mine.id };
    const report = readBackup(JSON.stringify(makeBackup([theirs], [], new Date(), trailOf(mine.id))), new Set(), new Set([mine.id]));
    const [item] = report.accepted;
    expect(item!.record.id).not.toBe(mine.id);
    expect(item!.audit!.every((e) => e.recordId === item!.record.id)).toBe(true);
  });

  it('rejects, with the reason, a record whose trail has a malformed entry, and imports the others', () => {
    const [good, bad] = [record(), record()];
    const audit = [...trailOf(good.id), { recordId: bad.id, at, event: 'renamed', detail: [] }];
    const report = readBackup(JSON.stringify(makeBackup([good, bad], [], new Date(), audit as AuditEntry[])), new Set());
    expect(report.accepted.map((a) => a.record.id)).toEqual([good.id]);
    expect(report.rejected).toEqual([
      { index: 1, reference: bad.reference, reason: expect.stringMatching(/history has a malformed entry \(audit entry 3: event/), problem: expect.objectContaining({ key: 'register.import.badHistory' }) },
    ]);
  });

  it('refuses the whole file when a malformed entry names no record: nothing is imported half', () => {
    const report = readBackup(JSON.stringify(makeBackup([record()], [], new Date(), [{ at } as AuditEntry])), new Set());
    expect(report.accepted).toEqual([]);
    expect(report.rejected).toEqual([
      { index: -1, reference: null, reason: expect.stringMatching(/Audit entry 1 is malformed.*nothing was imported/), problem: expect.objectContaining({ key: 'register.import.auditUnattributed' }) },
    ]);
  });

  it('a file over the size limit is refused with its size, before parsing', () => {
    expect(tooLargeReason(MAX_BACKUP_BYTES + 1)).toMatch(/201 MB; a QuickFreeze backup is at most 200 MB\. Nothing was imported\./);
    const report = readBackup(' '.repeat(MAX_BACKUP_BYTES + 1), new Set());
    expect(report.rejected[0]!.reason).toMatch(/at most 200 MB/);
  });
});

describe('backup import: proof integrity', () => {
  it('recomputes every proof hash: a mismatch keeps the proof, marked altered, with the hash of its text; a match is left alone', async () => {
    const [kept, tampered] = [record({ hasProof: true }), record({ hasProof: true })];
    const proofs = [await proofOf(kept.id, 'as captured'), await proofOf(tampered.id, 'edited afterwards', await sha256Hex('as captured'))];
    const report = await checkProofs(readBackup(JSON.stringify(makeBackup([kept, tampered], proofs)), new Set()), sha256Hex);

    expect(report.altered).toEqual([tampered.reference]);
    const [ok, altered] = report.accepted;
    expect(ok!.proof).toEqual(proofs[0]);
    expect(ok!.proofAltered).toBeUndefined();
    expect(ok!.record.proofIntegrity).toBeUndefined();
    expect(altered!.proof!.text).toBe('edited afterwards');
    expect(altered!.proof!.sha256).toBe(await sha256Hex('edited afterwards'));
    expect(altered!.proof!.integrity).toBe('altered');
    expect(altered!.proof!.claimedSha256).toBe(await sha256Hex('as captured'));
    expect(altered!.record.proofIntegrity).toBe('altered');
    expect(altered!.proofAltered).toEqual({ claimed: await sha256Hex('as captured'), actual: await sha256Hex('edited afterwards') });
  });
});
