import { auditEntrySchema, type AuditEntry, type Case, type PreservationRecord, type Proof } from '../../register/schema';
import { withDerived, withoutDerived, type EncodedRecord, type StoredRecord } from '../derived';
import { importDataKey, openJson, sealJson, toBase64, type Sealed } from './crypto';

/** What a record, proof, case or audit entry carries when the lock is set: the sensitive part, sealed. */
export interface SealedPart {
  sealed?: Sealed;
}

export class RegisterLockedError extends Error {
  constructor() {
    super('The register is locked: unlock it with its passphrase first.');
  }
}

/**
 * How the register's values are stored. Plain: as they are. Sealed (a passphrase is set and the register is
 * unlocked): everything sensitive in one AES-GCM `sealed` field, and in the clear only what indexes and counts
 * need (ids, provider, request type, dates, periods, source, expiry); the reference and case number become blind
 * indexes so the unique [provider, reference] index, lookups and case grouping still work. Locked: nothing can be
 * read or written (captures go to `pending`, sealed for the owner).
 */
export interface Codec {
  readonly mode: 'plain' | 'sealed' | 'locked';
  /** The value as the `by-reference`, `by-provider-reference` and `by-case` indexes hold it ('' stays ''). */
  blind(value: string): Promise<string>;
  /** The record as stored and its search words (none for a sealed record: its words would tell what it holds). */
  encodeRecord(record: PreservationRecord): Promise<EncodedRecord>;
  decodeRecord(stored: StoredRecord): Promise<PreservationRecord>;
  encodeProof(proof: Proof): Promise<Proof>;
  decodeProof(stored: Proof): Promise<Proof>;
  encodeCase(value: Case): Promise<Case>;
  decodeCase(stored: Case): Promise<Case>;
  encodeAudit(entry: AuditEntry): Promise<AuditEntry>;
  decodeAudit(stored: AuditEntry): Promise<AuditEntry>;
}

const same = <T>(value: T) => Promise.resolve(value);

export const PLAIN_CODEC: Codec = {
  mode: 'plain',
  blind: same,
  encodeRecord: (record) => Promise.resolve(withDerived(record)),
  decodeRecord: (stored) => Promise.resolve(withoutDerived(stored)),
  encodeProof: same,
  decodeProof: same,
  encodeCase: same,
  decodeCase: same,
  encodeAudit: same,
  decodeAudit: same,
};

const locked = () => Promise.reject(new RegisterLockedError());
export const LOCKED_CODEC: Codec = {
  mode: 'locked',
  blind: locked,
  encodeRecord: locked,
  decodeRecord: locked,
  encodeProof: locked,
  decodeProof: locked,
  encodeCase: locked,
  decodeCase: locked,
  encodeAudit: locked,
  decodeAudit: locked,
};

type RecordSecrets = Pick<PreservationRecord, 'reference' | 'caseNumber' | 'accountIdentifiers' | 'notes'> & { extensionReferences: Array<string | null> };
type ProofSecrets = Pick<Proof, 'url' | 'text' | 'sha256' | 'screenshot'>;

/** Drop the `sealed` field a stored value carries (its clear fields are placeholders until opened). */
function withoutSealed<T extends object>(value: T & SealedPart): T {
  const { sealed: _sealed, ...rest } = value;
  return rest as T;
}

/** Values are sealed under `rawDataKey`; values stored before the lock was set (no `sealed`) read as they are. */
export async function sealedCodec(rawDataKey: Uint8Array<ArrayBuffer>): Promise<Codec> {
  const dataKey = await importDataKey(rawDataKey);
  const macKey = await crypto.subtle.importKey('raw', rawDataKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const encoder = new TextEncoder();
  const blinds = new Map<string, string>();
  // Same construction as crypto.ts blindIndex, with the HMAC key imported once.
  async function blind(value: string): Promise<string> {
    if (!value) return '';
    let known = blinds.get(value);
    if (known === undefined) {
      known = toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', macKey, encoder.encode(`blind-index\u0000${value}`))));
      if (blinds.size < 50_000) blinds.set(value, known);
    }
    return known;
  }
  const open = async <T>(value: SealedPart): Promise<T> => (await openJson(dataKey, value.sealed!)) as T;

  return {
    mode: 'sealed',
    blind,
    async encodeRecord(record) {
      const secrets: RecordSecrets = {
        reference: record.reference,
        caseNumber: record.caseNumber,
        accountIdentifiers: record.accountIdentifiers,
        notes: record.notes,
        extensionReferences: record.extensions.map((e) => e.reference),
      };
      const { stored: clear } = withDerived(record);
      const stored = {
        ...clear,
        reference: await blind(record.reference),
        caseNumber: await blind(record.caseNumber),
        accountIdentifiers: [],
        notes: '',
        extensions: record.extensions.map((e) => ({ ...e, reference: null })),
        sealed: await sealJson(dataKey, secrets),
      } satisfies StoredRecord & SealedPart;
      return { stored, words: { id: record.id, tokens: [] } };
    },
    async decodeRecord(stored: StoredRecord & SealedPart) {
      const record = withoutSealed(withoutDerived(stored) as PreservationRecord & SealedPart);
      if (!stored.sealed) return record;
      const { extensionReferences, ...secrets } = await open<RecordSecrets>(stored);
      return { ...record, ...secrets, extensions: record.extensions.map((e, i) => ({ ...e, reference: extensionReferences[i] ?? null })) };
    },
    async encodeProof(proof) {
      const secrets: ProofSecrets = { url: proof.url, text: proof.text, sha256: proof.sha256, screenshot: proof.screenshot };
      return { recordId: proof.recordId, capturedAt: proof.capturedAt, url: '', text: '', sha256: '', screenshot: null, sealed: await sealJson(dataKey, secrets) } as Proof;
    },
    async decodeProof(stored: Proof & SealedPart) {
      if (!stored.sealed) return stored;
      return { ...withoutSealed(stored), ...(await open<ProofSecrets>(stored)) };
    },
    async encodeCase(value) {
      return { caseNumber: await blind(value.caseNumber), title: '', createdAt: value.createdAt, sealed: await sealJson(dataKey, { caseNumber: value.caseNumber, title: value.title }) } as Case;
    },
    async decodeCase(stored: Case & SealedPart) {
      if (!stored.sealed) return stored;
      return { ...withoutSealed(stored), ...(await open<Pick<Case, 'caseNumber' | 'title'>>(stored)) };
    },
    async encodeAudit(entry) {
      return { ...entry, detail: [], sealed: await sealJson(dataKey, entry.detail) } as AuditEntry;
    },
    async decodeAudit(stored: AuditEntry & SealedPart) {
      if (!stored.sealed) return stored;
      return { ...withoutSealed(stored), detail: await open<AuditEntry['detail']>(stored) };
    },
  };
}

/** Audit entries as `appendAudit` stores them: validated, then their detail sealed when the lock is set. */
export function sealAudit(codec: Codec, entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
  if (codec.mode === 'plain') return Promise.resolve([...entries]);
  return Promise.all(entries.map((e) => codec.encodeAudit(auditEntrySchema.parse(e))));
}
