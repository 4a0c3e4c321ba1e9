import { useEffect, useState } from 'preact/hooks';
import { matchExtension, parseProviderEmail, type Confirmation, type ProposedRecord } from '../../register/email';
import { expiryOf } from '../../register/expiry';
import type { PreservationRecord } from '../../register/schema';
import type { T } from '../../i18n/catalogues';
import { aroundSlot } from '../../i18n/translate';
import { useT } from '../../i18n/use-i18n';
import { problemText } from '../../i18n/problems';
import { useRegister } from './context';
import { NewRecordForm, type FieldNotes } from './NewRecordForm';
import { useAsyncAction } from './useAsyncAction';
import { ErrorAlert } from '../ErrorAlert';

export interface PasteBoxProps {
  providers: ReadonlyArray<{ id: string; name: string }>;
  today: string;
  /** Prefilled case number (the case selected in the filters), or ''. */
  defaultCaseNumber: string;
  /** Text handed over from elsewhere (the "Save selection" context menu); read at once. `nonce` changes per hand-over. */
  incoming: { text: string; nonce: number } | null;
}

interface OfferProps {
  record: PreservationRecord;
  confirmation: Confirmation;
  providerName: string;
  today: string;
}

function ExtensionOffer({ record, confirmation, providerName, today }: OfferProps) {
  const register = useRegister();
  const t = useT();
  const facts = confirmation.extension!;
  const [requestedOn, setRequestedOn] = useState(facts.requestedOn ?? today);
  const [result, setResult] = useState<string | null>(null);
  const newReference = confirmation.reference !== record.reference ? confirmation.reference : null;
  const { run, error } = useAsyncAction(async () => {
    const expiry = expiryOf(await register.addExtension(record.id, { requestedOn, reference: newReference }));
    const stated = facts.expiresOn;
    const params = { reference: record.reference, expiry };
    setResult(!stated || expiry === stated ? t('dashboard.paste.extensionRecorded', params) : t('dashboard.paste.extensionRecordedDiffers', { ...params, stated }));
  });
  const inputId = `extension-${record.id}`;
  const [untilBefore, untilAfter] = aroundSlot(t, 'dashboard.paste.until', 'day');
  const alreadyCovered = facts.expiresOn !== null && expiryOf(record) >= facts.expiresOn;
  return (
    <div class="extension-offer" data-extension-offer={record.reference}>
      <p>
        {t('dashboard.paste.extensionOffer', { reference: record.reference, provider: providerName })}
        {newReference && t('dashboard.paste.newReference', { reference: newReference })}
        {facts.expiresOn && (
          <>
            {untilBefore}
            <time dateTime={facts.expiresOn}>{facts.expiresOn}</time>
            {untilAfter}
          </>
        )}
        .{alreadyCovered && ` ${t('dashboard.paste.alreadyCovered')}`}
      </p>
      <q class="evidence">{facts.evidence.quote}</q>
      <br />
      <label for={inputId}>{t('dashboard.form.extensionRequestedOn')}</label> <input id={inputId} type="date" value={requestedOn} onInput={(e) => setRequestedOn(e.currentTarget.value)} />{' '}
      <button type="button" data-action="record-extension" onClick={() => void run()} disabled={!!result}>
        {t('dashboard.paste.recordExtension')}
      </button>
      <ErrorAlert message={error} />
      <p role="status">{result}</p>
    </div>
  );
}

/** What the form shows beside each prefilled value: the quote it came from, the date's source, its warnings. */
function notesFor(t: T, proposal: ProposedRecord, c: Confirmation, earlier: PreservationRecord | undefined): FieldNotes {
  const date = c.preservedOn;
  const alternatives = date?.ambiguous?.alternatives ?? [];
  return {
    provider: proposal.providerEvidence ? { quote: proposal.providerEvidence.quote } : { warning: t('dashboard.paste.providerUnknown') },
    reference: { quote: c.evidence.quote },
    accountIdentifiers: c.accounts.length ? { quote: c.accounts.map((a) => a.evidence.quote).join(' … ') } : { note: t('dashboard.paste.noAccount') },
    preservedOn: {
      ...(date && { quote: date.evidence.quote }),
      note: earlier
        ? t('dashboard.paste.earlierDate', { day: earlier.preservedOn })
        : date?.source === 'stated'
          ? t('dashboard.paste.dateStated')
          : date
            ? t('dashboard.paste.dateOfEmail')
            : t('dashboard.paste.noDate'),
      ...((c.dateWarning || alternatives.length) && {
        warning: [c.dateWarning && problemText(t, c.dateWarning), alternatives.length ? t('dashboard.paste.ambiguous', { alternatives: alternatives.join(t('dashboard.paste.or')) }) : ''].filter(Boolean).join(' '),
      }),
    },
    basis: proposal.basis.evidence ? { quote: proposal.basis.evidence.quote } : { note: t('dashboard.paste.noBasis') },
  };
}

/** What the form to type a record in says when the e-mail confirmed nothing: where its provider and date came from. */
function blankNotes(t: T, proposal: ProposedRecord): FieldNotes {
  const sent = proposal.emailDate;
  return {
    ...(proposal.providerEvidence && { provider: { quote: proposal.providerEvidence.quote } }),
    preservedOn: sent ? { quote: sent.evidence.quote, note: t('dashboard.paste.dateOfEmail') } : { note: t('dashboard.paste.noDate') },
  };
}

/** Paste a provider's e-mail (or selected text), read it into one proposed record per preservation, confirm, save. */
export function PasteBox({ providers, today, defaultCaseNumber, incoming }: PasteBoxProps) {
  const register = useRegister();
  const t = useT();
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState<ProposedRecord | null>(null);
  const [existing, setExisting] = useState<PreservationRecord[]>([]);
  const [readCount, setReadCount] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const read = (value: string) => {
    const next = parseProviderEmail(value);
    setProposal(next);
    setReadCount((n) => n + 1);
    const found = next.confirmations.length;
    setNotice(
      found === 0
        ? [...next.warnings.map((w) => problemText(t, w)), t('dashboard.paste.noneFound')].join(' ')
        : t(next.providerId ? 'dashboard.paste.found' : 'dashboard.paste.foundUnknownProvider', { count: found }),
    );
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (text.trim()) read(text);
  };

  useEffect(() => {
    if (!incoming) return;
    setText(incoming.text);
    read(incoming.text);
  }, [incoming?.nonce]);

  useEffect(() => {
    setExisting([]);
    if (!proposal?.confirmations.length) return;
    let live = true;
    const references = proposal.confirmations.flatMap((c) => [c.reference, ...(c.extension ? [c.extension.ofReference] : [])]);
    register.withReferences([...new Set(references)]).then(
      (found) => live && setExisting(found),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [proposal]);

  const nameOf = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  // Nothing confirmed: a form to type the record in, dated by the e-mail (never by today, which would be later and
  // so make every reminder late), or undated where the e-mail gives no date of its own.
  const blank = { providerId: proposal?.providerId ?? null, references: [], caseNumber: defaultCaseNumber, accountIdentifiers: [], preservedOn: proposal?.emailDate?.day ?? null };

  return (
    <div class="paste-box">
      <form data-form="paste-email" onSubmit={submit} aria-label={t('dashboard.paste.formLabel')}>
        <label for="paste-email">{t('dashboard.paste.label')}</label>
        <textarea id="paste-email" name="email" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="actions">
          <button type="submit" disabled={!text.trim()}>
            {t('dashboard.paste.read')}
          </button>
        </div>
      </form>
      <p role="status">{notice}</p>
      {proposal &&
        proposal.confirmations.map((c, i) => {
          const extended = proposal.providerId && c.extension ? matchExtension(c, proposal.providerId, existing)[0] : undefined;
          if (extended) return <ExtensionOffer key={`${readCount}-${i}`} record={extended} confirmation={c} providerName={nameOf(extended.providerId)} today={today} />;
          // The same reference saved earlier (at request time, on the portal): its earlier date keeps reminders early.
          const saved = existing.find((r) => r.reference === c.reference && r.providerId === proposal.providerId);
          const earlier = saved && c.preservedOn?.source === 'email-date' && saved.preservedOn < c.preservedOn.day ? saved : undefined;
          return (
            <NewRecordForm
              key={`${readCount}-${i}-${earlier ? 'earlier' : ''}`}
              name={`paste-${i}`}
              label={t('dashboard.paste.proposed', { number: i + 1 })}
              providers={providers}
              initial={{
                providerId: proposal.providerId,
                references: [c.reference],
                caseNumber: defaultCaseNumber,
                accountIdentifiers: c.accounts.map((a) => a.value),
                preservedOn: earlier?.preservedOn ?? c.preservedOn?.day ?? null,
                basis: proposal.basis.value,
              }}
              notes={notesFor(t, proposal, c, earlier)}
              accountChoices={proposal.accountChoices}
              dateChoices={c.preservedOn?.source === 'stated' ? [] : proposal.dateChoices.filter((d) => d.day !== c.preservedOn?.day)}
              onSave={(drafts) => register.saveDrafts(drafts, 'email')}
            />
          );
        })}
      {proposal && proposal.confirmations.length === 0 && (
        <NewRecordForm
          key={readCount}
          name="paste-0"
          label={t('dashboard.paste.newRecord')}
          providers={providers}
          initial={blank}
          notes={blankNotes(t, proposal)}
          referenceChoices={proposal.referenceChoices}
          accountChoices={proposal.accountChoices}
          dateChoices={proposal.dateChoices.filter((d) => d.day !== proposal.emailDate?.day)}
          onSave={(drafts) => register.saveDrafts(drafts, 'email')}
        />
      )}
    </div>
  );
}
