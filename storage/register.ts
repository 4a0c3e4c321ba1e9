import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import { caseSchema, captureSchema, extensionSchema, proofSchema, recordSchema, type AuditEntry, type Capture, type Extension, type PreservationRecord, type Proof } from '../register/schema';
import { DEFAULT_PERIOD_DAYS } from '../register/defaults';
import { appendAudit, change, changesBetween, entry, readAudit } from './audit';
import { openRegister, type QuickFreezeDB } from './db';
import { withDerived, withoutDerived } from './derived';
import { RegisterQueries } from './queries';

/** A write that did not happen, with the reason in words an investigator can act on. */
export class RegisterError extends Error {
  constructor(message: string, readonly code: 'invalid' | 'duplicate' | 'quota' | 'not-found' | 'storage') {
    super(message);
  }
}

function explain(error: unknown): RegisterError {
  if (error instanceof RegisterError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') {
    return new RegisterError('The browser has no room left for QuickFreeze’s data. Export a backup, then free disk space; nothing was saved.', 'quota');
  }
  if (name === 'ConstraintError') return new RegisterError('This reference is already in the register for this provider.', 'duplicate');
  if (error instanceof z.ZodError) {
    return new RegisterError(`Not saved: ${error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ')}`, 'invalid');
  }
  return new RegisterError(`Not saved: the browser’s storage refused the write (${String(error).slice(0, 200)}).`, 'storage');
}

const newId = () => crypto.randomUUID();

/** Run the writes of one transaction; if any of them fails, abort it so nothing of it lands. */
async function allOrNothing(tx: { abort(): void; done: Promise<void> }, writes: Array<() => Promise<unknown>>): Promise<void> {
  const pending: Array<Promise<unknown>> = [tx.done];
  for (const write of writes) {
    try {
      pending.push(write());
    } catch (error) {
      // A write may also throw at once (quota, constraint), before it returns a request.
      pending.push(Promise.reject(error));
      break;
    }
  }
  // After an abort the other requests fail too; their errors are the same story, already told once.
  for (const p of pending) p.catch(() => undefined);
  try {
    await Promise.all(pending);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw error;
  }
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A record to put back, with the history it brings from a backup and what its proof's check found. */
export interface RestoreItem {
  record: PreservationRecord;
  proof: Proof | null;
  audit?: AuditEntry[];
  /** The backup stated `claimed` as the proof's hash; its text hashes to `actual`. */
  proofAltered?: { claimed: string; actual: string };
}

export interface ProviderTerms {
  periodDays: number | null;
  extensionDays: number | null;
}

/**
 * The preservation register in the extension's IndexedDB. Every write is validated first and done in one
 * transaction: it lands whole or not at all.
 */
export class Register {
  private constructor(private readonly db: IDBPDatabase<QuickFreezeDB>) {}

  static async open(name?: string): Promise<Register> {
    return new Register(await openRegister(name));
  }

  close(): void {
    this.db.close();
  }

  /** Turn a capture into a record (with its proof) and store both. Saving the same reference twice is a no-op. */
  async saveCapture(raw: unknown, terms: ProviderTerms, now = new Date()): Promise<{ record: PreservationRecord; created: boolean }> {
    try {
      const capture: Capture = captureSchema.parse(raw);
      const existing = await this.findByReference(capture.providerId, capture.reference);
      if (existing) return { record: existing, created: false };
      const at = now.toISOString();
      const record = recordSchema.parse({
        id: newId(),
        providerId: capture.providerId,
        reference: capture.reference,
        caseNumber: capture.caseNumber,
        accountIdentifiers: capture.accountIdentifiers,
        requestType: capture.requestType,
        preservedOn: capture.preservedOn ?? capture.requestedAt.slice(0, 10),
        requestedAt: capture.requestedAt,
        periodDays: terms.periodDays ?? DEFAULT_PERIOD_DAYS,
        extensionDays: terms.extensionDays ?? terms.periodDays ?? DEFAULT_PERIOD_DAYS,
        extensions: [],
        ...(capture.basis ? { basis: capture.basis } : {}),
        supersededOn: null,
        notes: capture.notes ?? '',
        source: capture.source,
        hasProof: !!capture.proof,
        createdAt: at,
        updatedAt: at,
      });
      const proof: Proof | null = capture.proof
        ? proofSchema.parse({ ...capture.proof, screenshot: capture.proof.screenshot ?? null, recordId: record.id, sha256: await sha256Hex(capture.proof.text) })
        : null;
      const created = entry(record.id, at, 'created', [change('source', null, record.source), ...(proof ? [change('proof.sha256', null, proof.sha256)] : [])]);
      const tx = this.db.transaction(['records', 'proofs', 'cases', 'audit'], 'readwrite');
      await allOrNothing(tx, [
        () => tx.objectStore('records').add(withDerived(record)),
        () => (proof ? tx.objectStore('proofs').put(proof) : Promise.resolve()),
        () => this.ensureCase(tx.objectStore('cases'), record.caseNumber, at),
        () => appendAudit(tx, [created]),
      ]);
      return { record, created: true };
    } catch (error) {
      throw explain(error);
    }
  }

  private async ensureCase(store: { get(key: string): Promise<unknown>; put(value: unknown): Promise<unknown> }, caseNumber: string, at: string) {
    if (!caseNumber || (await store.get(caseNumber))) return;
    await store.put(caseSchema.parse({ caseNumber, title: '', createdAt: at }));
  }

  /** Replace a record with an edited version, validated; `updatedAt` is set here. */
  async update(record: PreservationRecord, now = new Date()): Promise<PreservationRecord> {
    try {
      const next = recordSchema.parse({ ...record, updatedAt: now.toISOString() });
      const tx = this.db.transaction(['records', 'cases', 'audit'], 'readwrite');
      const before = withoutDerived(await tx.objectStore('records').get(next.id));
      if (!before) throw new RegisterError('That record is no longer in the register.', 'not-found');
      await allOrNothing(tx, [
        () => tx.objectStore('records').put(withDerived(next)),
        () => this.ensureCase(tx.objectStore('cases'), next.caseNumber, next.updatedAt),
        () => appendAudit(tx, changesBetween(before, next, next.updatedAt)),
      ]);
      return next;
    } catch (error) {
      throw explain(error);
    }
  }

  async addExtension(recordId: string, extension: Omit<Extension, 'id'>, now = new Date()): Promise<PreservationRecord> {
    const record = await this.get(recordId);
    if (!record) throw new RegisterError('That record is no longer in the register.', 'not-found');
    const parsed = extensionSchema.parse({ ...extension, id: newId() });
    return this.update({ ...record, extensions: [...record.extensions, parsed] }, now);
  }

  /** Delete a record and its proof (its history stays, with 'deleted' added); returns both so the dashboard can undo. */
  async remove(recordId: string, now = new Date()): Promise<{ record: PreservationRecord; proof: Proof | null } | null> {
    try {
      const tx = this.db.transaction(['records', 'proofs', 'audit'], 'readwrite');
      const record = withoutDerived(await tx.objectStore('records').get(recordId));
      const proof = (await tx.objectStore('proofs').get(recordId)) ?? null;
      if (record) {
        const deleted = entry(recordId, now.toISOString(), 'deleted', [change('reference', record.reference, null)]);
        await allOrNothing(tx, [() => tx.objectStore('records').delete(recordId), () => tx.objectStore('proofs').delete(recordId), () => appendAudit(tx, [deleted])]);
      }
      await tx.done;
      return record ? { record, proof } : null;
    } catch (error) {
      throw explain(error);
    }
  }

  /**
   * Put back what `remove` returned (undo) or what an import brings: validated, in one transaction. Each record's
   * history gets the trail it brings (from a backup), then `how` it came back, then 'proof-altered' where its
   * backup stated another hash than its proof text has.
   */
  async restore(items: RestoreItem[], how: 'restored' | 'imported' = 'restored', now = new Date()): Promise<void> {
    try {
      const at = now.toISOString();
      const valid = items.map(({ record, proof, audit = [], proofAltered }) => {
        const parsed = recordSchema.parse(record);
        const trail = [...audit.map((e) => ({ ...e, recordId: parsed.id })), entry(parsed.id, at, how)];
        if (proofAltered) trail.push(entry(parsed.id, at, 'proof-altered', [change('proof.sha256', proofAltered.claimed, proofAltered.actual)]));
        return { record: parsed, proof: proof ? proofSchema.parse(proof) : null, trail };
      });
      const tx = this.db.transaction(['records', 'proofs', 'cases', 'audit'], 'readwrite');
      // One transaction for the whole import, so it lands whole or not at all; each case is looked up once.
      const caseSeen = new Set<string>();
      await allOrNothing(
        tx,
        valid.flatMap(({ record, proof, trail }) => [
          () => tx.objectStore('records').add(withDerived(record)),
          () => appendAudit(tx, trail),
          () => (proof ? tx.objectStore('proofs').put(proof) : Promise.resolve()),
          () => {
            if (caseSeen.has(record.caseNumber)) return Promise.resolve();
            caseSeen.add(record.caseNumber);
            return this.ensureCase(tx.objectStore('cases'), record.caseNumber, record.createdAt);
          },
        ]),
      );
    } catch (error) {
      throw explain(error);
    }
  }

  /** Add a screenshot of the confirmation page to a record's proof (the text, URL and hash stay as captured). */
  async attachScreenshot(recordId: string, dataUrl: string, now = new Date()): Promise<void> {
    try {
      const tx = this.db.transaction(['proofs', 'audit'], 'readwrite');
      const proof = await tx.objectStore('proofs').get(recordId);
      if (!proof) throw new RegisterError('This record has no captured page to add a screenshot to.', 'not-found');
      const next = proofSchema.parse({ ...proof, screenshot: dataUrl });
      const attached = entry(recordId, now.toISOString(), 'screenshot', [change('screenshot', proof.screenshot ? 'an earlier screenshot' : null, `of ${proof.url}`)]);
      await allOrNothing(tx, [() => tx.objectStore('proofs').put(next), () => appendAudit(tx, [attached])]);
    } catch (error) {
      throw explain(error);
    }
  }

  async get(id: string): Promise<PreservationRecord | undefined> {
    return withoutDerived(await this.db.get('records', id));
  }

  /** Every record at once. Prefer `queries` (paged, indexed) where the register may be large. */
  async all(): Promise<PreservationRecord[]> {
    return (await this.db.getAll('records')).map((r) => withoutDerived(r));
  }

  /** Paged, indexed reads for the dashboard and exports. */
  get queries(): RegisterQueries {
    return new RegisterQueries(this.db);
  }

  /** A record's history, oldest first (also of a deleted record). */
  audit(recordId: string): Promise<AuditEntry[]> {
    return readAudit(this.db, recordId);
  }

  proof(recordId: string): Promise<Proof | undefined> {
    return this.db.get('proofs', recordId);
  }

  async findByReference(providerId: string, reference: string): Promise<PreservationRecord | undefined> {
    return withoutDerived(await this.db.getFromIndex('records', 'by-provider-reference', [providerId, reference]));
  }
}
