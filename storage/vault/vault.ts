import type { IDBPDatabase } from 'idb';
import type { AuditEntry, Case, PreservationRecord, Proof } from '../../register/schema';
import type { QuickFreezeDB } from '../db';
import { withoutDerived, type StoredRecord } from '../derived';
import { LOCKED_CODEC, PLAIN_CODEC, RegisterLockedError, sealedCodec, type Codec, type SealedPart } from './codec';
import { createVaultKeys, importDataKey, openAsOwner, rewrapDataKey, sealForOwner, toBase64, unwrapDataKey, type SealedForOwner, type VaultKeys } from './crypto';
import type { KeyStore } from './key-store';

export type LockState = 'none' | 'locked' | 'unlocked';
const KEYS = 'keys';
export const MIN_PASSPHRASE_LENGTH = 10;

/**
 * The register's lock: its wrapped keys (store `vault`), the unlocked key (a `KeyStore`), the codec every read and
 * write goes through, and the captures kept sealed while locked (store `pending`).
 */
export class RegisterVault {
  private cached: { id: string; codec: Codec } | null = null;

  constructor(
    private readonly db: IDBPDatabase<QuickFreezeDB>,
    private readonly keyStore: KeyStore,
    private readonly iterations?: number,
  ) {}

  async keys(): Promise<VaultKeys | null> {
    return ((await this.db.get('vault', KEYS)) as VaultKeys | undefined) ?? null;
  }

  /** How values are stored and read right now; asked once per register operation (another page may lock). */
  async codec(): Promise<Codec> {
    const raw = await this.keyStore.load();
    if (raw) {
      const id = toBase64(raw);
      if (this.cached?.id !== id) this.cached = { id, codec: await sealedCodec(raw) };
      return this.cached.codec;
    }
    return (await this.keys()) ? LOCKED_CODEC : PLAIN_CODEC;
  }

  async state(): Promise<LockState> {
    const mode = (await this.codec()).mode;
    return mode === 'plain' ? 'none' : mode === 'sealed' ? 'unlocked' : 'locked';
  }

  /**
   * Protect the register: new keys, then every record, proof, case and audit entry sealed and written in ONE
   * transaction with the keys (all sealed values are prepared first: WebCrypto cannot run inside a transaction).
   */
  async setPassphrase(passphrase: string): Promise<void> {
    if ((await this.keys()) !== null) throw new Error('A passphrase is already set: change it instead.');
    checkPassphrase(passphrase);
    const { keys, rawDataKey } = await createVaultKeys(passphrase, this.iterations);
    const codec = await sealedCodec(rawDataKey);
    const read = this.db.transaction(['records', 'proofs', 'cases', 'audit']);
    const [records, proofs, cases, audit] = await Promise.all([
      read.objectStore('records').getAll(),
      read.objectStore('proofs').getAll(),
      read.objectStore('cases').getAll(),
      read.objectStore('audit').getAll(),
    ]);
    const sealed = {
      records: await Promise.all(records.map((r: StoredRecord) => codec.encodeRecord(withoutDerived(r)))),
      proofs: await Promise.all(proofs.map((p: Proof) => codec.encodeProof(p))),
      cases: await Promise.all(cases.map((c: Case) => codec.encodeCase(c))),
      audit: await Promise.all(audit.map((a: AuditEntry) => codec.encodeAudit(a))),
    };
    // The key is in the key store before the write, so a capture saved meanwhile is sealed, not left in the clear.
    await this.keyStore.save(rawDataKey);
    try {
      const tx = this.db.transaction(['records', 'words', 'proofs', 'cases', 'audit', 'vault', 'backup-pages'], 'readwrite');
      // A sealed record keeps no search words, nor backup pages: in the clear they would tell what it holds.
      const writes: Array<Promise<unknown>> = [tx.objectStore('cases').clear(), tx.objectStore('words').clear(), tx.objectStore('backup-pages').clear()];
      for (const r of sealed.records) writes.push(tx.objectStore('records').put(r.stored));
      for (const p of sealed.proofs) writes.push(tx.objectStore('proofs').put(p));
      for (const c of sealed.cases) writes.push(tx.objectStore('cases').put(c));
      for (const a of sealed.audit) writes.push(tx.objectStore('audit').put(a));
      writes.push(tx.objectStore('vault').put(keys, KEYS));
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      await this.keyStore.save(null);
      throw error;
    }
  }

  /** Unlock with the passphrase, or `WrongPassphraseError` (nothing unlocked). */
  async unlock(passphrase: string): Promise<void> {
    const keys = await this.keys();
    if (!keys) throw new Error('No passphrase is set for this register.');
    await this.keyStore.save(await unwrapDataKey(keys, passphrase));
  }

  async lock(): Promise<void> {
    await this.keyStore.save(null);
  }

  /** The same data key wrapped under a new passphrase; no record needs sealing again. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const keys = await this.keys();
    if (!keys) throw new Error('No passphrase is set for this register.');
    checkPassphrase(next);
    const raw = await unwrapDataKey(keys, current);
    await this.db.put('vault', await rewrapDataKey(keys, raw, next), KEYS);
  }

  /** Keep a value (a capture) while locked, sealed with the public key: only the passphrase's owner can open it. */
  async keepWhileLocked(value: unknown): Promise<void> {
    const keys = await this.keys();
    if (!keys) throw new Error('No passphrase is set for this register.');
    await this.db.add('pending', await sealForOwner(keys.publicKey, value));
  }

  /** The records with nothing sensitive in them (see `clearViews`): readable locked or not. */
  clearViews(): Promise<PreservationRecord[]> {
    return clearViews(this.db);
  }

  pendingCount(): Promise<number> {
    return this.db.count('pending');
  }

  /** What was kept while locked, opened, with the keys to `forgetPending` once saved. */
  async openPending(): Promise<Array<{ key: number; value: unknown }>> {
    const keys = await this.keys();
    const raw = await this.keyStore.load();
    if (!keys || !raw) throw new RegisterLockedError();
    const dataKey = await importDataKey(raw);
    const tx = this.db.transaction('pending');
    const [ids, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    return Promise.all(ids.map(async (key, i) => ({ key, value: await openAsOwner(keys, dataKey, values[i] as SealedForOwner) })));
  }

  async forgetPending(keys: readonly number[]): Promise<void> {
    const tx = this.db.transaction('pending', 'readwrite');
    await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
  }
}

export function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new Error(`Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
}

/**
 * What may be known of the records while locked: ids, providers, dates, periods and extension dates, with the
 * reference, case number, accounts and notes blank. For the badge and reminders, which count and never name.
 */
export async function clearViews(db: IDBPDatabase<QuickFreezeDB>): Promise<PreservationRecord[]> {
  return (await db.getAll('records')).map((stored) => {
    const { sealed: _sealed, ...record } = withoutDerived(stored) as PreservationRecord & SealedPart;
    return { ...record, reference: '', caseNumber: '', accountIdentifiers: [], notes: '', extensions: record.extensions.map((e) => ({ ...e, reference: null })) };
  });
}
