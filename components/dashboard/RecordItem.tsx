import { useEffect, useRef, useState } from 'preact/hooks';
import { daysBetween, extensionDeadline } from '../../register/expiry';
import { isIsoDate, splitLines } from '../../register/drafts';
import type { MessageKey } from '../../i18n/catalogue';
import type { T } from '../../i18n/catalogues';
import { aroundSlot } from '../../i18n/translate';
import { useT } from '../../i18n/use-i18n';
import type { RecordRow } from '../../register/filter';
import type { AuditEntry, PreservationRecord, Proof } from '../../register/schema';
import { AuditTrail } from './AuditTrail';
import { useRegister } from './context';
import { errorText } from './error-text';
import { useAsyncAction } from './useAsyncAction';
import { basisOf } from '../../register/basis';
import { ClockActions, ClockWarnings, ExpiryFacts } from './RecordClocks';
import { RecordRoutes } from './RecordRoutes';
import { STATUS_LOOK } from './status-look';
import { draftOf, newProductionDraft, ProductionOrderFields, useProductionDraft } from './ProductionOrderFields';
import { dayIn } from '../../legal/dates';
import { ErrorAlert } from '../ErrorAlert';

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

const SOURCE_TEXT: Record<PreservationRecord['source'], MessageKey> = {
  'confirmation-page': 'dashboard.record.source.confirmationPage',
  selection: 'dashboard.record.source.selection',
  email: 'dashboard.record.source.email',
  manual: 'dashboard.record.source.manual',
  import: 'dashboard.record.source.import',
};

function daysLeftText(t: T, expiry: string, today: string): string {
  const left = daysBetween(today, expiry);
  if (left < 0) return t('dashboard.record.expiredAgo', { count: -left });
  if (left === 0) return t('dashboard.record.expiresToday');
  return t('dashboard.record.daysLeft', { count: left });
}

function EditForm({ record, onCancel }: { record: PreservationRecord; onCancel: () => void }) {
  const register = useRegister();
  const [reference, setReference] = useState(record.reference);
  const [caseNumber, setCaseNumber] = useState(record.caseNumber);
  const [accounts, setAccounts] = useState(record.accountIdentifiers.join('\n'));
  const [preservedOn, setPreservedOn] = useState(record.preservedOn);
  const [notes, setNotes] = useState(record.notes);
  const t = useT();
  const { run, busy, error, setError } = useAsyncAction(register.update);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  // A production order is edited in the time zone it was entered in; its day of issue is the record's day.
  const order = record.production;
  const timeZone = order?.timeZone ?? 'UTC';
  const production = useProductionDraft(order ? draftOf(order) : newProductionDraft(''), timeZone, order ? { answeredOn: order.answeredOn, validatedOn: order.validatedOn } : undefined);
  const submit = async (event: Event) => {
    event.preventDefault();
    const edited = { ...record, reference: reference.trim(), caseNumber: caseNumber.trim(), accountIdentifiers: splitLines(accounts), preservedOn, notes };
    if (order) {
      if (production.problem || !production.production || !production.issued) return setError(t(production.problem ?? 'dashboard.production.issuedMissing'));
      Object.assign(edited, { production: production.production, preservedOn: dayIn(production.issued, timeZone) });
    }
    if (await run(edited)) onCancel();
  };
  return (
    <form class="record-form" onSubmit={submit} aria-label={t('dashboard.record.editLabel', { reference: record.reference })}>
      <label>
        {t('dashboard.record.reference')}{' '}
        <input ref={first} name="reference" value={reference} required maxLength={120} onInput={(e) => setReference(e.currentTarget.value)} />
      </label>
      <label>
        {t('dashboard.record.caseNumber')} <input name="caseNumber" value={caseNumber} maxLength={120} onInput={(e) => setCaseNumber(e.currentTarget.value)} />
      </label>
      <label>
        {t('dashboard.form.accountsPerLine')}
        <textarea rows={3} value={accounts} onInput={(e) => setAccounts(e.currentTarget.value)} />
      </label>
      {order ? (
        <fieldset class="production-fields">
          <legend>{t('dashboard.production.label')}</legend>
          <ProductionOrderFields draft={production.draft} set={production.set} production={production.production} timeZone={timeZone} idPrefix={`edit-${record.id}`} />
        </fieldset>
      ) : (
        <label>
          {t('dashboard.form.preservedOn')} <input type="date" value={preservedOn} required onInput={(e) => setPreservedOn(e.currentTarget.value)} />
        </label>
      )}
      <label>
        {t('dashboard.record.notes')}
        <textarea rows={2} value={notes} maxLength={10_000} onInput={(e) => setNotes(e.currentTarget.value)} />
      </label>
      <ErrorAlert message={error} />
      <SubmitOrCancel busy={busy} submit={t('dashboard.save')} cancel={t('dashboard.cancel')} onCancel={onCancel} />
    </form>
  );
}

function ExtensionForm({ record, today, onCancel }: { record: PreservationRecord; today: string; onCancel: () => void }) {
  const register = useRegister();
  const [requestedOn, setRequestedOn] = useState(today);
  const [reference, setReference] = useState('');
  const t = useT();
  const { run, busy, error, setError } = useAsyncAction(register.addExtension);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!isIsoDate(requestedOn)) {
      setError(t('dashboard.record.extensionDateMissing'));
      return;
    }
    if (await run(record.id, { requestedOn, reference: reference.trim() || null })) onCancel();
  };
  return (
    <form class="record-form" onSubmit={submit} aria-label={t('dashboard.record.extendLabel', { reference: record.reference })}>
      <label>
        {t('dashboard.form.extensionRequestedOn')} <input ref={first} type="date" value={requestedOn} required onInput={(e) => setRequestedOn(e.currentTarget.value)} />
      </label>
      <label>
        {t('dashboard.record.newReference')} <input value={reference} maxLength={120} onInput={(e) => setReference(e.currentTarget.value)} />
      </label>
      <ErrorAlert message={error} />
      <SubmitOrCancel busy={busy} submit={t('dashboard.record.saveExtension')} cancel={t('dashboard.cancel')} onCancel={onCancel} />
    </form>
  );
}

function ProofView({ proof, record, onExport }: { proof: Proof; record: PreservationRecord; onExport: (proof: Proof, record: PreservationRecord) => void }) {
  const t = useT();
  return (
    <div class="proof">
      {proof.integrity === 'altered' && (
        <p class="error" data-proof-integrity="altered">
          {proof.claimedSha256 ? t('dashboard.proof.altered', { sha256: proof.claimedSha256 }) : t('dashboard.proof.alteredOther')}
        </p>
      )}
      <dl>
        <dt>{t('dashboard.proof.address')}</dt>
        <dd class="wrap">{proof.url}</dd>
        <dt>{t('dashboard.proof.captured')}</dt>
        <dd>
          <time dateTime={proof.capturedAt}>{proof.capturedAt}</time>
        </dd>
        <dt>{t('dashboard.proof.sha256')}</dt>
        <dd>
          <code class="wrap">{proof.sha256}</code>
        </dd>
      </dl>
      <details>
        <summary>{t('dashboard.proof.text')}</summary>
        <pre class="proof-text">{proof.text}</pre>
      </details>
      {proof.screenshot && (
        <details>
          <summary>{t('dashboard.proof.screenshot')}</summary>
          <img src={proof.screenshot} alt={t('dashboard.proof.screenshotAlt', { reference: record.reference })} class="screenshot" />
        </details>
      )}
      <button type="button" onClick={() => onExport(proof, record)}>
        {t('dashboard.proof.export')}
      </button>
    </div>
  );
}

/** One preservation record: what the contract requires as visible text, and its actions. */
export function RecordItem({ row, today, leadDays, headingLevel = 4, ...actions }: RecordItemProps) {
  const register = useRegister();
  const t = useT();
  const { record, expiry, status, providerName } = row;
  const [mode, setMode] = useState<'view' | 'edit' | 'extend'>('view');
  const [proof, setProof] = useState<Proof | null | 'loading'>(null);
  const [history, setHistory] = useState<AuditEntry[] | null | 'loading'>(null);
  const [error, setError] = useState<string | null>(null);
  const deadline = status === 'superseded' || status === 'kept' || record.production ? null : extensionDeadline(record, leadDays);
  const [deadlineBefore, deadlineAfter] = aroundSlot(t, 'dashboard.record.askBy', 'deadline');
  const [requestedBefore, requestedAfter] = aroundSlot(t, 'dashboard.record.requested', 'day');
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
    work.catch((e: unknown) => setError(errorText(t, e)));
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
          setError(t('dashboard.proof.gone'));
        }
      },
      (e: unknown) => {
        setProof(null);
        setError(errorText(t, e));
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
      setError(errorText(t, e));
    });
  };

  return (
    <li class={`record status-${status}`} data-record="" data-reference={record.reference} data-provider={record.providerId} data-basis={basisOf(record)} data-status={status} aria-labelledby={headingId}>
      <Heading id={headingId}>
        {providerName} <span class="ref">{record.reference}</span>
      </Heading>
      <p class="status-line">
        <strong class={`status status-${status} badge tone-${STATUS_LOOK[status].tone}`}>
          <span aria-hidden="true">{STATUS_LOOK[status].icon}</span> {t('dashboard.record.status', { status: t(`dashboard.status.${status}`) })}
        </strong>
        {!['superseded', 'kept', 'answered'].includes(status) && !record.production && <span> ({daysLeftText(t, expiry, today)})</span>}
        {deadline && (
          <span class="deadline">
            {' '}
            {deadlineBefore}
            <time dateTime={deadline}>{deadline}</time>
            {deadlineAfter}
            {leadDays ? ` ${t('dashboard.record.leadDays', { provider: providerName, count: leadDays })}` : ''}
          </span>
        )}
      </p>
      <dl class="record-facts">
        <dt>{t('dashboard.record.provider')}</dt>
        <dd>{providerName}</dd>
        <dt>{t('dashboard.record.reference')}</dt>
        <dd>{record.reference}</dd>
        <dt>{t('dashboard.record.caseNumber')}</dt>
        <dd>{record.caseNumber || <span class="muted">{t('dashboard.none')}</span>}</dd>
        <dt>{t('dashboard.record.accounts')}</dt>
        <dd class="wrap">{record.accountIdentifiers.length ? record.accountIdentifiers.join(', ') : <span class="muted">{t('dashboard.record.notRecorded')}</span>}</dd>
        <dt>{t('dashboard.record.preservedOn')}</dt>
        <dd>
          <time dateTime={record.preservedOn}>{record.preservedOn}</time>
        </dd>
        <ExpiryFacts record={record} expiry={expiry} />
        {record.extensions.length > 0 && (
          <>
            <dt>{t('dashboard.record.extensions')}</dt>
            <dd>
              {record.extensions.map((e, i) => (
                <span key={e.id}>
                  {i > 0 && '; '}
                  {requestedBefore}
                  <time dateTime={e.requestedOn}>{e.requestedOn}</time>
                  {requestedAfter}
                  {e.reference && ` ${t('dashboard.record.extensionReference', { reference: e.reference })}`}
                </span>
              ))}
            </dd>
          </>
        )}
        {record.supersededOn && (
          <>
            <dt>{t('dashboard.record.supersededOn')}</dt>
            <dd>
              <time dateTime={record.supersededOn}>{record.supersededOn}</time>
            </dd>
          </>
        )}
        {record.notes && (
          <>
            <dt>{t('dashboard.record.notes')}</dt>
            <dd class="notes">{record.notes}</dd>
          </>
        )}
        <dt>{t('dashboard.record.savedFrom')}</dt>
        <dd>
          {t(SOURCE_TEXT[record.source])}
          {record.requestType !== 'preservation' && ` ${t('dashboard.record.requestType', { type: record.requestType })}`}
        </dd>
        {record.proofIntegrity === 'altered' && (
          <>
            <dt>{t('dashboard.record.proof')}</dt>
            <dd class="error" data-proof-integrity="altered">
              {t('dashboard.record.proofAltered')}
            </dd>
          </>
        )}
      </dl>
      <ClockWarnings record={record} />
      <RecordRoutes providerId={record.providerId} today={today} />
      <ErrorAlert message={error} />
      {mode === 'edit' && <EditForm record={record} onCancel={() => setMode('view')} />}
      {mode === 'extend' && <ExtensionForm record={record} today={today} onCancel={() => setMode('view')} />}
      {mode === 'view' && (
        <div class="actions" role="group" aria-label={t('dashboard.record.actions', { reference: record.reference })}>
          <button type="button" ref={editButton} data-action="edit" onClick={() => openForm('edit')}>
            {t('dashboard.record.edit')}
          </button>
          {!record.production && (
            <button type="button" ref={extendButton} data-action="add-extension" onClick={() => openForm('extend')}>
              {t('dashboard.record.addExtension')}
            </button>
          )}
          <ClockActions record={record} today={today} onError={setError} />
          {record.supersededOn ? (
            <button type="button" data-action="unsupersede" onClick={() => run(register.update({ ...record, supersededOn: null }))}>
              {t('dashboard.record.unsupersede')}
            </button>
          ) : (
            <button type="button" data-action="supersede" onClick={() => run(register.update({ ...record, supersededOn: today }))}>
              {t('dashboard.record.supersede')}
            </button>
          )}
          <button type="button" data-action="copy-reference" onClick={() => run(actions.onCopyText(record.reference, t('dashboard.record.copiedReference', { reference: record.reference })))}>
            {t('dashboard.record.copyReference')}
          </button>
          {record.hasProof && (
            <button type="button" data-action="view-proof" aria-expanded={!!proof} onClick={toggleProof}>
              {proof ? t('dashboard.proof.hide') : t('dashboard.proof.view')}
            </button>
          )}
          <button type="button" data-action="view-history" aria-expanded={!!history} onClick={toggleHistory}>
            {history ? t('dashboard.history.hide') : t('dashboard.history.show')}
          </button>
          <button type="button" data-action="delete" onClick={() => run(actions.onRemove(record))}>
            {t('dashboard.record.delete')}
          </button>
        </div>
      )}
      {proof === 'loading' && <p class="muted">{t('dashboard.proof.loading')}</p>}
      {proof && proof !== 'loading' && <ProofView proof={proof} record={record} onExport={register.exportProof} />}
      {history === 'loading' && <p class="muted">{t('dashboard.history.loading')}</p>}
      {history && history !== 'loading' && <AuditTrail entries={history} />}
    </li>
  );
}

/** An edit form's two buttons: save (held while saving) and cancel. */
function SubmitOrCancel({ busy, submit, cancel, onCancel }: { busy: boolean; submit: string; cancel: string; onCancel: () => void }) {
  return (
    <div class="actions">
      <button type="submit" disabled={busy}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
