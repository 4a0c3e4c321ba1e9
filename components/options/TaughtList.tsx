import { useEffect, useMemo, useState } from 'preact/hooks';
import { PAGE_TITLES } from '../../providers/page-kinds';
import { providers } from '../../providers/registry';
import type { AddedPortal } from '../../storage/added-portals';
import { providerNameLookup, type ProviderNameOf } from '../../storage/added-portals-names';
import { loadAddedPortals, onAddedPortalsChanged } from '../../storage/added-portals-store';
import { loadTaughtStore, onTaughtChanged, removeTaughtPage, resetAllTaught, type FieldTeaching, type TaughtPage } from '../../storage/taught';
import { ROLE_NAMES } from '../guide/role-names';

const teachingText = (t: FieldTeaching) =>
  `“${t.signature.label || t.signature.name || 'unlabelled field'}”${t.signature.nth ? ` (no. ${t.signature.nth + 1})` : ''} ${t.not ? 'is not the' : 'is the'} ${ROLE_NAMES[t.role]}`;

export interface TaughtListViewProps {
  pages: TaughtPage[];
  onRemove: (page: TaughtPage) => void;
  onResetAll: () => void;
  message: string | null;
  /** Names the providers, also the new providers of added portals (`custom-…` ids); the registry's names when absent. */
  providerName?: ProviderNameOf;
}

const registryNames = providerNameLookup(providers, []);

/** Every taught portal page, what was taught on it, with remove and reset. Presentational. */
export function TaughtListView({ pages, onRemove, onResetAll, message, providerName = registryNames }: TaughtListViewProps) {
  const [confirming, setConfirming] = useState(false);
  const sorted = [...pages].sort((a, b) => `${a.providerId} ${a.pagePattern}`.localeCompare(`${b.providerId} ${b.pagePattern}`));
  return (
    <fieldset data-section="taught">
      <legend>Taught by you: page kinds and field roles</legend>
      {sorted.length === 0 ? (
        <p class="muted">Nothing taught yet. Use “Fix recognition” in the guide on a portal page.</p>
      ) : (
        <ul class="plain">
          {sorted.map((page) => (
            <li key={`${page.providerId} ${page.pagePattern}`} data-taught-page={`${page.providerId} ${page.pagePattern}`}>
              <strong>{providerName(page.providerId)}</strong> <code>{page.pagePattern}</code>{' '}
              <button type="button" data-action="remove-taught-page" onClick={() => onRemove(page)} aria-label={`Remove what is taught about ${providerName(page.providerId)} ${page.pagePattern}`}>
                Remove
              </button>
              <ul>
                {page.pageKind && <li>This page is: {PAGE_TITLES[page.pageKind]}</li>}
                {page.fields.map((t, i) => (
                  <li key={i}>{teachingText(t)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {sorted.length > 0 &&
        (confirming ? (
          <p>
            Forget everything taught on every portal?{' '}
            <button type="button" data-action="confirm-reset-all-taught" onClick={() => (setConfirming(false), onResetAll())}>
              Yes, forget all
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </p>
        ) : (
          <button type="button" data-action="reset-all-taught" onClick={() => setConfirming(true)}>
            Reset everything taught
          </button>
        ))}
      {message && (
        <p role="alert" class="error">
          {message}
        </p>
      )}
    </fieldset>
  );
}

/** Options: what the investigator taught the guide, from the extension's own storage. */
export function TaughtList() {
  const [pages, setPages] = useState<TaughtPage[]>([]);
  const [added, setAdded] = useState<AddedPortal[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void loadTaughtStore().then((store) => setPages(store.pages));
    return onTaughtChanged((store) => setPages(store.pages));
  }, []);
  useEffect(() => {
    void loadAddedPortals().then(setAdded);
    return onAddedPortalsChanged(setAdded);
  }, []);
  const providerName = useMemo(() => providerNameLookup(providers, added), [added]);
  const done = (work: Promise<unknown>) =>
    work.then(
      async () => {
        setMessage(null);
        setPages((await loadTaughtStore()).pages);
      },
      (error: unknown) => setMessage(`Not changed: ${String(error)}`),
    );
  return (
    <TaughtListView
      pages={pages}
      message={message}
      providerName={providerName}
      onRemove={(page) => void done(removeTaughtPage(page.providerId, page.pagePattern))}
      onResetAll={() => void done(resetAllTaught())}
    />
  );
}
