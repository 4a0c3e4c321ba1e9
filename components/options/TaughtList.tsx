import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalogue';
import type { T } from '../../i18n/catalogues';
import { useT } from '../../i18n/use-i18n';
import type { PageKind } from '../../providers/page-kinds';
import { providers } from '../../providers/registry';
import type { FieldRole } from '../../recognition/field-roles';
import type { AddedPortal } from '../../storage/added-portals';
import { providerNameLookup, type ProviderNameOf } from '../../storage/added-portals-names';
import { loadAddedPortals, onAddedPortalsChanged } from '../../storage/added-portals-store';
import { loadTaughtStore, onTaughtChanged, removeTaughtPage, resetAllTaught, type FieldTeaching, type TaughtPage } from '../../storage/taught';
import { ErrorAlert } from '../ErrorAlert';

/** Role names and page kinds in the guide's own words (a role or kind without its message fails to compile). */
const roleKey = (role: FieldRole): MessageKey => `guide.role.${role}`;
const pageKey = (kind: PageKind): MessageKey => `guide.page.${kind}`;

function teachingText(teaching: FieldTeaching, t: T): string {
  const { label, name, nth } = teaching.signature;
  const field = label || name || t('options.taught.unlabelled');
  const params = {
    field: nth ? t('options.taught.nth', { field, number: nth + 1 }) : t('options.taught.quoted', { field }),
    role: t(roleKey(teaching.role)),
  };
  return teaching.not ? t('options.taught.isNot', params) : t('options.taught.is', params);
}

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
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const sorted = [...pages].sort((a, b) => `${a.providerId} ${a.pagePattern}`.localeCompare(`${b.providerId} ${b.pagePattern}`));
  return (
    <fieldset data-section="taught">
      <legend>{t('options.taught.legend')}</legend>
      {sorted.length === 0 ? (
        <p class="muted">{t('options.taught.none')}</p>
      ) : (
        <ul class="plain">
          {sorted.map((page) => (
            <li key={`${page.providerId} ${page.pagePattern}`} data-taught-page={`${page.providerId} ${page.pagePattern}`}>
              <strong>{providerName(page.providerId)}</strong> <code>{page.pagePattern}</code>{' '}
              <button
                type="button"
                data-action="remove-taught-page"
                onClick={() => onRemove(page)}
                aria-label={t('options.taught.removeLabel', { provider: providerName(page.providerId), page: page.pagePattern })}
              >
                {t('options.remove')}
              </button>
              <ul>
                {page.pageKind && <li>{t('options.taught.pageIs', { kind: t(pageKey(page.pageKind)) })}</li>}
                {page.fields.map((teaching, i) => (
                  <li key={i}>{teachingText(teaching, t)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {sorted.length > 0 &&
        (confirming ? (
          <p>
            {t('options.taught.confirmReset')}{' '}
            <button type="button" data-action="confirm-reset-all-taught" onClick={() => (setConfirming(false), onResetAll())}>
              {t('options.taught.forgetAll')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('options.taught.keep')}
            </button>
          </p>
        ) : (
          <button type="button" data-action="reset-all-taught" onClick={() => setConfirming(true)}>
            {t('options.taught.reset')}
          </button>
        ))}
      <ErrorAlert message={message} />
    </fieldset>
  );
}

/** Options: what the investigator taught the guide, from the extension's own storage. */
export function TaughtList() {
  const t = useT();
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
      (error: unknown) => setMessage(t('options.taught.notChanged', { error: String(error) })),
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
