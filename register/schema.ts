import { z } from 'zod';
import { CHECKED_PAGES } from '../providers/page-kinds';
import { BASES } from './basis';
import { productionSchema } from './production';

/** A real calendar day as YYYY-MM-DD (2026-02-30 is refused, not rolled over to March). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === d;
  }, 'not a day of the calendar');
const isoDateTime = z.string().datetime({ offset: true });
const id = z.string().min(8).max(64);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** How a reference reached the register. */
export const CAPTURE_SOURCES = ['confirmation-page', 'selection', 'email', 'manual', 'import'] as const;
/** A record's request type: a page kind the request checks run on (never a sign-in or confirmation page). */
export const REQUEST_TYPES = CHECKED_PAGES;

export const extensionSchema = z.object({
  id,
  /** The day the extension was asked for. */
  requestedOn: isoDate,
  /** The provider's new reference, where it gave one. */
  reference: z.string().max(120).nullable(),
});
export type Extension = z.infer<typeof extensionSchema>;

/** The confirmation page as it was when the reference was captured: proof that the data is preserved. */
export const proofSchema = z.object({
  recordId: id,
  url: z.string().url().max(4000),
  capturedAt: isoDateTime,
  text: z.string().max(2_000_000),
  sha256,
  screenshot: z.string().startsWith('data:image/').max(8_000_000).nullable(),
  /**
   * Set by an import whose backup stated another hash than the text hashes to (issue 9.11): the text is kept,
   * `sha256` is the text's own hash, and `claimedSha256` what the backup said.
   */
  integrity: z.literal('altered').optional(),
  claimedSha256: sha256.optional(),
});
export type Proof = z.infer<typeof proofSchema>;

export const recordSchema = z.object({
  id,
  providerId: z.string().regex(/^[a-z][a-z0-9-]*$/),
  reference: z.string().trim().min(1).max(120),
  caseNumber: z.string().trim().max(120),
  accountIdentifiers: z.array(z.string().trim().min(1).max(500)).max(200),
  requestType: z.enum(REQUEST_TYPES),
  /** Date of preservation (the day the request was made, unless the provider states another). */
  preservedOn: isoDate,
  /** When the request was submitted, in UTC. */
  requestedAt: isoDateTime,
  /** Days the provider keeps the data; 90 where it states none (18 U.S.C. 2703(f)). */
  periodDays: z.number().int().positive().max(3650),
  extensionDays: z.number().int().positive().max(3650),
  extensions: z.array(extensionSchema).max(50),
  /**
   * The legal basis, which sets the period (register/basis.ts). Absent on records stored before it existed: read as
   * DEFAULT_BASIS (`basisOf`), so no migration rewrites them.
   */
  basis: z.enum(BASES).optional(),
  /** Legal process has been served: the preservation no longer needs tracking. */
  supersededOn: isoDate.nullable(),
  /**
   * The day a production order was confirmed for this preservation: a European Preservation Order is then kept until
   * that order is answered (Art. 11(2)). Absent on records stored before it existed.
   */
  productionConfirmedOn: isoDate.nullable().optional(),
  /** Present on a production order's record (an EPOC or another production request): its deadlines' data. */
  production: productionSchema.optional(),
  notes: z.string().max(10_000),
  source: z.enum(CAPTURE_SOURCES),
  /** A proof of preservation is kept in its own store (it can be large). */
  hasProof: z.boolean(),
  /** Its proof came from a backup whose stated hash did not match the text (the proof carries the details). */
  proofIntegrity: z.literal('altered').optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type PreservationRecord = z.infer<typeof recordSchema>;

/** What a capture brings in before the register gives it an id and dates. */
export const captureSchema = recordSchema.pick({
  providerId: true,
  reference: true,
  caseNumber: true,
  accountIdentifiers: true,
  requestType: true,
  requestedAt: true,
  source: true,
}).extend({
  preservedOn: isoDate.optional(),
  basis: z.enum(BASES).optional(),
  production: productionSchema.optional(),
  notes: z.string().max(10_000).optional(),
  proof: proofSchema.omit({ recordId: true, sha256: true, integrity: true, claimedSha256: true }).extend({ screenshot: z.string().nullable().optional() }).nullable().optional(),
});
export type Capture = z.infer<typeof captureSchema>;

/** A case groups the records of one investigation, by the agency's case number. */
export const caseSchema = z.object({
  caseNumber: z.string().trim().max(120),
  title: z.string().max(300),
  createdAt: isoDateTime,
});
export type Case = z.infer<typeof caseSchema>;

/**
 * One line of a record's append-only history. `detail` names what changed (a field with its old and new value, the
 * extension added...), in plain data; it is sealed with the record's sensitive fields when the register is locked.
 * `recordId` names one record, or several when one event brought them all (an import writes one 'imported' entry for
 * the records it brought, not one per record: a register of 100,000 imported records keeps 100,000 fewer values,
 * which is what a backup of it spends its time reading). The store's `by-record` index is multi-entry, so a record's
 * history finds both kinds.
 */
export const AUDIT_EVENTS = ['created', 'edited', 'extended', 'superseded', 'deleted', 'restored', 'imported', 'proof-altered', 'screenshot'] as const;
export const auditEntrySchema = z.object({
  /** Assigned by the store (auto-increment): the order entries were written in. */
  seq: z.number().int().positive().optional(),
  recordId: z.union([id, z.array(id).min(1).max(1_000_000)]),
  at: isoDateTime,
  event: z.enum(AUDIT_EVENTS),
  detail: z.array(z.object({ field: z.string().max(60), from: z.string().max(10_000).nullable(), to: z.string().max(10_000).nullable() })).max(50),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The records an audit entry speaks of. */
export const auditRecordIds = (entry: Pick<AuditEntry, 'recordId'>): readonly string[] => (typeof entry.recordId === 'string' ? [entry.recordId] : entry.recordId);
