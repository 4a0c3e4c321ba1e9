import type { IDBPDatabase } from 'idb';
import { z } from 'zod';
import { caseSchema, captureSchema, extensionSchema, proofSchema, recordSchema, type AuditEntry, type Case, type Capture, type Extension, type PreservationRecord, type Proof } from '../register/schema';
import { DEFAULT_PERIOD_DAYS } from '../register/defaults';
import { appendAudit, change, changesBetween, entry, readAudit } from './audit';
import { sealAudit } from './vault/codec';
import { dropPagesHolding } from './backup-pages';
import { openRegister, type QuickFreezeDB } from './db';
import { RegisterQueries } from './queries';
import type { Codec } from './vault/codec';
import { sessionKeyStore, type KeyStore } from './vault/key-store';
import { RegisterVault } from './vault/vault';
import { englishProblemText, problem, type Problem } from '../i18n/problems';

/**
 * A write that did not happen. `code` says what kind; `problem` says it in a stable key and parameters that the
 * surface showing it words in the investigator's language; the message stays English for developers and logs.
 */
export class RegisterError extends Error {
  readonly problem: Problem | null;

  constructor(message: string, readonly code: 'invalid' | 'duplicate' | 'quota' | 'not-found' | 'storage', problem?: Problem) {
    super(message);
    this.problem = problem ?? FIXED_PROBLEMS[code] ?? null;
  }

  static of(problem: Problem, code: RegisterError['code']): RegisterError {
    return new RegisterError(englishProblemText(problem), code, problem);
  }
}

/** The refusals whose words never vary, for a RegisterError made with only its code. */
const FIXED_PROBLEMS: Partial<Record<RegisterError['code'], Problem>> = {
  quota: problem('register.problem.quota'),
  duplicate: problem('register.problem.duplicate'),
};

function explain(error: unknown): RegisterError {
  if (error instanceof RegisterError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'QuotaExceededError') return RegisterError.of(problem('register.problem.quota'), 'quota');
  if (name === 'ConstraintError') return RegisterError.of(problem('register.problem.duplicate'), 'duplicate');
  if (error instanceof z.ZodError) {
    const issues = error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return RegisterError.of(problem('register.problem.invalid', { issues }), 'invalid');
  }
  return RegisterError.of(problem('register.problem.storage', { cause: String(error).slice(0, 200) }), 'storage');
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
  /** The passphrase lock: every read and write below goes through its codec (plain, sealed, or locked). */
  readonly vault: RegisterVault;

  private constructor(
    private readonly db: IDBPDatabase<QuickFreezeDB>,
    keyStore: KeyStore,
    kdfIterations?: number,
  ) {
    this.vault = new RegisterVault(db, keyStore, kdfIterations);
  }

  /** `keyStore`: where the unlocked key lives (the browser's session storage unless a test says otherwise). */
  static async open(name?: string, keyStore: KeyStore = sessionKeyStore, kdfIterations?: number): Promise<Register> {
    return new Register(await openRegister(name), keyStore, kdfIterations);
  }

  private codec(): Promise<Codec> {
    return this.vault.codec();
  }

  /** A case row to add with a record, prepared (sealed) before its transaction. */
  private async caseRow(codec: Codec, caseNumber: string, at: string): Promise<Case | null> {
    return caseNumber ? codec.encodeCase(caseSchema.parse({ caseNumber, title: '', createdAt: at })) : null;
  }

  /**
   * Save what the background kept while the register was locked (sealed captures), now that it is unlocked.
   * A reference already saved is a no-op; a capture the register refuses stays kept. Returns how many were saved.
   */
  async savePendingCaptures(): Promise<number> {
    const pending = await this.vault.openPending();
    const done: number[] = [];
    let saved = 0;
    for (const { key, value } of pending) {
      const kept = value as { capture: unknown; terms: ProviderTerms; at: string };
      try {
        if ((await this.saveCapture(kept.capture, kept.terms, new Date(kept.at))).created) saved++;
        done.push(key);
      } catch (error) {
        if (error instanceof RegisterError && error.code === 'duplicate') done.push(key);
      }
    }
    if (done.length) await this.vault.forgetPending(done);
    return saved;
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
        ...(capture.production ? { production: capture.production } : {}),
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
      const codec = await this.codec();
      const [stored, storedProof, caseRow, trail] = await Promise.all([
        codec.encodeRecord(record),
        proof && codec.encodeProof(proof),
        this.caseRow(codec, record.caseNumber, at),
        sealAudit(codec, [created]),
      ]);
      const tx = this.db.transaction(['records', 'words', 'proofs', 'cases', 'audit', 'backup-pages'], 'readwrite');
      await allOrNothing(tx, [
        () => tx.objectStore('records').add(stored.stored),
        () => dropPagesHolding(tx.objectStore('backup-pages'), [record.id]),
        () => tx.objectStore('words').put(stored.words),
        () => (storedProof ? tx.objectStore('proofs').put(storedProof) : Promise.resolve()),
        () => this.ensureCase(tx.objectStore('cases'), caseRow),
        () => appendAudit(tx, trail),
      ]);
      return { record, created: true };
    } catch (error) {
      throw explain(error);
    }
  }

  private async ensureCase(store: { get(key: string): Promise<unknown>; put(value: unknown): Promise<unknown> }, row: Case | null) {
    if (!row || (await store.get(row.caseNumber))) return;
    await store.put(row);
  }

  /** Replace a record with an edited version, validated; `updatedAt` is set here. */
  async update(record: PreservationRecord, now = new Date()): Promise<PreservationRecord> {
    try {
      const next = recordSchema.parse({ ...record, updatedAt: now.toISOString() });
      // Read and seal before the write's transaction (WebCrypto cannot run inside one); the write checks the
      // record is still there and unchanged since.
      const codec = await this.codec();
      const storedBefore = await this.db.get('records', next.id);
      if (!storedBefore) throw RegisterError.of(problem('register.problem.recordGone'), 'not-found');
      const before = await codec.decodeRecord(storedBefore);
      const [stored, caseRow, trail] = await Promise.all([
        codec.encodeRecord(next),
        this.caseRow(codec, next.caseNumber, next.updatedAt),
        sealAudit(codec, changesBetween(before, next, next.updatedAt)),
      ]);
      const tx = this.db.transaction(['records', 'words', 'cases', 'audit', 'backup-pages'], 'readwrite');
      const current = await tx.objectStore('records').get(next.id);
      if (current?.updatedAt !== storedBefore.updatedAt) throw RegisterError.of(problem('register.problem.recordChanged'), 'not-found');
      await allOrNothing(tx, [
        () => tx.objectStore('records').put(stored.stored),
        () => dropPagesHolding(tx.objectStore('backup-pages'), [next.id]),
        () => tx.objectStore('words').put(stored.words),
        () => this.ensureCase(tx.objectStore('cases'), caseRow),
        () => appendAudit(tx, trail),
      ]);
      return next;
    } catch (error) {
      throw explain(error);
    }
  }

  async addExtension(recordId: string, extension: Omit<Extension, 'id'>, now = new Date()): Promise<PreservationRecord> {
    const record = await this.get(recordId);
    if (!record) throw RegisterError.of(problem('register.problem.recordGone'), 'not-found');
    const parsed = extensionSchema.parse({ ...extension, id: newId() });
    return this.update({ ...record, extensions: [...record.extensions, parsed] }, now);
  }

  /** Delete a record and its proof (its history stays, with 'deleted' added); returns both so the dashboard can undo. */
  async remove(recordId: string, now = new Date()): Promise<{ record: PreservationRecord; proof: Proof | null } | null> {
    try {
      const codec = await this.codec();
      const read = this.db.transaction(['records', 'proofs']);
      const [storedRecord, storedProof] = await Promise.all([read.objectStore('records').get(recordId), read.objectStore('proofs').get(recordId)]);
      if (!storedRecord) return null;
      const [record, proof] = await Promise.all([codec.decodeRecord(storedRecord), storedProof ? codec.decodeProof(storedProof) : null]);
      const trail = await sealAudit(codec, [entry(recordId, now.toISOString(), 'deleted', [change('reference', record.reference, null)])]);
      const tx = this.db.transaction(['records', 'words', 'proofs', 'audit', 'backup-pages'], 'readwrite');
      await allOrNothing(tx, [
        () => tx.objectStore('records').delete(recordId),
        () => dropPagesHolding(tx.objectStore('backup-pages'), [recordId]),
        () => tx.objectStore('words').delete(recordId),
        () => tx.objectStore('proofs').delete(recordId),
        () => appendAudit(tx, trail),
      ]);
      return { record, proof };
    } catch (error) {
      throw explain(error);
    }
  }

  /**
   * Put back what `remove` returned (undo) or what an import brings: validated, in one transaction. The records'
   * histories from a backup come first, in the order they were written; then one entry says `how` they all came back
   * (one for the batch, not one per record: see `auditEntrySchema`); then 'proof-altered' where a record's backup
   * stated another hash than its proof text has. An entry the backup wrote for several records is written once, for
   * those of them that come in.
   */
  async restore(items: RestoreItem[], how: 'restored' | 'imported' = 'restored', now = new Date()): Promise<void> {
    try {
      const at = now.toISOString();
      const history = new Map<AuditEntry, string[]>();
      const valid = items.map(({ record, proof, audit = [], proofAltered }) => {
        const parsed = recordSchema.parse(record);
        for (const e of audit) {
          const ids = history.get(e);
          if (ids) ids.push(parsed.id);
          else history.set(e, [parsed.id]);
        }
        const altered = proofAltered ? [entry(parsed.id, at, 'proof-altered', [change('proof.sha256', proofAltered.claimed, proofAltered.actual)])] : [];
        return { record: parsed, proof: proof ? proofSchema.parse(proof) : null, altered };
      });
      if (!valid.length) return;
      const earlier = [...history].sort(([a], [b]) => (a.seq ?? 0) - (b.seq ?? 0)).map(([e, ids]) => ({ ...e, recordId: oneOrMany(ids) }));
      const trail = [...earlier, entry(oneOrMany(valid.map(({ record }) => record.id)), at, how), ...valid.flatMap(({ altered }) => altered)];
      const codec = await this.codec();
      // Each case is looked up once.
      const caseRows = [...new Map(valid.map(({ record }) => [record.caseNumber, record.createdAt])).entries()];
      const [sealed, sealedTrail, cases] = await Promise.all([
        Promise.all(valid.map(async ({ record, proof }) => ({ record: await codec.encodeRecord(record), proof: proof && (await codec.encodeProof(proof)) }))),
        sealAudit(codec, trail),
        Promise.all(caseRows.map(([caseNumber, at]) => this.caseRow(codec, caseNumber, at))),
      ]);
      const tx = this.db.transaction(['records', 'words', 'proofs', 'cases', 'audit', 'backup-pages'], 'readwrite');
      // One transaction for the whole import, so it lands whole or not at all.
      await allOrNothing(tx, [
        () => appendAudit(tx, sealedTrail),
        () => dropPagesHolding(tx.objectStore('backup-pages'), valid.map(({ record }) => record.id)),
        ...sealed.flatMap(({ record, proof }) => [
          () => tx.objectStore('records').add(record.stored),
          () => tx.objectStore('words').put(record.words),
          () => (proof ? tx.objectStore('proofs').put(proof) : Promise.resolve()),
        ]),
        ...cases.map((row) => () => this.ensureCase(tx.objectStore('cases'), row)),
      ]);
    } catch (error) {
      throw explain(error);
    }
  }

  /** Add a screenshot of the confirmation page to a record's proof (the text, URL and hash stay as captured). */
  async attachScreenshot(recordId: string, dataUrl: string, now = new Date()): Promise<void> {
    try {
      const codec = await this.codec();
      const stored = await this.db.get('proofs', recordId);
      if (!stored) throw RegisterError.of(problem('register.problem.noProof'), 'not-found');
      const proof = await codec.decodeProof(stored);
      const next = proofSchema.parse({ ...proof, screenshot: dataUrl });
      const attached = entry(recordId, now.toISOString(), 'screenshot', [change('screenshot', proof.screenshot ? 'an earlier screenshot' : null, `of ${proof.url}`)]);
      const [sealedProof, trail] = await Promise.all([codec.encodeProof(next), sealAudit(codec, [attached])]);
      const tx = this.db.transaction(['proofs', 'audit'], 'readwrite');
      await allOrNothing(tx, [() => tx.objectStore('proofs').put(sealedProof), () => appendAudit(tx, trail)]);
    } catch (error) {
      throw explain(error);
    }
  }

  async get(id: string): Promise<PreservationRecord | undefined> {
    const codec = await this.codec();
    const stored = await this.db.get('records', id);
    return stored && codec.decodeRecord(stored);
  }

  /** Every record at once. Prefer `queries` (paged, indexed) where the register may be large. */
  async all(): Promise<PreservationRecord[]> {
    const codec = await this.codec();
    return Promise.all((await this.db.getAll('records')).map((r) => codec.decodeRecord(r)));
  }

  /** Paged, indexed reads for the dashboard and exports. */
  get queries(): RegisterQueries {
    return new RegisterQueries(this.db, () => this.codec());
  }

  /** A record's history, oldest first (also of a deleted record). */
  async audit(recordId: string): Promise<AuditEntry[]> {
    const codec = await this.codec();
    return Promise.all((await readAudit(this.db, recordId)).map((e) => codec.decodeAudit(e)));
  }

  async proof(recordId: string): Promise<Proof | undefined> {
    const codec = await this.codec();
    const stored = await this.db.get('proofs', recordId);
    return stored && codec.decodeProof(stored);
  }

  async findByReference(providerId: string, reference: string): Promise<PreservationRecord | undefined> {
    const codec = await this.codec();
    const stored = await this.db.getFromIndex('records', 'by-provider-reference', [providerId, await codec.blind(reference)]);
    return stored && codec.decodeRecord(stored);
  }
}

const oneOrMany = (ids: readonly string[]): AuditEntry['recordId'] => (ids.length === 1 ? ids[0]! : [...ids]);
