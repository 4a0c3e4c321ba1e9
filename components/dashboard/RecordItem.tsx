import { useEffect, useRef, useState } from 'preact/hooks';
import { daysBetween, extensionDeadline } from '../../register/expiry';
import { isIsoDate, splitLines } from '../../register/drafts';
import { STATUS_TEXT, type RecordRow } from '../../register/filter';
import type { AuditEntry, PreservationRecord, Proof } from '../../register/schema';
import { AuditTrail } from './AuditTrail';
import { useRegister } from './context';
import { useAsyncAction } from './useAsyncAction';
import { basisOf } from '../../register/basis';
import { ClockActions, ClockWarnings, ExpiryFacts } from './RecordClocks';
import { RecordRoutes } from './RecordRoutes';
import { STATUS_LOOK } from './status-look';

/** What the dashboard around a record does for it (edits, extensions and proofs go to the register directly). */
export interface RecordActions {
  onRemove: (record: PreservationRecord) => Promise<unknown>;
  onCopyText: (text: string, what: string) => Promise<unknown>;
}

export interface RecordItemProps extends RecordActions {
  row: RecordRow;
  today: string;
  /** Days before expiry the provider wants an extension asked, where it says. */
  leadDays: number | null;
  headingLevel?: 3 | 4;
}

const SOURCE_TEXT: Record<PreservationRecord['source'], string> = {
  'confirmation-page': 'confirmation page',
  selection: 'selected text',
  email: 'provider e-mail',
  manual: 'typed by hand',
  import: 'backup import',
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function daysLeftText(expiry: string, today: string): string {
  const left = daysBetween(today, expiry);
  if (left < 0) return `expired ${-left} day${left === -1 ? '' : 's'} ago`;
  if (left === 0) return 'expires today';
  return `${left} day${left === 1 ? '' : 's'} left`;
}

function EditForm({ record, onCancel }: { record: PreservationRecord; onCancel: () => void }) {
  const register = useRegister();
  const [reference, setReference] = useState(record.reference);
  const [caseNumber, setCaseNumber] = useState(record.caseNumber);
  const [accounts, setAccounts] = useState(record.accountIdentifiers.join('\n'));
  const [preservedOn, setPreservedOn] = useState(record.preservedOn);
  const [notes, setNotes] = useState(record.notes);
  const { run, busy, error } = useAsyncAction(register.update);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    const edited = { ...record, reference: reference.trim(), caseNumber: caseNumber.trim(), accountIdentifiers: splitLines(accounts), preservedOn, notes };
    if (await run(edited)) onCancel();
  };
  return (
    <form class="record-form" onSubmit={submit} aria-label={`Edit record ${record.reference}`}>
      <label>
        Reference{' '}
        <input ref={first} value={reference} required maxLength={120} onInput={(e) => setReference(e.currentTarget.value)} />
      </label>
      <label>
        Case number <input value={caseNumber} maxLength={120} onInput={(e) => setCaseNumber(e.currentTarget.value)} />
      </label>
      <label>
        Account identifiers, one per line
        <textarea rows={3} value={accounts} onInput={(e) => setAccounts(e.currentTarget.value)} />
      </label>
      <label>
        Preservation date <input type="date" value={preservedOn} required onInput={(e) => setPreservedOn(e.currentTarget.value)} />
      </label>
      <label>
        Notes
        <textarea rows={2} value={notes} maxLength={10_000} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ExtensionForm({ record, today, onCancel }: { record: PreservationRecord; today: string; onCancel: () => void }) {
  const register = useRegister();
  const [requestedOn, setRequestedOn] = useState(today);
  const [reference, setReference] = useState('');
  const { run, busy, error, setError } = useAsyncAction(register.addExtension);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!isIsoDate(requestedOn)) {
      setError('Give the date the extension was requested.');
      return;
    }
    if (await run(record.id, { requestedOn, reference: reference.trim() || null })) onCancel();
  };
  return (
    <form class="record-form" onSubmit={submit} aria-label={`Add an extension to ${record.reference}`}>
      <label>
        Extension requested on <input ref={first} type="date" value={requestedOn} required onInput={(e) => setRequestedOn(e.currentTarget.value)} />
      </label>
      <label>
        New reference from the provider (optional) <input value={reference} maxLength={120} onInput={(e) => setReference(e.currentTarget.value)} />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          Save extension
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ProofView({ proof, record, onExport }: { proof: Proof; record: PreservationRecord; onExport: (proof: Proof, record: PreservationRecord) => void }) {
  return (
    <div class="proof">
      {proof.integrity === 'altered' && (
        <p class="error" data-proof-integrity="altered">
          Proof altered: the backup this proof came from stated the SHA-256 {proof.claimedSha256 ?? 'of another text'}; the page text kept here has
          the hash below.
        </p>
      )}
      <dl>
        <dt>Page address</dt>
        <dd class="wrap">{proof.url}</dd>
        <dt>Captured</dt>
        <dd>
          <time dateTime={proof.capturedAt}>{proof.capturedAt}</time>
        </dd>
        <dt>SHA-256 of the page text</dt>
        <dd>
          <code class="wrap">{proof.sha256}</code>
        </dd>
      </dl>
      <details>
        <summary>Page text as captured</summary>
        <pre class="proof-text">{proof.text}</pre>
      </details>
      {proof.screenshot && (
        <details>
          <summary>Screenshot</summary>
          <img src={proof.screenshot} alt={`Screenshot of the confirmation page for ${record.reference}`} class="screenshot" />
        </details>
      )}
      <button type="button" onClick={() => onExport(proof, record)}>
        Export proof
      </button>
    </div>
  );
}

/** One preservation record: what the contract requires as visible text, and its actions. */
export function RecordItem({ row, today, leadDays, headingLevel = 4, ...actions }: RecordItemProps) {
  const register = useRegister();
  const { record, expiry, status, providerName } = row;
  const [mode, setMode] = useState<'view' | 'edit' | 'extend'>('view');
  const [proof, setProof] = useState<Proof | null | 'loading'>(null);
  const [history, setHistory] = useState<AuditEntry[] | null | 'loading'>(null);
  const [error, setError] = useState<string | null>(null);
  const deadline = status === 'superseded' || status === 'kept' || record.production ? null : extensionDeadline(record, leadDays);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const headingId = `record-${record.id}`;
  // When a form closes, the focus goes back to the button that opened it, not to the top of the page.
  const editButton = useRef<HTMLButtonElement>(null);
  const extendButton = useRef<HTMLButtonElement>(null);
  const openedFrom = useRef<'edit' | 'extend' | null>(null);
  useEffect(() => {
    if (mode !== 'view' || !openedFrom.current) return;
    (openedFrom.current === 'edit' ? editButton : extendButton).current?.focus();
    openedFrom.current = null;
  }, [mode]);
  const openForm = (form: 'edit' | 'extend') => {
    openedFrom.current = form;
    setMode(form);
  };

  const run = (work: Promise<unknown>) => {
    setError(null);
    work.catch((e: unknown) => setError(message(e)));
  };
  const toggleProof = () => {
    if (proof) {
      setProof(null);
      return;
    }
    setProof('loading');
    register.loadProof(record.id).then(
      (p) => {
        if (p) setProof(p);
        else {
          setProof(null);
          setError('The proof of this record is no longer in the register.');
        }
      },
      (e: unknown) => {
        setProof(null);
        setError(message(e));
      },
    );
  };

  const toggleHistory = () => {
    if (history) {
      setHistory(null);
      return;
    }
    setHistory('loading');
    register.loadAudit(record.id).then(setHistory, (e: unknown) => {
      setHistory(null);
      setError(message(e));
    });
  };

  return (
    <li class={`record status-${status}`} data-record="" data-reference={record.reference} data-provider={record.providerId} data-basis={basisOf(record)} data-status={status} aria-labelledby={headingId}>
      <Heading id={headingId}>
        {providerName} <span class="ref">{record.reference}</span>
      </Heading>
      <p class="status-line">
        <strong class={`status status-${status} badge tone-${STATUS_LOOK[status].tone}`}>
          <span aria-hidden="true">{STATUS_LOOK[status].icon}</span> Status: {STATUS_TEXT[status]}
        </strong>
        {!['superseded', 'kept', 'answered'].includes(status) && !record.production && <span> ({daysLeftText(expiry, today)})</span>}
        {deadline && (
          <span class="deadline">
            {' '}
            — ask for extension by <time dateTime={deadline}>{deadline}</time>
            {leadDays ? ` (${providerName} asks ${leadDays} days ahead)` : ''}
          </span>
        )}
      </p>
      <dl class="record-facts">
        <dt>Provider</dt>
        <dd>{providerName}</dd>
        <dt>Reference</dt>
        <dd>{record.reference}</dd>
        <dt>Case number</dt>
        <dd>{record.caseNumber || <span class="muted">none</span>}</dd>
        <dt>Account identifiers</dt>
        <dd class="wrap">{record.accountIdentifiers.length ? record.accountIdentifiers.join(', ') : <span class="muted">not recorded</span>}</dd>
        <dt>Preserved on</dt>
        <dd>
          <time dateTime={record.preservedOn}>{record.preservedOn}</time>
        </dd>
        <ExpiryFacts record={record} expiry={expiry} />
        {record.extensions.length > 0 && (
          <>
            <dt>Extensions</dt>
            <dd>
              {record.extensions.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && '; '}
                  requested <time dateTime={e.requestedOn}>{e.requestedOn}</time>
                  {e.reference && ` (reference ${e.reference})`}
                </span>
              ))}
            </dd>
          </>
        )}
        {record.supersededOn && (
          <>
            <dt>Superseded by legal process on</dt>
            <dd>
              <time dateTime={record.supersededOn}>{record.supersededOn}</time>
            </dd>
          </>
        )}
        {record.notes && (
          <>
            <dt>Notes</dt>
            <dd class="notes">{record.notes}</dd>
          </>
        )}
        <dt>Saved from</dt>
        <dd>
          {SOURCE_TEXT[record.source]}
          {record.requestType !== 'preservation' && ` (${record.requestType} request)`}
        </dd>
        {record.proofIntegrity === 'altered' && (
          <>
            <dt>Proof</dt>
            <dd class="error" data-proof-integrity="altered">
              proof altered (its page text does not match the hash its backup states)
            </dd>
          </>
        )}
      </dl>
      <ClockWarnings record={record} />
      <RecordRoutes providerId={record.providerId} today={today} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {mode === 'edit' && <EditForm record={record} onCancel={() => setMode('view')} />}
      {mode === 'extend' && <ExtensionForm record={record} today={today} onCancel={() => setMode('view')} />}
      {mode === 'view' && (
        <div class="actions" role="group" aria-label={`Actions for ${record.reference}`}>
          <button type="button" ref={editButton} data-action="edit" onClick={() => openForm('edit')}>
            Edit
          </button>
          {!record.production && (
            <button type="button" ref={extendButton} data-action="add-extension" onClick={() => openForm('extend')}>
              Add extension
            </button>
          )}
          <ClockActions record={record} today={today} onError={setError} />
          {record.supersededOn ? (
            <button type="button" data-action="unsupersede" onClick={() => run(register.update({ ...record, supersededOn: null }))}>
              Undo "superseded"
            </button>
          ) : (
            <button type="button" data-action="supersede" onClick={() => run(register.update({ ...record, supersededOn: today }))}>
              Mark superseded by legal process
            </button>
          )}
          <button type="button" data-action="copy-reference" onClick={() => run(actions.onCopyText(record.reference, `Reference ${record.reference}`))}>
            Copy reference
          </button>
          {record.hasProof && (
            <button type="button" data-action="view-proof" aria-expanded={!!proof} onClick={toggleProof}>
              {proof ? 'Hide proof' : 'View proof'}
            </button>
          )}
          <button type="button" data-action="view-history" aria-expanded={!!history} onClick={toggleHistory}>
            {history ? 'Hide history' : 'History'}
          </button>
          <button type="button" data-action="delete" onClick={() => run(actions.onRemove(record))}>
            Delete
          </button>
        </div>
      )}
      {proof === 'loading' && <p class="muted">Loading the proof…</p>}
      {proof && proof !== 'loading' && <ProofView proof={proof} record={record} onExport={register.exportProof} />}
      {history === 'loading' && <p class="muted">Loading the history…</p>}
      {history && history !== 'loading' && <AuditTrail entries={history} />}
    </li>
  );
}
