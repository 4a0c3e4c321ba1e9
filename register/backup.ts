import { z } from 'zod';
import { expiryOf, statusOf } from './expiry';
import { yieldToPage, type ChunkedWork } from './chunked';
import { auditEntrySchema, auditRecordIds, proofSchema, recordSchema, type AuditEntry, type PreservationRecord, type Proof } from './schema';
import { englishProblemText, problem, type Problem } from '../i18n/problems';

export const BACKUP_FORMAT = 'quickfreeze-backup';
/** 2: an audit entry may name several records (`recordId` a list). Version 1 files read as before. */
export const BACKUP_VERSION = 2;
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** Why a file is refused on its size alone, before any of it is read. */
export const tooLargeProblem = (bytes: number): Problem => problem('register.import.tooLarge', { size: Math.ceil(bytes / (1024 * 1024)) });

/** The reason a file is refused on its size alone, in English (logs, tests). */
export const tooLargeReason = (bytes: number) => englishProblemText(tooLargeProblem(bytes));

/**
 * A file or entry not imported: its position (-1: the file as a whole), its reference where it has one, and why, as a
 * Problem the page words in its language and as `reason` in English.
 */
export interface ImportRejection {
  index: number;
  reference: string | null;
  reason: string;
  problem: Problem;
}

export const rejection = (index: number, reference: string | null, why: Problem): ImportRejection => ({ index, reference, reason: englishProblemText(why), problem: why });

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  records: PreservationRecord[];
  proofs: Proof[];
  /** Every record's history (also of records deleted since), in the order it was written. */
  audit: AuditEntry[];
}

export function makeBackup(records: PreservationRecord[], proofs: Proof[], now = new Date(), audit: AuditEntry[] = []): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), records, proofs, audit };
}

export interface ImportedItem {
  record: PreservationRecord;
  proof: Proof | null;
  /** The record's history as the backup brings it, oldest first (store numbers dropped). */
  audit?: AuditEntry[];
  /** Set by `checkProofs`: the backup stated `claimed` as the proof's hash, its text hashes to `actual`. */
  proofAltered?: { claimed: string; actual: string };
}

export interface ImportReport {
  accepted: ImportedItem[];
  /** Entries not imported, each with its position and the reason. */
  rejected: ImportRejection[];
  /** Entries already in the register (same provider and reference): skipped, not duplicated. */
  alreadyPresent: number;
  /** References of accepted records whose proof text does not match the hash the backup states ("proof altered"). */
  altered?: string[];
}

const envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  records: z.array(z.unknown()).max(1_000_000),
  proofs: z.array(z.unknown()).max(1_000_000).optional(),
  audit: z.array(z.unknown()).max(10_000_000).optional(),
});

/**
 * Read a backup file. Never throws: a file that is not a backup at all is one rejection with the reason; each bad
 * entry is rejected on its own with its reason; entries already present are counted, not duplicated.
 */
export function readBackup(text: string, existingKeys: Set<string>, existingIds: Set<string> = new Set()): ImportReport {
  const report: ImportReport = { accepted: [], rejected: [], alreadyPresent: 0 };
  if (text.length > MAX_BACKUP_BYTES) {
    report.rejected.push(rejection(-1, null, tooLargeProblem(text.length)));
    return report;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    report.rejected.push(rejection(-1, null, problem('register.import.notJson', { detail: String((error as Error).message).slice(0, 120) })));
    return report;
  }
  const head = envelope.safeParse(json);
  if (!head.success) {
    report.rejected.push(rejection(-1, null, envelopeProblem(head.error.issues[0])));
    return report;
  }
  const proofs = new Map<string, Proof>();
  for (const raw of head.data.proofs ?? []) {
    const proof = proofSchema.safeParse(raw);
    if (proof.success) proofs.set(proof.data.recordId, proof.data);
  }
  const trails = readTrails(head.data.audit ?? []);
  if ('unattributed' in trails) {
    const { index, field, detail } = trails.unattributed;
    report.rejected.push(rejection(-1, null, problem('register.import.auditUnattributed', { number: index + 1, field, detail })));
    return report;
  }
  const seen = new Set(existingKeys);
  /** A proof belongs to the first entry carrying its record id, never to a second entry with the same id. */
  const proofClaimed = new Set<string>();
  head.data.records.forEach((raw, index) => {
    const parsed = recordSchema.safeParse(raw);
    const reference = typeof (raw as { reference?: unknown })?.reference === 'string' ? String((raw as { reference: string }).reference).slice(0, 120) : null;
    if (!parsed.success) {
      report.rejected.push(rejection(index, reference, problem('register.import.badEntry', issueParams(parsed.error.issues[0], 'entry'))));
      return;
    }
    const broken = trails.malformed.get(parsed.data.id);
    if (broken) {
      report.rejected.push(rejection(index, reference, problem('register.import.badHistory', { number: broken.index + 1, field: broken.field, detail: broken.detail })));
      return;
    }
    const key = `${parsed.data.providerId}\u0000${parsed.data.reference}`;
    if (seen.has(key)) {
      report.alreadyPresent++;
      return;
    }
    seen.add(key);
    const claimed = proofClaimed.has(parsed.data.id);
    const proof = claimed ? null : (proofs.get(parsed.data.id) ?? null);
    const trail = claimed ? [] : (trails.valid.get(parsed.data.id) ?? []);
    proofClaimed.add(parsed.data.id);
    // A different record under the same id (from another browser's register) gets a fresh id, with its proof.
    const id = existingIds.has(parsed.data.id) ? crypto.randomUUID() : parsed.data.id;
    existingIds.add(id);
    const item: ImportedItem = { record: { ...parsed.data, id, hasProof: !!proof }, proof: proof ? { ...proof, recordId: id } : null };
    // An entry written for several records stays one object, so the import writes it once (storage/register.ts restore).
    if (trail.length) item.audit = trail.map((e) => (typeof e.recordId === 'string' ? { ...e, recordId: id } : e));
    report.accepted.push(item);
  });
  return report;
}

interface TrailProblem {
  index: number;
  field: string;
  detail: string;
}

/** A validation issue as the field it concerns (`whole` for the value itself) and Zod's words. */
export function issueParams(issue: z.core.$ZodIssue | undefined, whole: string): { field: string; detail: string } {
  return { field: issue?.path.join('.') || whole, detail: issue?.message ?? '' };
}

function envelopeProblem(issue: z.core.$ZodIssue | undefined): Problem {
  if (issue?.path[0] === 'format') return problem('register.import.notBackup', { format: BACKUP_FORMAT });
  if (issue?.path[0] === 'version' && issue.code === 'too_big') return problem('register.import.newer', { version: BACKUP_VERSION });
  return problem('register.import.badFile', issueParams(issue, 'file'));
}

/**
 * The backup's audit entries, validated, grouped by record in the order written. A malformed entry that names a
 * record keeps that record out (it would come in with half its history); one that names none refuses the file.
 */
function readTrails(raw: readonly unknown[]): { valid: Map<string, AuditEntry[]>; malformed: Map<string, TrailProblem> } | { unattributed: TrailProblem } {
  const valid = new Map<string, AuditEntry[]>();
  const malformed = new Map<string, TrailProblem>();
  const parsed: AuditEntry[] = [];
  for (let index = 0; index < raw.length; index++) {
    const result = auditEntrySchema.safeParse(raw[index]);
    if (result.success) {
      parsed.push(result.data);
      continue;
    }
    const broken = { index, ...issueParams(result.error.issues[0], 'entry') };
    const named = (raw[index] as { recordId?: unknown } | null)?.recordId;
    const recordIds = typeof named === 'string' ? [named] : Array.isArray(named) && named.length && named.every((n) => typeof n === 'string') ? (named as string[]) : null;
    if (!recordIds) return { unattributed: broken };
    for (const recordId of recordIds) if (!malformed.has(recordId)) malformed.set(recordId, broken);
  }
  parsed.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  // The backup's `seq` stays on each entry: an import writes the histories in that order.
  for (const e of parsed) {
    for (const recordId of auditRecordIds(e)) {
      const trail = valid.get(recordId);
      if (trail) trail.push(e);
      else valid.set(recordId, [e]);
    }
  }
  return { valid, malformed };
}

/**
 * Recompute each accepted proof's SHA-256. Where the backup states another hash, the proof is kept with its text's
 * own hash, marked altered (and its record too), never with the stale hash as if nothing happened.
 */
export async function checkProofs(report: ImportReport, hash: (text: string) => Promise<string>): Promise<ImportReport> {
  const altered: string[] = [];
  for (const item of report.accepted) {
    if (!item.proof) continue;
    const actual = await hash(item.proof.text);
    if (actual === item.proof.sha256) continue;
    item.proofAltered = { claimed: item.proof.sha256, actual };
    item.proof = { ...item.proof, sha256: actual, integrity: 'altered', claimedSha256: item.proof.sha256 };
    item.record = { ...item.record, proofIntegrity: 'altered' };
    altered.push(item.record.reference);
  }
  report.altered = altered;
  return report;
}

export function recordKey(record: Pick<PreservationRecord, 'providerId' | 'reference'>): string {
  return `${record.providerId}\u0000${record.reference}`;
}

const CSV_COLUMNS = ['provider', 'reference', 'case number', 'account identifiers', 'request type', 'date of preservation', 'extensions', 'expiry', 'status', 'source', 'notes'];

function csvCell(value: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = CSV_COLUMNS.join(',');

export function recordsCsv(records: PreservationRecord[], providerName: (id: string) => string, today: string): string {
  return [CSV_HEADER, ...csvRows(records, providerName, today)].join('\r\n');
}

/** One CSV line per record, without the header (for exports written in chunks). */
export function csvRows(records: readonly PreservationRecord[], providerName: (id: string) => string, today: string): string[] {
  return records.map((r) =>
    [
      providerName(r.providerId),
      r.reference,
      r.caseNumber,
      r.accountIdentifiers.join('; '),
      r.requestType,
      r.preservedOn,
      r.extensions.map((e) => e.requestedOn + (e.reference ? ` (${e.reference})` : '')).join('; '),
      expiryOf(r),
      statusOf(r, today),
      r.source,
      r.notes,
    ].map(csvCell).join(','),
  );
}

/**
 * Items of a list already written as JSON (joined by commas, no brackets), e.g. by a reader in another thread
 * (storage/backup-runs.ts); `count` items.
 */
export interface JsonRun {
  json: Blob;
  count: number;
}

const isJsonRun = (chunk: readonly unknown[] | JsonRun): chunk is JsonRun => !Array.isArray(chunk);

/**
 * A backup file as Blob parts, written chunk by chunk from the register's cursors so that 100,000 records never
 * sit in one string; the same JSON `readBackup` reads.
 */
export async function backupParts(
  records: AsyncIterable<readonly PreservationRecord[] | JsonRun>,
  proofs: AsyncIterable<readonly Proof[]>,
  audit: AsyncIterable<readonly AuditEntry[] | JsonRun>,
  { onProgress, signal }: ChunkedWork = {},
  total: number | null = null,
  now = new Date(),
): Promise<BlobPart[]> {
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString() };
  const parts: BlobPart[] = [`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "records": [`];
  let done = 0;
  const list = async <T>(chunks: AsyncIterable<readonly T[] | JsonRun>, count: boolean) => {
    let first = true;
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      const run = isJsonRun(chunk);
      const items = run ? chunk.count : chunk.length;
      if (items === 0) continue;
      parts.push(first ? '\n    ' : ',\n    ');
      // One JSON text per chunk, not one per item: a third less time and garbage for 100,000 records.
      parts.push(run ? chunk.json : JSON.stringify(chunk).slice(1, -1));
      first = false;
      if (count) {
        done += items;
        onProgress?.(done, total);
      }
      await yieldToPage();
    }
  };
  await list(records, true);
  parts.push('\n  ],\n  "proofs": [');
  await list(proofs, false);
  parts.push('\n  ],\n  "audit": [');
  await list(audit, false);
  parts.push('\n  ]\n}\n');
  return parts;
}
