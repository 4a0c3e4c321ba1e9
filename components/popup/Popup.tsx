import { useState } from 'preact/hooks';
import { aroundSlot } from '../../i18n/translate';
import { useT } from '../../i18n/use-i18n';
import { expiryOf, statusOf } from '../../register/expiry';
import type { PreservationRecord } from '../../register/schema';
import { LockedNotice, type LockedRegisterCounts } from './LockedNotice';
import { ErrorAlert } from '../ErrorAlert';

/** The product's name, the same in every language. */
const PRODUCT_NAME = 'QuickFreeze';

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
  const t = useT();
  return (
    <ul class="plain popup-list">
      {items.map(({ record, expiry }) => (
        <li key={record.id} data-popup-record="" data-reference={record.reference} data-provider={record.providerId}>
          <span class="who">{providerName(record.providerId)}</span> <code class="ref">{record.reference}</code>
          {record.caseNumber && <span class="muted"> · {t('popup.case', { caseNumber: record.caseNumber })}</span>}
          <br />
          <Expires expiry={expiry} />{' '}
          <button
            type="button"
            data-action="copy-reference"
            aria-label={t('popup.copyLabel', { reference: record.reference })}
            onClick={() => onCopy(record.reference)}
          >
            {t('popup.copy')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** "expires 2027-01-08", the date kept as YYYY-MM-DD (the register's form, which investigators search for). */
function Expires({ expiry }: { expiry: string }) {
  const t = useT();
  const [before, after] = aroundSlot(t, 'popup.expires', 'date');
  return (
    <span>
      {before}
      <time dateTime={expiry}>{expiry}</time>
      {after}
    </span>
  );
}

/** The toolbar popup: what expires soon, what was saved last, one-click copy, and the way to the register. */
export function Popup(props: PopupProps) {
  const { records, today, providerName, error, onCopy, onOpenRegister } = props;
  const t = useT();
  const [notice, setNotice] = useState<string | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);
  const copy = (reference: string) =>
    onCopy(reference).then(
      () => {
        setCopyError(null);
        setNotice(t('popup.copied', { reference }));
      },
      (e: unknown) => setCopyError(t('popup.copyFailed', { error: e instanceof Error ? e.message : String(e) })),
    );
  const lists = records ? popupLists(records, today) : null;
  return (
    <main class="popup">
      <h1>{PRODUCT_NAME}</h1>
      <ErrorAlert message={error || copyError} />
      <p role="status" class="notice">
        {notice}
      </p>
      {props.screenshotFor && (
        <section aria-labelledby="popup-proof" class="proof-offer">
          <h2 id="popup-proof">{t('popup.proof', { reference: props.screenshotFor.reference })}</h2>
          <button
            type="button"
            data-action="attach-screenshot"
            disabled={props.screenshotFor.state === 'busy' || props.screenshotFor.state === 'done'}
            onClick={props.onAttachScreenshot}
          >
            {props.screenshotFor.state === 'done' ? t('popup.screenshotAttached') : t('popup.attachScreenshot')}
          </button>
          {props.screenshotFor.note && <p class={props.screenshotFor.state === 'error' ? 'error' : 'muted'}>{props.screenshotFor.note}</p>}
        </section>
      )}
      {props.locked && <LockedNotice counts={props.locked} onOpenRegister={onOpenRegister} />}
      {!lists && !error && !props.locked && <p>{t('popup.loading')}</p>}
      {lists && (
        <>
          <section aria-labelledby="popup-expiring">
            <h2 id="popup-expiring">{t('popup.expiring')}</h2>
            {lists.expiring.length ? (
              <ItemList items={lists.expiring} providerName={providerName} onCopy={copy} />
            ) : (
              <p class="muted">{t('popup.noneExpiring')}</p>
            )}
          </section>
          <section aria-labelledby="popup-latest">
            <h2 id="popup-latest">{t('popup.latest')}</h2>
            {lists.latest.length ? (
              <ItemList items={lists.latest} providerName={providerName} onCopy={copy} />
            ) : (
              <p class="muted">{t('popup.empty')}</p>
            )}
          </section>
        </>
      )}
      {!props.locked && (
        <button type="button" class="open-register" data-action="open-register" onClick={onOpenRegister}>
          {t('popup.openRegister')}
        </button>
      )}
      <a href="options.html#added-portals" target="_blank" rel="noopener" data-action="add-portal">
        {t('popup.addPortal')}
      </a>
    </main>
  );
}
