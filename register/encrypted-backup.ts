import { z } from 'zod';
import { fromBase64, KDF_ITERATIONS, toBase64, WrongPassphraseError } from '../storage/vault/crypto';
import { englishProblemText, problem, type Problem } from '../i18n/problems';
import { issueParams } from './backup';

/**
 * A passphrase-protected backup: the normal backup JSON (`backupParts`), encrypted with AES-GCM under a key that
 * PBKDF2-SHA-256 derives from the passphrase (fresh salt per file).
 *
 * Framing: the plaintext is cut into segments of SEGMENT_BYTES, each sealed on its own (fresh IV) with, as
 * additional data, its position and the number of segments, so a segment moved, dropped or added fails its tag.
 * Segments keep each WebCrypto call and each base64 string a few MB, whatever the size of the register. A sealed
 * check value tells a wrong passphrase (the check fails) from a damaged file (the check opens, a segment fails).
 */
export const ENCRYPTED_BACKUP_FORMAT = 'quickfreeze-backup-encrypted';
export const ENCRYPTED_BACKUP_VERSION = 1;
export const SEGMENT_BYTES = 4 * 1024 * 1024;
const CHECK = 'quickfreeze-backup-check';

const sealed = z.object({ iv: z.string().min(16).max(16), ct: z.string().min(1) });

const envelopeSchema = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.number().int().min(1).max(ENCRYPTED_BACKUP_VERSION),
  exportedAt: z.string().max(40),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    // Bounded: a file asking for a billion rounds would hang the page.
    iterations: z.number().int().min(1000).max(10_000_000),
    salt: z.string().min(16).max(64),
  }),
  check: sealed,
  segments: z.array(sealed).min(1).max(100_000),
});

export type EncryptedBackup = z.infer<typeof envelopeSchema>;

/** An encrypted backup refused: the Problem for the page to word, its English as the message. */
export class BackupImportError extends Error {
  constructor(readonly problem: Problem) {
    super(englishProblemText(problem));
  }
}

export class DamagedBackupError extends BackupImportError {
  constructor() {
    super(problem('register.import.damaged'));
  }
}

function unreadable(issue: z.core.$ZodIssue | undefined): Problem {
  if (issue?.path[0] === 'version' && issue.code === 'too_big') return problem('register.import.encryptedNewer', { version: ENCRYPTED_BACKUP_VERSION });
  return problem('register.import.encryptedUnreadable', issueParams(issue, 'file'));
}

const encoder = new TextEncoder();

async function keyFrom(passphrase: string, kdf: EncryptedBackup['kdf']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const segmentLabel = (index: number, count: number) => encoder.encode(`${ENCRYPTED_BACKUP_FORMAT}/${ENCRYPTED_BACKUP_VERSION} segment ${index} of ${count}`);

async function seal(key: CryptoKey, bytes: Uint8Array<ArrayBuffer>, label: Uint8Array<ArrayBuffer>) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: label }, key, bytes));
  return { iv: toBase64(iv), ct: toBase64(ct) };
}

async function open(key: CryptoKey, part: { iv: string; ct: string }, label: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(part.iv), additionalData: label }, key, fromBase64(part.ct)));
}

/** The encrypted backup file's text parts, from the plain backup's parts (as `backupParts` gives them). */
export async function encryptBackup(plainParts: BlobPart[], passphrase: string, now = new Date(), iterations = KDF_ITERATIONS): Promise<BlobPart[]> {
  const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(crypto.getRandomValues(new Uint8Array(16))) } as const;
  const key = await keyFrom(passphrase, kdf);
  const plain = new Uint8Array(await new Blob(plainParts).arrayBuffer());
  const count = Math.max(1, Math.ceil(plain.length / SEGMENT_BYTES));
  const check = await seal(key, encoder.encode(CHECK), encoder.encode(CHECK));
  const head = { format: ENCRYPTED_BACKUP_FORMAT, version: ENCRYPTED_BACKUP_VERSION, exportedAt: now.toISOString(), kdf, check };
  const parts: BlobPart[] = [`${JSON.stringify(head).slice(0, -1)},"segments":[`];
  for (let index = 0; index < count; index++) {
    const segment = await seal(key, plain.slice(index * SEGMENT_BYTES, (index + 1) * SEGMENT_BYTES), segmentLabel(index, count));
    parts.push(`${index ? ',\n' : '\n'}${JSON.stringify(segment)}`);
  }
  parts.push('\n]}\n');
  return parts;
}

/** Whether a file's text is an encrypted backup (told by its opening, so a large plain backup is not parsed twice). */
export function isEncryptedBackup(text: string): boolean {
  return new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${ENCRYPTED_BACKUP_FORMAT}"`).test(text.slice(0, 200));
}

/**
 * The plain backup JSON inside an encrypted backup. Throws `WrongPassphraseError` for a wrong passphrase,
 * `DamagedBackupError` for a file altered or cut short, and a `BackupImportError` with the reason for a file that is not one.
 */
export async function decryptBackup(text: string, passphrase: string): Promise<string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupImportError(problem('register.import.encryptedNotJson'));
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupImportError(unreadable(parsed.error.issues[0]));
  }
  const { kdf, check, segments } = parsed.data;
  const key = await keyFrom(passphrase, kdf);
  try {
    await open(key, check, encoder.encode(CHECK));
  } catch {
    throw new WrongPassphraseError();
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let plain = '';
  for (let index = 0; index < segments.length; index++) {
    try {
      plain += decoder.decode(await open(key, segments[index]!, segmentLabel(index, segments.length)), { stream: index < segments.length - 1 });
    } catch {
      throw new DamagedBackupError();
    }
  }
  return plain;
}
