import type { Provider } from '../providers/schema';
import type { ImportReport } from './backup';
import type { RecordDraft } from './drafts';
import type { FilterCriteria, RecordRow } from './filter';
import type { ChunkedWork } from './chunked';
import type { AuditEntry, PreservationRecord, Proof } from './schema';
import type { RegisterCounts, TimelineBar } from './timeline';

export interface RemovedRecord {
  record: PreservationRecord;
  proof: Proof | null;
}

export interface SaveResult {
  reference: string;
  /** false: the reference was already in the register for this provider (nothing changed). */
  created: boolean;
}

/** One page of the records that match, in order, with the counts the page states. */
export interface RecordPage {
  rows: RecordRow[];
  /** How many records match the criteria. */
  matching: number;
  /** true: more than `matching` records match (a status or a broad search is counted only up to a cap). */
  matchingAtLeast?: boolean;
  /** How many records the register holds. */
  total: number;
  /** Matching records per case, for the cases on this page where it is known. */
  caseTotals: ReadonlyMap<string, number>;
}

/** The MAR text of the records that match, with the records (for the table). */
export interface MarResult {
  text: string;
  records: readonly PreservationRecord[];
}

/**
 * What the dashboard asks of the register. The page gets it through context; the browser build backs it with
 * IndexedDB (storage/register-service.ts), tests may back it with the same over a throwaway database.
 */
export interface RegisterService {
  readonly providers: readonly Provider[];
  /** A provider's name from its id: the registry's, or the name the investigator gave an added portal. */
  providerName(id: string): string;
  /** The providers to filter records by: the registry's, then the new providers of added portals, by the names given. */
  readonly filterProviders: ReadonlyArray<{ id: string; name: string }>;
  /** The investigator's calendar day, YYYY-MM-DD. */
  today(): string;

  page(criteria: FilterCriteria, limit: number): Promise<RecordPage>;
  cases(): Promise<{ caseNumbers: string[]; hasNone: boolean }>;
  /** Preservations active, expiring within 14 days and lapsed, counted from the expiry index (no record read). */
  counts(): Promise<RegisterCounts>;
  /** The next `limit` deadlines from today among the records that match, soonest first (the expiry timeline). */
  nextDeadlines(criteria: FilterCriteria, limit: number): Promise<TimelineBar[]>;
  /** The MAR text at once where the set is small or a case is chosen; null where it must be asked for (`marAll`). */
  marNow(criteria: FilterCriteria): Promise<MarResult | null>;
  /** The MAR text of every matching record, built in chunks; cancellable through the signal. */
  marAll(criteria: FilterCriteria, work: ChunkedWork): Promise<MarResult>;
  /** Records whose reference is one of these (for an e-mail that names records already saved). */
  withReferences(references: readonly string[]): Promise<PreservationRecord[]>;

  update(record: PreservationRecord): Promise<PreservationRecord>;
  addExtension(recordId: string, extension: { requestedOn: string; reference: string | null }): Promise<PreservationRecord>;
  remove(recordId: string): Promise<RemovedRecord | null>;
  restore(items: RemovedRecord[]): Promise<void>;
  saveDrafts(drafts: RecordDraft[], source: 'email' | 'manual'): Promise<SaveResult[]>;
  loadProof(recordId: string): Promise<Proof | undefined>;
  /** The record's audit trail, oldest first. */
  loadAudit(recordId: string): Promise<AuditEntry[]>;
  exportProof(proof: Proof, record: PreservationRecord): void;
  /** `encryptWith`: the register's passphrase (checked against the lock); the file is then an encrypted backup. */
  exportBackup(work: ChunkedWork, encryptWith?: { passphrase: string }): Promise<void>;
  exportCsv(work: ChunkedWork): Promise<void>;
  /**
   * Download an .ics file of the clocks (expiry days, production deadlines) of one case (a case number, '' for the
   * records without one) or of all (null); account identifiers only with `includeIdentifiers`. Returns the events.
   */
  exportCalendar(caseNumber: string | null, includeIdentifiers: boolean): Promise<number>;
  importBackup(text: string): Promise<ImportReport>;
  copyText(text: string): Promise<void>;
  copyRich(html: string, text: string): Promise<void>;
  /** The case filter changed: a case number, '' for "no case number", null for all cases. */
  caseSelected(caseNumber: string | null): void;
  /** Call back when the register changed elsewhere (another tab, the background); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}
