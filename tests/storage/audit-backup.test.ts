import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { providers } from '../../providers/registry';
import type { RegisterService } from '../../register/service';
import { Register, sha256Hex } from '../../storage/register';
import { createRegisterService } from '../../storage/register-service';

let register: Register;
let service: RegisterService;
let downloads: Blob[];
const terms = { periodDays: 90, extensionDays: 90 };
const capture = (reference: string, text = `Request ${reference} received.`) => ({
  providerId: 'google',
  reference,
  caseNumber: 'C-1',
  accountIdentifiers: ['someone@gmail.com'],
  requestType: 'preservation',
  requestedAt: '2026-11-20T10:00:00.000Z',
  source: 'confirmation-page',
  proof: { url: 'https://lers.google.com/done', capturedAt: '2026-11-20T10:00:01.000Z', text },
});

async function open(): Promise<void> {
  register = await Register.open(`audit-backup-${Math.random()}`);
  downloads = [];
  service = createRegisterService(register, providers, {
    today: () => '2026-12-01',
    download: (_name, blob) => downloads.push(blob),
    copyText: vi.fn(async () => {}),
    copyRich: vi.fn(async () => {}),
    notifyChanged: vi.fn(),
    caseSelected: vi.fn(),
    onChange: () => () => {},
  });
}
beforeEach(open);
afterEach(() => register.close());

async function exported(): Promise<string> {
  await service.exportBackup({});
  return downloads.at(-1)!.text();
}

describe('backups and the audit trail', () => {
  it('a backup carries every record’s trail (also of deleted records), and importing it restores the trail, then "imported"', async () => {
    const { record } = await register.saveCapture(capture('G-1'), terms);
    await service.update({ ...record, notes: 'checked' });
    const { record: gone } = await register.saveCapture(capture('G-2'), terms);
    await service.remove(gone.id);
    const text = await exported();
    expect(JSON.parse(text).audit.map((e: { event: string }) => e.event)).toEqual(['created', 'edited', 'created', 'deleted']);

    register.close();
    await open();
    const report = await service.importBackup(text);
    expect(report.accepted).toHaveLength(1);
    expect(report.altered).toEqual([]);
    const trail = await service.loadAudit(record.id);
    expect(trail.map((e) => e.event)).toEqual(['created', 'edited', 'imported']);
    expect(trail[1]!.detail).toEqual([{ field: 'notes', from: '', to: 'checked' }]);
  });

  it('a proof whose text was changed in the backup comes in as "proof altered", counted in the report, never with the stale hash', async () => {
    await register.saveCapture(capture('G-3'), terms);
    await register.saveCapture(capture('G-4'), terms);
    const backup = JSON.parse(await exported());
    const target = backup.records.find((r: { reference: string }) => r.reference === 'G-4');
    backup.proofs.find((p: { recordId: string }) => p.recordId === target.id).text = 'Request G-4 received. (and a line added later)';

    register.close();
    await open();
    const report = await service.importBackup(JSON.stringify(backup));
    expect(report.accepted).toHaveLength(2);
    expect(report.altered).toEqual(['G-4']);
    const proof = (await service.loadProof(target.id))!;
    expect(proof.integrity).toBe('altered');
    expect(proof.sha256).toBe(await sha256Hex('Request G-4 received. (and a line added later)'));
    expect(proof.claimedSha256).toBe(await sha256Hex('Request G-4 received.'));
    expect((await register.get(target.id))!.proofIntegrity).toBe('altered');
    expect((await service.loadAudit(target.id)).map((e) => e.event)).toEqual(['created', 'imported', 'proof-altered']);

    // Exported again and imported elsewhere, it is still marked: the mark travels with the proof.
    const again = await exported();
    register.close();
    await open();
    await service.importBackup(again);
    expect((await service.loadProof(target.id))!.integrity).toBe('altered');
  });

  it('an import writes one "imported" entry for all the records it brings; exported and imported again, each record keeps its history', async () => {
    const first = await register.saveCapture(capture('G-5'), terms);
    const second = await register.saveCapture(capture('G-6'), terms);
    await service.update({ ...second.record, notes: 'second look' });
    const text = await exported();

    register.close();
    await open();
    await service.importBackup(text);
    const shared = JSON.parse(await exported()).audit.filter((e: { event: string }) => e.event === 'imported');
    expect(shared).toHaveLength(1);
    expect([...shared[0].recordId].sort()).toEqual([first.record.id, second.record.id].sort());
    const again = await exported();

    // A third register: the shared entry comes once more as one entry, and after it this import's own.
    register.close();
    await open();
    await service.importBackup(again);
    expect((await service.loadAudit(first.record.id)).map((e) => e.event)).toEqual(['created', 'imported', 'imported']);
    expect((await service.loadAudit(second.record.id)).map((e) => e.event)).toEqual(['created', 'edited', 'imported', 'imported']);
    const audit = JSON.parse(await exported()).audit;
    expect(audit.map((e: { event: string }) => e.event)).toEqual(['created', 'created', 'edited', 'imported', 'imported']);
  });

  it('an import that brings only some of a shared entry\'s records writes it for those only', async () => {
    const kept = await register.saveCapture(capture('G-7'), terms);
    const left = await register.saveCapture(capture('G-8'), terms);
    const text = await exported();
    register.close();
    await open();
    await service.importBackup(text);
    const backup = JSON.parse(await exported());
    backup.records = backup.records.filter((r: { id: string }) => r.id === kept.record.id);
    register.close();
    await open();
    await service.importBackup(JSON.stringify(backup));
    const shared = JSON.parse(await exported()).audit.filter((e: { event: string }) => e.event === 'imported');
    expect(shared.map((e: { recordId: unknown }) => e.recordId)).toEqual([kept.record.id, kept.record.id]);
    expect(await service.loadAudit(left.record.id)).toEqual([]);
  });
});
