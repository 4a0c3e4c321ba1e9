import type { T } from '../../i18n/catalogues';
import { aroundSlot } from '../../i18n/translate';
import { useT } from '../../i18n/use-i18n';
import type { PreservationRecord } from '../../register/schema';
import { LockedNotice, type LockedRegisterCounts } from '../popup/LockedNotice';

export interface CaseChoice {
  /** '' for the records saved without a case number. */
  caseNumber: string;
  count: number;
}

/** The cases of the register, each with how many records it holds, in case-number order. */
export function caseChoices(records: readonly PreservationRecord[]): CaseChoice[] {
  const counts = new Map<string, number>();
  for (const record of records) counts.set(record.caseNumber, (counts.get(record.caseNumber) ?? 0) + 1);
  return [...counts].map(([caseNumber, count]) => ({ caseNumber, count })).sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
}

export interface InsertDetailsProps {
  /** The page whose field was right-clicked; null when no field is waiting. */
  target: string | null;
  cases: CaseChoice[] | null;
  chosen: string | null;
  onChoose: (caseNumber: string | null) => void;
  /** The exact text that will be inserted for the chosen case. */
  text: string;
  state: 'idle' | 'busy' | 'done' | 'error';
  note: string | null;
  onInsert: () => void;
  /** Set while the register is locked: its counts only; nothing can be chosen or inserted. */
  locked?: LockedRegisterCounts | null;
  onOpenRegister?: () => void;
}

const caseLabel = (t: T, caseNumber: string) => (caseNumber ? t('insert.caseNumber', { caseNumber }) : t('insert.noCase'));

/**
 * Choose a case, see exactly what will go into the field, then insert it. Nothing is chosen by default unless
 * the dashboard has a selected case; there is no "everything" choice.
 */
export function InsertDetails(props: InsertDetailsProps) {
  const { target, cases, chosen, text, state } = props;
  const t = useT();
  const [beforeTarget, afterTarget] = aroundSlot(t, 'insert.target', 'page');
  const count = chosen === null ? 0 : (cases?.find((c) => c.caseNumber === chosen)?.count ?? 0);
  return (
    <main class="insert-details">
      <h1>{t('insert.title')}</h1>
      {target ? (
        <p>
          {beforeTarget}
          <code data-insert-target="">{target}</code>
          {afterTarget}
        </p>
      ) : (
        <p role="alert" class="error">
          {t('insert.noTarget')}
        </p>
      )}
      {props.locked && <LockedNotice counts={props.locked} onOpenRegister={() => props.onOpenRegister?.()} />}
      {cases === null && !props.note && !props.locked && <p>{t('insert.loading')}</p>}
      {cases && cases.length === 0 && <p class="muted">{t('insert.empty')}</p>}
      {cases && cases.length > 0 && (
        <label>
          {t('insert.case')}{' '}
          <select name="case" value={chosen ?? ''} onChange={(e) => props.onChoose(e.currentTarget.selectedIndex === 0 ? null : e.currentTarget.value)}>
            <option value="">{t('insert.chooseCase')}</option>
            {cases.map((c) => (
              <option key={c.caseNumber || '(none)'} value={c.caseNumber}>
                {`${caseLabel(t, c.caseNumber)} (${t('insert.records', { count: c.count })})`}
              </option>
            ))}
          </select>
        </label>
      )}
      {chosen !== null && (
        <section aria-labelledby="insert-preview">
          <h2 id="insert-preview">
            {t('insert.preview')} <span data-record-count={count}>{t('insert.records', { count })}</span>
          </h2>
          <pre data-insert-preview="" class="mar-text">
            {text}
          </pre>
        </section>
      )}
      <button type="button" data-action="insert-details" disabled={!target || chosen === null || !text || state === 'busy' || state === 'done'} onClick={props.onInsert}>
        {state === 'done' ? t('insert.inserted') : t('insert.button')}
      </button>
      {props.note && <p class={state === 'error' ? 'error' : 'muted'} role={state === 'error' ? 'alert' : 'status'}>{props.note}</p>}
    </main>
  );
}
