import { expiryOf } from '../register/expiry';
import type { PreservationRecord } from '../register/schema';

/**
 * What the register's indexes need beside a record, computed on every write. The expiry does not depend on
 * "today" (only the status does), so it can be stored and sorted on.
 */
export interface Derived {
  expiresOn: string;
  /** Lower-cased words and word tails of the reference, case number, account identifiers, notes and provider id. */
  tokens: string[];
}

export type StoredRecord = PreservationRecord & { derived: Derived };

const MAX_TOKENS = 200;
const MAX_TOKEN_LENGTH = 80;

/**
 * Each whitespace-separated word, and its tail from every punctuation mark on ("https://x.com/jane.doe" gives
 * "x.com/jane.doe", "jane.doe", "doe"...), so a search word finds a token that starts with it.
 */
export function searchTokens(record: Pick<PreservationRecord, 'reference' | 'caseNumber' | 'accountIdentifiers' | 'notes' | 'providerId'>): string[] {
  const text = [record.reference, record.caseNumber, ...record.accountIdentifiers, record.notes, record.providerId].join(' ').toLowerCase();
  const tokens = new Set<string>();
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    tokens.add(word.slice(0, MAX_TOKEN_LENGTH));
    for (let i = 1; i < word.length; i++) {
      if (/[^\p{L}\p{N}]/u.test(word[i - 1]!) && /[\p{L}\p{N}]/u.test(word[i]!)) tokens.add(word.slice(i, i + MAX_TOKEN_LENGTH));
    }
    if (tokens.size >= MAX_TOKENS) break;
  }
  return [...tokens].slice(0, MAX_TOKENS);
}

export function withDerived(record: PreservationRecord): StoredRecord {
  return { ...record, derived: { expiresOn: expiryOf(record), tokens: searchTokens(record) } };
}

export function withoutDerived(stored: StoredRecord): PreservationRecord;
export function withoutDerived(stored: StoredRecord | undefined): PreservationRecord | undefined;
export function withoutDerived(stored: StoredRecord | undefined): PreservationRecord | undefined {
  if (!stored) return undefined;
  const { derived: _derived, ...record } = stored;
  return record;
}
