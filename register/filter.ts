import { expiryOf, statusOf, type RecordStatus } from './expiry';
import type { PreservationRecord } from './schema';

/** Search, filters, sort and grouping of records: pure, over plain data. */

export const RECORD_STATUSES: readonly RecordStatus[] = ['active', 'expiring-soon', 'lapsed', 'extended', 'superseded', 'kept', 'awaiting-answer', 'overdue', 'answered'];

export const STATUS_TEXT: Record<RecordStatus, string> = {
  active: 'active',
  'expiring-soon': 'expiring soon',
  lapsed: 'lapsed',
  extended: 'extended',
  superseded: 'superseded by legal process',
  kept: 'kept until the production order is answered',
  'awaiting-answer': 'production order: answer awaited',
  overdue: 'production order: answer overdue',
  answered: 'production order answered',
};

export type SortKey = 'expiry' | 'newest' | 'provider';

export const SORT_TEXT: Record<SortKey, string> = {
  expiry: 'Expiry, soonest first',
  newest: 'Newest first',
  provider: 'Provider',
};

export interface FilterCriteria {
  /** Free text: every word must occur in the reference, case number, account identifiers, notes or provider name. */
  query: string;
  /** null: every provider. */
  providerId: string | null;
  /** null: every status. */
  status: RecordStatus | null;
  /** null: every case; '' the records without a case number. */
  caseNumber: string | null;
  sort: SortKey;
}

export const DEFAULT_CRITERIA: FilterCriteria = { query: '', providerId: null, status: null, caseNumber: null, sort: 'expiry' };

/** A record with what the list shows and filters on, computed once per load (not per keystroke). */
export interface RecordRow {
  record: PreservationRecord;
  expiry: string;
  status: RecordStatus;
  providerName: string;
  /** Lower-cased text the search box looks in. */
  haystack: string;
}

export function prepareRows(records: readonly PreservationRecord[], today: string, providerName: (id: string) => string): RecordRow[] {
  const rows: RecordRow[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const name = providerName(record.providerId);
    rows[i] = {
      record,
      expiry: expiryOf(record),
      status: statusOf(record, today),
      providerName: name,
      haystack: [record.reference, record.caseNumber, record.accountIdentifiers.join('\n'), record.notes, name].join('\n').toLowerCase(),
    };
  }
  return rows;
}

function compareRows(sort: SortKey): (a: RecordRow, b: RecordRow) => number {
  const byReference = (a: RecordRow, b: RecordRow) => (a.record.reference < b.record.reference ? -1 : a.record.reference > b.record.reference ? 1 : 0);
  const byExpiry = (a: RecordRow, b: RecordRow) => (a.expiry < b.expiry ? -1 : a.expiry > b.expiry ? 1 : 0);
  switch (sort) {
    case 'newest':
      return (a, b) => (a.record.createdAt > b.record.createdAt ? -1 : a.record.createdAt < b.record.createdAt ? 1 : byReference(a, b));
    case 'provider':
      return (a, b) => a.providerName.localeCompare(b.providerName) || byExpiry(a, b) || byReference(a, b);
    default:
      return (a, b) => byExpiry(a, b) || byReference(a, b);
  }
}

export const searchWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/** Whether a row meets every criterion; `words` are the query's `searchWords`. */
export function rowMatches(row: RecordRow, criteria: FilterCriteria, words: readonly string[]): boolean {
  if (criteria.providerId !== null && row.record.providerId !== criteria.providerId) return false;
  if (criteria.status !== null && row.status !== criteria.status) return false;
  if (criteria.caseNumber !== null && row.record.caseNumber !== criteria.caseNumber) return false;
  for (let w = 0; w < words.length; w++) {
    if (!row.haystack.includes(words[w]!)) return false;
  }
  return true;
}

/** The rows that match the criteria, in the chosen order. Plain loops: it runs on every keystroke over 10,000 rows. */
export function filterRows(rows: readonly RecordRow[], criteria: FilterCriteria): RecordRow[] {
  const words = searchWords(criteria.query);
  const out: RecordRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rowMatches(rows[i]!, criteria, words)) out.push(rows[i]!);
  }
  return out.sort(compareRows(criteria.sort));
}

export function filterRecords(
  records: readonly PreservationRecord[],
  criteria: FilterCriteria,
  today: string,
  providerName: (id: string) => string,
): RecordRow[] {
  return filterRows(prepareRows(records, today, providerName), criteria);
}

export const NO_CASE_LABEL = 'No case number';

export interface CaseGroup {
  caseNumber: string;
  /** "Case 2026-0042", or "No case number". */
  label: string;
  rows: RecordRow[];
}

/** Rows grouped by case number, the groups in the order their first row comes in the sorted list. */
export function groupByCase(rows: readonly RecordRow[]): CaseGroup[] {
  const groups = new Map<string, CaseGroup>();
  for (const row of rows) {
    const caseNumber = row.record.caseNumber;
    let group = groups.get(caseNumber);
    if (!group) {
      group = { caseNumber, label: caseNumber ? `Case ${caseNumber}` : NO_CASE_LABEL, rows: [] };
      groups.set(caseNumber, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** The case numbers in the register, sorted; whether some records have none. */
export function casesOf(records: readonly PreservationRecord[]): { caseNumbers: string[]; hasNone: boolean } {
  const seen = new Set<string>();
  let hasNone = false;
  for (const r of records) {
    if (r.caseNumber) seen.add(r.caseNumber);
    else hasNone = true;
  }
  return { caseNumbers: [...seen].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })), hasNone };
}
