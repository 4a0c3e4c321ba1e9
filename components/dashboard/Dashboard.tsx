import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { extensionLeadDaysOf, marProviderOf } from '../../register/drafts';
import { DEFAULT_CRITERIA, groupByCase, type FilterCriteria } from '../../register/filter';
import { marTableHtml } from '../../register/mar-text';
import { wallTimeIn } from '../../register/production';
import type { PreservationRecord } from '../../register/schema';
import type { RecordPage, RemovedRecord } from '../../register/service';
import { BackupPanel } from './BackupPanel';
import { CalendarPanel } from './CalendarPanel';
import { useRegister } from './context';
import { CountsHeader } from './CountsHeader';
import { ExpiryTimeline } from './ExpiryTimeline';
import { Filters } from './Filters';
import { LockPanel, type LockControls } from './LockPanel';
import { MarPanel } from './MarPanel';
import { NewRecordForm } from './NewRecordForm';
import { PasteBox } from './PasteBox';
import { ProductionOrderForm } from './ProductionOrderForm';
import { ProviderDirectory } from './ProviderDirectory';
import { RecordItem } from './RecordItem';
import { useWindow } from './useWindow';
import { aroundSlot } from '../../i18n/translate';
import { usePageLanguage } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { dayText } from './day-text';
import { errorText } from './error-text';

export interface DashboardProps {
  /** Text handed over by the "Save selection as preservation reference" menu, read into the paste box. */
  incoming?: { text: string; nonce: number } | null;
  initialCriteria?: Partial<FilterCriteria>;
  /** How many matching records are read and rendered before "Show more". */
  pageSize?: number;
  /** How long the "Undo" of a delete stays, in ms. */
  undoMs?: number;
  /** The passphrase lock's controls (absent where the page has none, as in component tests). */
  lock?: LockControls;
}

/** The investigator's time zone: the browser's own. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Now as a datetime-local value (`YYYY-MM-DDTHH:MM`) in that zone. */
const nowWall = (zone: string) => wallTimeIn(new Date(), zone);

/** The page's table of contents: each section's heading id and the words that link to it. */
const SECTIONS: ReadonlyArray<readonly [string, MessageKey]> = [
  ['timeline-heading', 'dashboard.nav.timeline'],
  ['records-heading', 'dashboard.nav.records'],
  ['mar-heading', 'dashboard.nav.mar'],
  ['paste-heading', 'dashboard.nav.paste'],
  ['manual-heading', 'dashboard.nav.manual'],
  ['production-heading', 'dashboard.nav.production'],
  ['calendar-heading', 'dashboard.nav.calendar'],
  ['backup-heading', 'dashboard.nav.backup'],
  ['directory-heading', 'dashboard.nav.directory'],
];

/** "N of M records match", with "More than" where the count stopped early and the part shown where it is not all. */
const matchKey = (atLeast: boolean, partial: boolean): MessageKey =>
  atLeast ? (partial ? 'dashboard.records.matchMoreShowing' : 'dashboard.records.matchMore') : partial ? 'dashboard.records.matchShowing' : 'dashboard.records.match';

/**
 * The register page: records by case, filters, MAR text, adding records, backup, and the provider directory. The
 * register comes through `RegisterContext`; the page reads one page of records at a time from its indexes.
 */
export function Dashboard(props: DashboardProps) {
  const register = useRegister();
  const { t, locale } = usePageLanguage();
  const { providers } = register;
  const { pageSize = 200, undoMs = 10_000 } = props;
  const [criteria, setCriteria] = useState<FilterCriteria>({ ...DEFAULT_CRITERIA, ...props.initialCriteria });
  const [limit, setLimit] = useState(pageSize);
  const [revision, setRevision] = useState(0);
  const [page, setPage] = useState<RecordPage | null>(null);
  const [loading, setLoading] = useState(true);
  const [cases, setCases] = useState<{ caseNumbers: string[]; hasNone: boolean }>({ caseNumbers: [], hasNone: false });
  const [notice, setNotice] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ removed: RemovedRecord; label: string } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const today = register.today();

  const byId = useMemo(() => new Map(providers.map((p) => [p.id, p])), [providers]);
  const providerName = register.providerName;
  const providerOf = (id: string) => ({ ...marProviderOf(byId.get(id), id), name: providerName(id) });
  const providerOptions = useMemo(() => providers.map((p) => ({ id: p.id, name: p.name })), [providers]);

  useEffect(() => register.onChange(() => setRevision((r) => r + 1)), [register]);
  // The case list changes only when the register does, not with the filters.
  useEffect(() => {
    let live = true;
    register.cases().then(
      (next) => live && setCases(next),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [revision]);
  useEffect(() => {
    let live = true;
    setLoading(true);
    register.page(criteria, limit).then(
      (next) => {
        if (!live) return;
        setPage(next);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setAlert(t('dashboard.readFailed', { error: errorText(t, e) }));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [criteria, limit, revision]);

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

  const rows = page?.rows ?? [];
  const matching = page?.matching ?? 0;
  const total = page?.total ?? 0;
  const { shown, sentinel } = useWindow(rows.length, criteria);
  const groups = groupByCase(shown < rows.length ? rows.slice(0, shown) : rows);

  const changeCriteria = (next: FilterCriteria) => {
    if (next.caseNumber !== criteria.caseNumber) register.caseSelected(next.caseNumber);
    setCriteria(next);
    setLimit(pageSize);
  };
  const copy = (text: string, what: string) =>
    register.copyText(text).then(
      () => {
        setAlert(null);
        setNotice(t('dashboard.copied', { what }));
      },
      (e: unknown) => setAlert(t('dashboard.copyFailed', { error: errorText(t, e) })),
    );
  const remove = async (record: PreservationRecord) => {
    const removed = await register.remove(record.id);
    if (removed) {
      setNotice(null);
      setUndo({ removed, label: `${providerName(record.providerId)} ${record.reference}` });
    }
  };
  const restore = () => {
    if (!undo) return;
    const { removed, label } = undo;
    setUndo(null);
    register.restore([removed]).then(
      () => setNotice(t('dashboard.restored', { label })),
      (e: unknown) => setAlert(errorText(t, e)),
    );
  };
  const caseLabel =
    criteria.caseNumber === null ? null : criteria.caseNumber ? t('dashboard.caseLabel', { caseNumber: criteria.caseNumber }) : t('dashboard.caseLabel.none');
  const [beforeToday, afterToday] = aroundSlot(t, 'dashboard.intro', 'today');
  const defaultCase = criteria.caseNumber ?? '';

  return (
    <main class="dashboard">
      <header class="dashboard-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p class="muted">
            {beforeToday}
            <time dateTime={today}>{dayText(today, locale)}</time>
            {afterToday}
          </p>
        </div>
        <CountsHeader revision={revision} start={page !== null} />
      </header>
      <nav aria-label={t('dashboard.nav.label')} class="page-nav">
        <ul>
          {SECTIONS.map(([target, key]) => (
            <li key={target}>
              <a href={`#${target}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div role="alert" class="error">
        {alert}
      </div>

      <section aria-labelledby="timeline-heading" class="timeline-section">
        <h2 id="timeline-heading">{t('dashboard.timeline.heading')}</h2>
        <ExpiryTimeline criteria={criteria} revision={revision} start={page !== null} />
      </section>

      <section aria-labelledby="records-heading" class="records-section">
        <h2 id="records-heading">{t('dashboard.records.heading')}</h2>
        <Filters criteria={criteria} onChange={changeCriteria} providers={register.filterProviders} cases={cases} />
        <p role="status" class="count" data-count={page ? matching : undefined}>
          {!page
            ? t('dashboard.loading')
            : total === 0
              ? t('dashboard.records.empty')
              : t(matchKey(!!page.matchingAtLeast, rows.length < matching), { matching, count: total, shown: rows.length })}
        </p>
        <div class="record-list" aria-busy={loading}>
          {groups.map((group) => {
            const inCase = page?.caseTotals.get(group.caseNumber) ?? rows.filter((r) => r.record.caseNumber === group.caseNumber).length;
            const headingId = `case-${group.caseNumber ? encodeURIComponent(group.caseNumber) : 'none'}`;
            return (
              <section key={group.caseNumber} class="case-group" data-case={group.caseNumber} aria-labelledby={headingId}>
                <h3 id={headingId} class="case-heading">
                  {group.caseNumber ? t('dashboard.case.heading', { caseNumber: group.caseNumber }) : t('dashboard.case.none')}{' '}
                  <span class="muted case-count">
                    {inCase === group.rows.length ? t('dashboard.case.count', { count: inCase }) : t('dashboard.case.showing', { shown: group.rows.length, count: inCase })}
                  </span>
                </h3>
                <ul class="records plain">
                  {group.rows.map((row) => (
                    <RecordItem
                      key={row.record.id}
                      row={row}
                      today={today}
                      leadDays={extensionLeadDaysOf(byId.get(row.record.providerId))}
                      onRemove={remove}
                      onCopyText={copy}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          {shown < rows.length && <div ref={sentinel} class="window-end" data-window-end="" aria-hidden="true" />}
        </div>
        {rows.length < matching && (
          <button type="button" class="show-more" onClick={() => setLimit(limit + pageSize)}>
            {t('dashboard.records.showMore', { next: Math.min(pageSize, matching - rows.length), count: matching - rows.length })}
          </button>
        )}
      </section>

      <section aria-labelledby="mar-heading">
        <h2 id="mar-heading">{t('dashboard.mar.heading')}</h2>
        <MarPanel
          criteria={criteria}
          revision={revision}
          count={matching}
          caseLabel={caseLabel}
          onCopyText={(text, what) => void copy(text, what)}
          onCopyTable={(result) =>
            void register.copyRich(marTableHtml([...result.records], providerOf), result.text).then(
              () => {
                setAlert(null);
                setNotice(t('dashboard.mar.tableCopied'));
              },
              (e: unknown) => setAlert(t('dashboard.copyFailed', { error: errorText(t, e) })),
            )
          }
        />
      </section>

      <section aria-labelledby="paste-heading">
        <h2 id="paste-heading">{t('dashboard.paste.heading')}</h2>
        <PasteBox providers={providerOptions} today={today} defaultCaseNumber={defaultCase} incoming={props.incoming ?? null} />
      </section>

      <section aria-labelledby="manual-heading">
        <h2 id="manual-heading">{t('dashboard.manual.heading')}</h2>
        <NewRecordForm
          key={defaultCase}
          name="manual"
          label={t('dashboard.manual.label')}
          providers={providerOptions}
          initial={{ providerId: null, references: [], caseNumber: defaultCase, accountIdentifiers: [], preservedOn: today }}
          onSave={(drafts) => register.saveDrafts(drafts, 'manual')}
          resetAfterSave
        />
      </section>

      <section aria-labelledby="production-heading">
        <h2 id="production-heading">{t('dashboard.production.heading')}</h2>
        <ProductionOrderForm
          key={defaultCase}
          providers={providerOptions}
          defaultCaseNumber={defaultCase}
          timeZone={timeZone}
          nowWall={nowWall(timeZone)}
          onSave={(drafts) => register.saveDrafts(drafts, 'manual')}
        />
      </section>

      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t('dashboard.calendar.heading')}</h2>
        <CalendarPanel caseNumber={criteria.caseNumber} caseLabel={caseLabel} />
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('dashboard.backup.heading')}</h2>
        <BackupPanel recordCount={total} lockSet={props.lock?.state === 'unlocked'} />
      </section>

      {props.lock && (
        <section aria-labelledby="lock-heading">
          <h2 id="lock-heading">{t('dashboard.lock.heading')}</h2>
          <LockPanel lock={props.lock} />
        </section>
      )}

      <section aria-labelledby="directory-heading">
        <h2 id="directory-heading">{t('dashboard.directory.heading')}</h2>
        <p class="muted">{t('dashboard.directory.intro')}</p>
        <p class="muted" data-facts-language="">
          {t('dashboard.directory.factsLanguage')}
        </p>
        <ProviderDirectory providers={providers} />
      </section>

      <div role="status" class="toast" data-toast="">
        {undo ? (
          <>
            {t('dashboard.deleted', { label: undo.label })}{' '}
            <button type="button" ref={undoButton} data-action="undo-delete" onClick={restore}>
              {t('dashboard.undo')}
            </button>
          </>
        ) : (
          notice
        )}
      </div>
    </main>
  );
}
