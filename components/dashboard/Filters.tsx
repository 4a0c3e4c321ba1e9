import type { RecordStatus } from '../../register/expiry';
import { useT } from '../../i18n/use-i18n';
import { RECORD_STATUSES, SORT_TEXT, type FilterCriteria, type SortKey } from '../../register/filter';
import { ProviderOptions } from './ProviderOptions';

export interface FiltersProps {
  criteria: FilterCriteria;
  onChange: (criteria: FilterCriteria) => void;
  providers: ReadonlyArray<{ id: string; name: string }>;
  cases: { caseNumbers: string[]; hasNone: boolean };
}

const ALL = 'all';
const NONE = 'none';
/** Case numbers are free text: the select's values carry a prefix so none can collide with "all" or "none". */
export function caseOptionValue(caseNumber: string | null): string {
  if (caseNumber === null) return ALL;
  return caseNumber === '' ? NONE : `case:${caseNumber}`;
}
export function caseFromOptionValue(value: string): string | null {
  if (value === ALL) return null;
  if (value === NONE) return '';
  return value.startsWith('case:') ? value.slice(5) : null;
}

/** Search box, provider / status / case filters and sort order. */
export function Filters({ criteria, onChange, providers, cases }: FiltersProps) {
  const t = useT();
  const set = (patch: Partial<FilterCriteria>) => onChange({ ...criteria, ...patch });
  const caseValue = caseOptionValue(criteria.caseNumber);
  const caseMissing = criteria.caseNumber !== null && criteria.caseNumber !== '' && !cases.caseNumbers.includes(criteria.caseNumber);
  return (
    <form class="filters" role="search" aria-label={t('dashboard.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="filter-query">{t('dashboard.filters.search')}</label>
        <input
          id="filter-query"
          type="search"
          value={criteria.query}
          placeholder={t('dashboard.filters.searchPlaceholder')}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="filter-provider">{t('dashboard.filters.provider')}</label>
        <select id="filter-provider" value={criteria.providerId ?? ''} onChange={(e) => set({ providerId: e.currentTarget.value || null })}>
          <option value="">{t('dashboard.filters.allProviders')}</option>
          <ProviderOptions providers={providers} />
        </select>
      </div>
      <div class="field">
        <label for="filter-status">{t('dashboard.filters.status')}</label>
        <select id="filter-status" value={criteria.status ?? ''} onChange={(e) => set({ status: (e.currentTarget.value || null) as RecordStatus | null })}>
          <option value="">{t('dashboard.filters.allStatuses')}</option>
          {RECORD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`dashboard.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-case">{t('dashboard.filters.case')}</label>
        <select id="filter-case" value={caseValue} onChange={(e) => set({ caseNumber: caseFromOptionValue(e.currentTarget.value) })}>
          <option value={ALL}>{t('dashboard.filters.allCases')}</option>
          {cases.hasNone && <option value={NONE}>{t('dashboard.case.none')}</option>}
          {caseMissing && <option value={caseValue}>{criteria.caseNumber}</option>}
          {cases.caseNumbers.map((c) => (
            <option key={c} value={caseOptionValue(c)}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-sort">{t('dashboard.filters.sort')}</label>
        <select id="filter-sort" value={criteria.sort} onChange={(e) => set({ sort: e.currentTarget.value as SortKey })}>
          {(Object.keys(SORT_TEXT) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {t(`dashboard.sort.${k}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
