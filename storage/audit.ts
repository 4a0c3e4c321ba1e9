import type { IDBPDatabase } from 'idb';
import { auditEntrySchema, type AuditEntry, type PreservationRecord } from '../register/schema';
import type { QuickFreezeDB } from './db';

/** What a write needs of its transaction to add audit entries in it (so they land with the change, or not at all). */
export interface AuditTransaction {
  objectStore(name: 'audit'): { add(value: AuditEntry): Promise<unknown> };
}

type Detail = AuditEntry['detail'];
const MAX_VALUE = 10_000;

/**
 * The one way audit entries are written: validated, appended (the store numbers them), never changed afterwards.
 * Call it inside the transaction of the change the entries record.
 */
export function appendAudit(tx: AuditTransaction, entries: readonly AuditEntry[]): Promise<unknown> {
  const valid = entries.map((entry) => {
    const { seq: _seq, ...parsed } = auditEntrySchema.parse(entry);
    // With the register lock set, the detail is sealed beside an empty clear one (storage/vault/codec.ts sealAudit).
    const sealed = (entry as { sealed?: unknown }).sealed;
    return sealed ? { ...parsed, sealed } : parsed;
  });
  const store = tx.objectStore('audit');
  return Promise.all(valid.map((entry) => store.add(entry)));
}

/** A record's history, oldest first. */
export async function readAudit(db: IDBPDatabase<QuickFreezeDB>, recordId: string): Promise<AuditEntry[]> {
  const entries = await db.getAllFromIndex('audit', 'by-record', recordId);
  return entries.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

const text = (value: string | null) => (value === null ? null : value.slice(0, MAX_VALUE));
export const change = (field: string, from: string | null, to: string | null): Detail[number] => ({ field, from: text(from), to: text(to) });
export const entry = (recordId: AuditEntry['recordId'], at: string, event: AuditEntry['event'], detail: Detail = []): AuditEntry => ({ recordId, at, event, detail });

/** Fields that are not edits: bookkeeping, or changes with an event of their own (extended, superseded). */
const NOT_EDITS = new Set(['id', 'createdAt', 'updatedAt', 'hasProof', 'proofIntegrity', 'extensions', 'supersededOn', 'derived', 'sealed']);

/** A field's value as the history shows it (every field a record may carry, also one added later). */
function fieldText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join('\n');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const extensionText = (e: PreservationRecord['extensions'][number]) => e.requestedOn + (e.reference ? ` (${e.reference})` : '');

/** The entries that describe going from `before` to `after`: edited fields (old -> new), extensions added, superseded. */
export function changesBetween(before: PreservationRecord, after: PreservationRecord, at: string): AuditEntry[] {
  const out: AuditEntry[] = [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !NOT_EDITS.has(f));
  const edited = fields
    .map((field) => [field, fieldText(before[field as keyof PreservationRecord]), fieldText(after[field as keyof PreservationRecord])] as const)
    .filter(([, from, to]) => from !== to)
    .map(([field, from, to]) => change(field, from, to));
  const known = new Set(before.extensions.map((e) => e.id));
  const appended = after.extensions.slice(0, before.extensions.length).every((e, i) => e.id === before.extensions[i]!.id && extensionText(e) === extensionText(before.extensions[i]!));
  if (appended && after.extensions.length >= before.extensions.length) {
    for (const added of after.extensions.filter((e) => !known.has(e.id))) {
      out.push(entry(after.id, at, 'extended', [change('requestedOn', null, added.requestedOn), change('reference', null, added.reference)]));
    }
  } else {
    edited.push(change('extensions', before.extensions.map(extensionText).join('; '), after.extensions.map(extensionText).join('; ')));
  }
  if (edited.length) out.unshift(entry(after.id, at, 'edited', edited));
  if (before.supersededOn !== after.supersededOn) out.push(entry(after.id, at, 'superseded', [change('supersededOn', before.supersededOn, after.supersededOn)]));
  return out;
}
