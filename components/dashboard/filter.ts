import { expiryOf, statusOf, type RecordStatus } from '../../register/expiry';
import type { MarProvider } from '../../register/mar-text';
import type { PreservationRecord, Proof } from '../../register/schema';
import type { Provider } from '../../providers/schema';

/** Pure helpers of the dashboard: search, filters, sort, grouping, and the shapes its forms produce. */

export const RECORD_STATUSES: readonly RecordStatus[] = ['active', 'expiring-soon', 'lapsed', 'extended', 'superseded'];

export const STATUS_TEXT: Record<RecordStatus, string> = {
  active: 'active',
  'expiring-soon': 'expiring soon',
  lapsed: 'lapsed',
  extended: 'extended',
  superseded: 'superseded by legal process',
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

/** The rows that match the criteria, in the chosen order. Plain loops: it runs on every keystroke over 10,000 rows. */
export function filterRows(rows: readonly RecordRow[], criteria: FilterCriteria): RecordRow[] {
  const words = criteria.query.toLowerCase().split(/\s+/).filter(Boolean);
  const out: RecordRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (criteria.providerId !== null && row.record.providerId !== criteria.providerId) continue;
    if (criteria.status !== null && row.status !== criteria.status) continue;
    if (criteria.caseNumber !== null && row.record.caseNumber !== criteria.caseNumber) continue;
    let matches = true;
    for (let w = 0; w < words.length; w++) {
      if (!row.haystack.includes(words[w]!)) {
        matches = false;
        break;
      }
    }
    if (matches) out.push(row);
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

/** Lines of a textarea, trimmed, without blanks or repeats. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const value = line.trim();
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}

export const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** What the new-record forms produce: one draft per reference. */
export interface RecordDraft {
  providerId: string;
  reference: string;
  caseNumber: string;
  accountIdentifiers: string[];
  /** YYYY-MM-DD, or null when not known (then the day of saving). */
  preservedOn: string | null;
}

/** The capture `Register.saveCapture` takes for a draft typed or read from an e-mail. */
export function captureFromDraft(draft: RecordDraft, source: 'email' | 'manual', now = new Date()) {
  return {
    providerId: draft.providerId,
    reference: draft.reference,
    caseNumber: draft.caseNumber,
    accountIdentifiers: draft.accountIdentifiers,
    requestType: 'preservation',
    requestedAt: draft.preservedOn ? `${draft.preservedOn}T12:00:00.000Z` : now.toISOString(),
    source,
    ...(draft.preservedOn ? { preservedOn: draft.preservedOn } : {}),
    proof: null,
  };
}

/** The provider's stated preservation terms, for `saveCapture`. */
export function termsOf(provider: Provider | undefined): { periodDays: number | null; extensionDays: number | null } {
  const value = provider?.facts.preservation?.value;
  return { periodDays: value?.days ?? null, extensionDays: value?.extensionDays ?? null };
}

export function marProviderOf(provider: Provider | undefined, id: string): MarProvider {
  return { name: provider?.name ?? id, legalEntity: provider?.facts.legalEntity?.value ?? null };
}

/** How many days before expiry the provider wants an extension asked (X: 7), or null. */
export function extensionLeadDaysOf(provider: Provider | undefined): number | null {
  return provider?.facts.preservation?.value.extensionLeadDays ?? null;
}

/** A proof of preservation as a plain text file: what was captured, where, when, and its SHA-256. */
export function proofExportText(proof: Proof, record: PreservationRecord, providerName: string): string {
  return [
    'QuickFreeze proof of preservation',
    `Provider: ${providerName}`,
    `Reference: ${record.reference}`,
    `Case number: ${record.caseNumber || '[none]'}`,
    `URL: ${proof.url}`,
    `Captured at: ${proof.capturedAt}`,
    `SHA-256 of the page text: ${proof.sha256}`,
    '',
    '--- Page text as captured ---',
    proof.text,
  ].join('\n');
}

/** A file-name-safe form of a reference. */
export function fileSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60) || 'record';
}
