import { useState } from 'preact/hooks';
import { expiryOf, statusOf } from '../../register/expiry';
import type { PreservationRecord } from '../../register/schema';
import { LockedNotice, type LockedRegisterCounts } from './LockedNotice';

export interface PopupItem {
  record: PreservationRecord;
  expiry: string;
}

/** Records expiring within 14 days (soonest first), and the 5 latest saved (newest first). */
export function popupLists(records: readonly PreservationRecord[], today: string, latestCount = 5): { expiring: PopupItem[]; latest: PopupItem[] } {
  const expiring: PopupItem[] = [];
  for (const record of records) if (statusOf(record, today) === 'expiring-soon') expiring.push({ record, expiry: expiryOf(record) });
  expiring.sort((a, b) => (a.expiry < b.expiry ? -1 : a.expiry > b.expiry ? 1 : a.record.reference.localeCompare(b.record.reference)));
  const latest = [...records]
    .sort((a, b) => (a.createdAt > b.createdAt ? -1 : a.createdAt < b.createdAt ? 1 : 0))
    .slice(0, latestCount)
    .map((record) => ({ record, expiry: expiryOf(record) }));
  return { expiring, latest };
}

export interface PopupProps {
  records: readonly PreservationRecord[] | null;
  today: string;
  providerName: (id: string) => string;
  error: string | null;
  onCopy: (reference: string) => Promise<void>;
  onOpenRegister: () => void;
  /** The reference just saved from the page in the current tab, which a screenshot can be attached to. */
  screenshotFor?: { reference: string; state: 'idle' | 'busy' | 'done' | 'error'; note?: string } | null;
  onAttachScreenshot?: () => void;
  /** Set while the register is locked: its counts only, no record. */
  locked?: LockedRegisterCounts | null;
}

function ItemList({ items, providerName, onCopy }: { items: PopupItem[]; providerName: (id: string) => string; onCopy: (reference: string) => void }) {
  return (
    <ul class="plain popup-list">
      {items.map(({ record, expiry }) => (
        <li key={record.id} data-popup-record="" data-reference={record.reference} data-provider={record.providerId}>
          <span class="who">{providerName(record.providerId)}</span> <code class="ref">{record.reference}</code>
          {record.caseNumber && <span class="muted"> · case {record.caseNumber}</span>}
          <br />
          <span>
            expires <time dateTime={expiry}>{expiry}</time>
          </span>{' '}
          <button type="button" data-action="copy-reference" aria-label={`Copy reference ${record.reference}`} onClick={() => onCopy(record.reference)}>
            Copy
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The toolbar popup: what expires soon, what was saved last, one-click copy, and the way to the register. */
export function Popup(props: PopupProps) {
  const { records, today, providerName, error, onCopy, onOpenRegister } = props;
  const [notice, setNotice] = useState<string | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);
  const copy = (reference: string) =>
    onCopy(reference).then(
      () => {
        setCopyError(null);
        setNotice(`Copied ${reference}.`);
      },
      (e: unknown) => setCopyError(`Could not copy: ${e instanceof Error ? e.message : String(e)}`),
    );
  const lists = records ? popupLists(records, today) : null;
  return (
    <main class="popup">
      <h1>QuickFreeze</h1>
      {(error || copyError) && (
        <p role="alert" class="error">
          {error ?? copyError}
        </p>
      )}
      <p role="status" class="notice">
        {notice}
      </p>
      {props.screenshotFor && (
        <section aria-labelledby="popup-proof" class="proof-offer">
          <h2 id="popup-proof">Proof for {props.screenshotFor.reference}</h2>
          <button
            type="button"
            data-action="attach-screenshot"
            disabled={props.screenshotFor.state === 'busy' || props.screenshotFor.state === 'done'}
            onClick={props.onAttachScreenshot}
          >
            {props.screenshotFor.state === 'done' ? 'Screenshot attached ✓' : 'Attach a screenshot of this page as proof'}
          </button>
          {props.screenshotFor.note && <p class={props.screenshotFor.state === 'error' ? 'error' : 'muted'}>{props.screenshotFor.note}</p>}
        </section>
      )}
      {props.locked && <LockedNotice counts={props.locked} onOpenRegister={onOpenRegister} />}
      {!lists && !error && !props.locked && <p>Loading…</p>}
      {lists && (
        <>
          <section aria-labelledby="popup-expiring">
            <h2 id="popup-expiring">Expiring within 14 days</h2>
            {lists.expiring.length ? (
              <ItemList items={lists.expiring} providerName={providerName} onCopy={copy} />
            ) : (
              <p class="muted">No preservation expires in the next 14 days.</p>
            )}
          </section>
          <section aria-labelledby="popup-latest">
            <h2 id="popup-latest">Latest saved</h2>
            {lists.latest.length ? (
              <ItemList items={lists.latest} providerName={providerName} onCopy={copy} />
            ) : (
              <p class="muted">The register is empty.</p>
            )}
          </section>
        </>
      )}
      {!props.locked && (
        <button type="button" class="open-register" data-action="open-register" onClick={onOpenRegister}>
          Open register
        </button>
      )}
      <a href="options.html#added-portals" target="_blank" rel="noopener" data-action="add-portal">Add a portal QuickFreeze does not know</a>
    </main>
  );
}
