import { expiryOf } from '../register/expiry';
import type { PreservationRecord } from '../register/schema';

/**
 * What the register's indexes need beside a record, computed on every write. The expiry does not depend on
 * "today" (only the status does), so it can be stored and sorted on.
 */
export interface Derived {
  expiresOn: string;
}

export type StoredRecord = PreservationRecord & { derived: Derived };

/**
 * A record's search words (lower-cased words and word tails of the reference, case number, account identifiers,
 * notes and provider id), in their own store (`words`, keyed by the record's id) since schema 8: reading records
 * for the register's pages or a backup no longer reads them (they were about a third of a record's bytes).
 */
export interface RecordWords {
  id: string;
  tokens: string[];
}

/** What a write puts, in one transaction: the record as stored, and its search words. */
export interface EncodedRecord {
  stored: StoredRecord;
  words: RecordWords;
}

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

export function withDerived(record: PreservationRecord): EncodedRecord {
  return { stored: { ...record, derived: { expiresOn: expiryOf(record) } }, words: { id: record.id, tokens: searchTokens(record) } };
}

/** A record as schemas 2 to 7 stored it, its search words inside: for the migrations that wrote that shape only. */
export function withInlineWords(record: PreservationRecord): StoredRecord & { derived: { tokens: string[] } } {
  return { ...record, derived: { expiresOn: expiryOf(record), tokens: searchTokens(record) } };
}

export function withoutDerived(stored: StoredRecord): PreservationRecord;
export function withoutDerived(stored: StoredRecord | undefined): PreservationRecord | undefined;
export function withoutDerived(stored: StoredRecord | undefined): PreservationRecord | undefined {
  if (!stored) return undefined;
  const { derived: _derived, ...record } = stored;
  return record;
}

/**
 * The record without its index words, taken off the object itself: for a reader that owns a record it has just read
 * and will not keep (a backup), where a copy of each of 100,000 records costs more than the reading.
 */
export function dropDerived(stored: StoredRecord): PreservationRecord {
  delete (stored as Partial<StoredRecord>).derived;
  return stored;
}
