import { useEffect, useState } from 'preact/hooks';
import { parseProviderEmail, type ProposedRecord } from '../../register/email';
import { expiryOf } from '../../register/expiry';
import { matchingRecords } from '../../register/matching';
import type { PreservationRecord } from '../../register/schema';
import { useRegister } from './context';
import { NewRecordForm } from './NewRecordForm';
import { useAsyncAction } from './useAsyncAction';

export interface PasteBoxProps {
  providers: ReadonlyArray<{ id: string; name: string }>;
  today: string;
  /** Prefilled case number (the case selected in the filters), or ''. */
  defaultCaseNumber: string;
  /** Text handed over from elsewhere (the "Save selection" context menu); read at once. `nonce` changes per hand-over. */
  incoming: { text: string; nonce: number } | null;
}

function ExtensionOffer({ record, extendedUntil, providerName, today }: { record: PreservationRecord; extendedUntil: string; providerName: string; today: string }) {
  const register = useRegister();
  const [requestedOn, setRequestedOn] = useState(today);
  const [result, setResult] = useState<string | null>(null);
  const { run, error } = useAsyncAction(async () => {
    const expiry = expiryOf(await register.addExtension(record.id, { requestedOn, reference: null }));
    setResult(
      `Extension recorded for ${record.reference}. QuickFreeze now shows expiry ${expiry}${expiry === extendedUntil ? '' : `; the e-mail says ${extendedUntil}: check the record`}.`,
    );
  });
  const inputId = `extension-${record.id}`;
  const alreadyCovered = expiryOf(record) >= extendedUntil;
  const submit = () => void run();
  return (
    <div class="extension-offer" data-extension-offer={record.reference}>
      <p>
        The e-mail says the preservation {record.reference} ({providerName}) is extended until <time dateTime={extendedUntil}>{extendedUntil}</time>.
        {alreadyCovered && ' The register already shows it preserved until then or later.'}
      </p>
      <label for={inputId}>Extension requested on</label> <input id={inputId} type="date" value={requestedOn} onInput={(e) => setRequestedOn(e.currentTarget.value)} />{' '}
      <button type="button" onClick={submit} disabled={!!result}>
        Record extension
      </button>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <p role="status">{result}</p>
    </div>
  );
}

/** Paste a provider's e-mail (or selected text), read it into a proposed record, confirm, save. */
export function PasteBox({ providers, today, defaultCaseNumber, incoming }: PasteBoxProps) {
  const register = useRegister();
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState<ProposedRecord | null>(null);
  const [existing, setExisting] = useState<PreservationRecord[]>([]);
  const [readCount, setReadCount] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const read = (value: string) => {
    const next = parseProviderEmail(value);
    setProposal(next);
    setReadCount((n) => n + 1);
    const found = next.references.length;
    setNotice(
      found === 0
        ? 'No reference number found in the text: type it in the form below.'
        : `Found ${found} reference number${found === 1 ? '' : 's'}${next.providerId ? '' : '; the provider was not recognized, choose it below'}. Check the details, then save.`,
    );
  };

  useEffect(() => {
    if (!incoming) return;
    setText(incoming.text);
    read(incoming.text);
  }, [incoming?.nonce]);

  useEffect(() => {
    setExisting([]);
    if (!proposal?.extendedUntil) return;
    let live = true;
    register.withReferences(proposal.references).then(
      (found) => live && setExisting(matchingRecords(proposal, found)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [proposal]);

  const nameOf = (id: string) => providers.find((p) => p.id === id)?.name ?? id;

  return (
    <div class="paste-box">
      <label for="paste-email">Paste a provider e-mail</label>
      <textarea id="paste-email" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="actions">
        <button type="button" onClick={() => read(text)} disabled={!text.trim()}>
          Read
        </button>
      </div>
      <p role="status">{notice}</p>
      {proposal && (
        <>
          {proposal.extendedUntil &&
            existing.map((record) => (
              <ExtensionOffer
                key={`${readCount}-${record.id}`}
                record={record}
                extendedUntil={proposal.extendedUntil!}
                providerName={nameOf(record.providerId)}
                today={today}
              />
            ))}
          <NewRecordForm
            key={readCount}
            name="paste"
            label="Proposed record from the e-mail"
            providers={providers}
            initial={{
              providerId: proposal.providerId,
              references: proposal.references,
              caseNumber: defaultCaseNumber,
              accountIdentifiers: proposal.accountIdentifiers,
              preservedOn: proposal.preservedOn ?? today,
            }}
            onSave={(drafts) => register.saveDrafts(drafts, 'email')}
          />
        </>
      )}
    </div>
  );
}
