import { describe, expect, it } from 'vitest';
import { backupParts, readBackup } from '../../register/backup';
import { decryptBackup, DamagedBackupError, encryptBackup, isEncryptedBackup, SEGMENT_BYTES } from '../../register/encrypted-backup';
import type { AuditEntry, PreservationRecord, Proof } from '../../register/schema';
import { WrongPassphraseError } from '../../storage/vault/crypto';
import { record } from './fixtures';

// A low PBKDF2 cost keeps these tests quick; the product uses KDF_ITERATIONS (600,000).
const FAST = 1000;
const PASSPHRASE = 'correct horse battery staple';
const SECRETS = { reference: 'LE-2026-SECRET-4471', caseNumber: 'RPD-CASE-99812', account: 'hidden.account.77', note: 'informant lives at 12 Elm' };

async function* once<T>(items: T[]): AsyncGenerator<T[]> {
  yield items;
}

async function plainParts(records: PreservationRecord[], proofs: Proof[] = [], audit: AuditEntry[] = []): Promise<BlobPart[]> {
  return backupParts(once(records), once(proofs), once(audit), {}, records.length, new Date('2026-11-20T10:00:00Z'));
}

const textOf = (parts: BlobPart[]) => new Blob(parts).text();

const secretRecord = () =>
  record({ reference: SECRETS.reference, caseNumber: SECRETS.caseNumber, accountIdentifiers: [SECRETS.account], notes: SECRETS.note });

describe('encrypted backup', () => {
  it('round-trips: the decrypted text is the plain backup, and it imports', async () => {
    const records = [secretRecord(), record()];
    const plain = await textOf(await plainParts(records));
    const file = await textOf(await encryptBackup(await plainParts(records), PASSPHRASE, new Date(), FAST));
    expect(isEncryptedBackup(file)).toBe(true);
    expect(isEncryptedBackup(plain)).toBe(false);
    const opened = await decryptBackup(file, PASSPHRASE);
    expect(opened).toBe(plain);
    expect(readBackup(opened, new Set()).accepted.map((a) => a.record)).toEqual(records);
  });

  it('holds none of the plaintext: no secret, no field name of the records', async () => {
    const file = await textOf(await encryptBackup(await plainParts([secretRecord()]), PASSPHRASE, new Date(), FAST));
    for (const secret of [...Object.values(SECRETS), PASSPHRASE, 'caseNumber', 'quickfreeze-backup"']) expect(file).not.toContain(secret);
    expect(JSON.parse(file)).toMatchObject({ format: 'quickfreeze-backup-encrypted', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: FAST } });
  });

  it('uses the product cost (600,000 PBKDF2 rounds) unless told otherwise', async () => {
    const file = JSON.parse(await textOf(await encryptBackup(['{}'], PASSPHRASE))) as { kdf: { iterations: number } };
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('refuses a wrong passphrase as such', async () => {
    const file = await textOf(await encryptBackup(await plainParts([secretRecord()]), PASSPHRASE, new Date(), FAST));
    await expect(decryptBackup(file, 'correct horse battery stapler')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses a tampered segment as damaged', async () => {
    const file = JSON.parse(await textOf(await encryptBackup(await plainParts([secretRecord()]), PASSPHRASE, new Date(), FAST))) as {
      segments: Array<{ iv: string; ct: string }>;
    };
    const bytes = atob(file.segments[0]!.ct);
    file.segments[0]!.ct = btoa(bytes.slice(0, 10) + String.fromCharCode(bytes.charCodeAt(10) ^ 1) + bytes.slice(11));
    await expect(decryptBackup(JSON.stringify(file), PASSPHRASE)).rejects.toBeInstanceOf(DamagedBackupError);
  });

  it('refuses segments reordered or cut short (each is bound to its place and to their number)', async () => {
    const big = 'x'.repeat(SEGMENT_BYTES * 2 + 10);
    const file = JSON.parse(await textOf(await encryptBackup([big], PASSPHRASE, new Date(), FAST))) as { segments: unknown[] };
    expect(file.segments).toHaveLength(3);
    expect(await decryptBackup(JSON.stringify(file), PASSPHRASE)).toBe(big);
    const swapped = { ...file, segments: [file.segments[1], file.segments[0], file.segments[2]] };
    await expect(decryptBackup(JSON.stringify(swapped), PASSPHRASE)).rejects.toBeInstanceOf(DamagedBackupError);
    const cut = { ...file, segments: file.segments.slice(0, 2) };
    await expect(decryptBackup(JSON.stringify(cut), PASSPHRASE)).rejects.toBeInstanceOf(DamagedBackupError);
  });

  it('keeps multi-byte characters split across a segment boundary', async () => {
    const text = `${'a'.repeat(SEGMENT_BYTES - 1)}é€ after`;
    const file = await textOf(await encryptBackup([text], PASSPHRASE, new Date(), FAST));
    expect(await decryptBackup(file, PASSPHRASE)).toBe(text);
  });

  it.each([
    ['not JSON', '{"format": "quickfreeze-backup-encrypted"', /not valid JSON/],
    ['no segments', JSON.stringify({ format: 'quickfreeze-backup-encrypted', version: 1, exportedAt: 'x', kdf: {}, check: {}, segments: [] }), /not a readable encrypted/],
    ['a newer version', JSON.stringify({ format: 'quickfreeze-backup-encrypted', version: 2 }), /newer QuickFreeze/],
  ])('refuses %s with a reason', async (_name, text, reason) => {
    await expect(decryptBackup(text, PASSPHRASE)).rejects.toThrow(reason);
  });
});
