import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportReport } from '../../register/backup';
import { marTableHtml, marText } from '../../register/mar-text';
import type { PreservationRecord, Proof } from '../../register/schema';
import type { Provider } from '../../providers/schema';
import { BackupPanel } from './BackupPanel';
import {
  DEFAULT_CRITERIA,
  NO_CASE_LABEL,
  casesOf,
  extensionLeadDaysOf,
  filterRows,
  groupByCase,
  marProviderOf,
  prepareRows,
  type FilterCriteria,
  type RecordDraft,
} from './filter';
import { Filters } from './Filters';
import { MarPanel } from './MarPanel';
import { NewRecordForm, type SaveResult } from './NewRecordForm';
import { PasteBox } from './PasteBox';
import { ProviderDirectory } from './ProviderDirectory';
import { RecordItem } from './RecordItem';

export interface RemovedRecord {
  record: PreservationRecord;
  proof: Proof | null;
}

export interface DashboardProps {
  records: readonly PreservationRecord[];
  /** The investigator's calendar day, YYYY-MM-DD. */
  today: string;
  providers: readonly Provider[];
  /** Text handed over by the "Save selection as preservation reference" menu, read into the paste box. */
  incoming?: { text: string; nonce: number } | null;
  initialCriteria?: Partial<FilterCriteria>;
  /** How many matching records are rendered before "Show more". */
  pageSize?: number;
  /** How long the "Undo" of a delete stays, in ms. */
  undoMs?: number;

  onUpdate: (record: PreservationRecord) => Promise<PreservationRecord>;
  onAddExtension: (recordId: string, extension: { requestedOn: string; reference: string | null }) => Promise<PreservationRecord>;
  onRemove: (recordId: string) => Promise<RemovedRecord | null>;
  onRestore: (items: RemovedRecord[]) => Promise<void>;
  onCopyText: (text: string) => Promise<void>;
  onCopyRich: (html: string, text: string) => Promise<void>;
  onLoadProof: (recordId: string) => Promise<Proof | undefined>;
  onExportProof: (proof: Proof, record: PreservationRecord) => void;
  onSaveDrafts: (drafts: RecordDraft[], source: 'email' | 'manual') => Promise<SaveResult[]>;
  onExportBackup: () => Promise<unknown>;
  onExportCsv: () => Promise<unknown>;
  onImport: (text: string) => Promise<ImportReport>;
  /** The case filter changed: a case number, '' for "no case number", null for all cases. */
  onCaseSelected: (caseNumber: string | null) => void;
}

const count = (n: number) => n.toLocaleString('en-US');
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The register page: records by case, filters, MAR text, adding records, backup, and the provider directory. */
export function Dashboard(props: DashboardProps) {
  const { records, today, providers, pageSize = 200, undoMs = 10_000 } = props;
  const [criteria, setCriteria] = useState<FilterCriteria>({ ...DEFAULT_CRITERIA, ...props.initialCriteria });
  const [limit, setLimit] = useState(pageSize);
  const [notice, setNotice] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ removed: RemovedRecord; label: string } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  const byId = useMemo(() => new Map(providers.map((p) => [p.id, p])), [providers]);
  const providerName = (id: string) => byId.get(id)?.name ?? id;
  const providerOf = (id: string) => marProviderOf(byId.get(id), id);
  const providerOptions = useMemo(() => providers.map((p) => ({ id: p.id, name: p.name })), [providers]);

  const rows = useMemo(() => prepareRows(records, today, providerName), [records, today, byId]);
  const filtered = useMemo(() => filterRows(rows, criteria), [rows, criteria]);
  const filteredRecords = useMemo(() => filtered.map((r) => r.record), [filtered]);
  const mar = useMemo(() => marText(filteredRecords, providerOf), [filteredRecords, byId]);
  const cases = useMemo(() => casesOf(records), [records]);
  const caseCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of filtered) counts.set(row.record.caseNumber, (counts.get(row.record.caseNumber) ?? 0) + 1);
    return counts;
  }, [filtered]);
  const shown = filtered.length > limit ? filtered.slice(0, limit) : filtered;
  const groups = groupByCase(shown);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), undoMs);
    return () => clearTimeout(timer);
  }, [undo]);
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 6_000);
    return () => clearTimeout(timer);
  }, [notice]);

  const changeCriteria = (next: FilterCriteria) => {
    if (next.caseNumber !== criteria.caseNumber) props.onCaseSelected(next.caseNumber);
    setCriteria(next);
    setLimit(pageSize);
  };
  const copy = (text: string, what: string) =>
    props.onCopyText(text).then(
      () => {
        setAlert(null);
        setNotice(`${what} copied.`);
      },
      (e: unknown) => setAlert(`Could not copy: ${message(e)}`),
    );
  const remove = async (record: PreservationRecord) => {
    const removed = await props.onRemove(record.id);
    if (removed) {
      setNotice(null);
      setUndo({ removed, label: `${providerName(record.providerId)} ${record.reference}` });
    }
  };
  const restore = () => {
    if (!undo) return;
    const { removed, label } = undo;
    setUndo(null);
    props.onRestore([removed]).then(
      () => setNotice(`Restored ${label}.`),
      (e: unknown) => setAlert(message(e)),
    );
  };
  const caseLabel = criteria.caseNumber === null ? null : criteria.caseNumber ? `case ${criteria.caseNumber}` : NO_CASE_LABEL.toLowerCase();
  const defaultCase = criteria.caseNumber ?? '';

  return (
    <main class="dashboard">
      <h1>QuickFreeze register</h1>
      <p class="muted">
        Preservation references, kept only in this browser. Today is <time dateTime={today}>{today}</time>.
      </p>
      <nav aria-label="Sections of this page">
        <ul class="inline">
          <li>
            <a href="#records-heading">Records</a>
          </li>
          <li>
            <a href="#mar-heading">MAR text</a>
          </li>
          <li>
            <a href="#paste-heading">Add from an e-mail</a>
          </li>
          <li>
            <a href="#manual-heading">Add by hand</a>
          </li>
          <li>
            <a href="#backup-heading">Backup and export</a>
          </li>
          <li>
            <a href="#directory-heading">Provider directory</a>
          </li>
        </ul>
      </nav>
      <div role="alert" class="error">
        {alert}
      </div>

      <section aria-labelledby="records-heading" class="records-section">
        <h2 id="records-heading">Records</h2>
        <Filters criteria={criteria} onChange={changeCriteria} providers={providerOptions} cases={cases} />
        <p role="status" class="count" data-count={filtered.length}>
          {records.length === 0
            ? 'The register is empty. Save a reference from a portal’s confirmation page, paste a provider e-mail, or add one by hand below.'
            : `${count(filtered.length)} of ${count(records.length)} record${records.length === 1 ? '' : 's'} match${shown.length < filtered.length ? `; showing the first ${count(shown.length)}` : ''}.`}
        </p>
        {groups.map((group) => {
          const total = caseCounts.get(group.caseNumber) ?? group.rows.length;
          const headingId = `case-${group.caseNumber ? encodeURIComponent(group.caseNumber) : 'none'}`;
          return (
            <section key={group.caseNumber} class="case-group" data-case={group.caseNumber} aria-labelledby={headingId}>
              <h3 id={headingId}>
                {group.label}{' '}
                <span class="muted">
                  ({total === group.rows.length ? `${total} record${total === 1 ? '' : 's'}` : `showing ${group.rows.length} of ${total}`})
                </span>
              </h3>
              <ul class="records plain">
                {group.rows.map((row) => (
                  <RecordItem
                    key={row.record.id}
                    row={row}
                    today={today}
                    leadDays={extensionLeadDaysOf(byId.get(row.record.providerId))}
                    onUpdate={props.onUpdate}
                    onAddExtension={props.onAddExtension}
                    onRemove={remove}
                    onCopyText={copy}
                    onLoadProof={props.onLoadProof}
                    onExportProof={props.onExportProof}
                  />
                ))}
              </ul>
            </section>
          );
        })}
        {shown.length < filtered.length && (
          <button type="button" class="show-more" onClick={() => setLimit(limit + pageSize)}>
            Show more ({Math.min(pageSize, filtered.length - shown.length)} of {filtered.length - shown.length} not shown)
          </button>
        )}
      </section>

      <section aria-labelledby="mar-heading">
        <h2 id="mar-heading">MAR text</h2>
        <MarPanel
          text={mar}
          count={filtered.length}
          caseLabel={caseLabel}
          onCopyText={(text) => void copy(text, 'MAR text')}
          onCopyTable={() =>
            void props.onCopyRich(marTableHtml(filteredRecords, providerOf), mar).then(
              () => {
                setAlert(null);
                setNotice('MAR table copied.');
              },
              (e: unknown) => setAlert(`Could not copy: ${message(e)}`),
            )
          }
        />
      </section>

      <section aria-labelledby="paste-heading">
        <h2 id="paste-heading">Add from a provider e-mail</h2>
        <PasteBox
          providers={providerOptions}
          records={records}
          today={today}
          defaultCaseNumber={defaultCase}
          incoming={props.incoming ?? null}
          onSave={(drafts) => props.onSaveDrafts(drafts, 'email')}
          onRecordExtension={props.onAddExtension}
        />
      </section>

      <section aria-labelledby="manual-heading">
        <h2 id="manual-heading">Add a record by hand</h2>
        <NewRecordForm
          key={defaultCase}
          name="manual"
          label="New record"
          providers={providerOptions}
          initial={{ providerId: null, references: [], caseNumber: defaultCase, accountIdentifiers: [], preservedOn: today }}
          onSave={(drafts) => props.onSaveDrafts(drafts, 'manual')}
          resetAfterSave
        />
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backup and export</h2>
        <BackupPanel recordCount={records.length} onExportBackup={props.onExportBackup} onExportCsv={props.onExportCsv} onImport={props.onImport} />
      </section>

      <section aria-labelledby="directory-heading">
        <h2 id="directory-heading">Provider directory</h2>
        <p class="muted">What QuickFreeze knows of each provider’s policies, with the sources and the day each was checked.</p>
        <ProviderDirectory providers={providers} />
      </section>

      <div role="status" class="toast" data-toast="">
        {undo ? (
          <>
            Deleted {undo.label}.{' '}
            <button type="button" ref={undoButton} data-action="undo-delete" onClick={restore}>
              Undo
            </button>
          </>
        ) : (
          notice
        )}
      </div>
    </main>
  );
}
