import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { certificateText, euAddresseeOf, needsCertificate } from '../../register/certificate';
import { completenessOf } from '../../register/completeness';
import type { FilterCriteria } from '../../register/filter';
import type { MarResult } from '../../register/service';
import { useT } from '../../i18n/use-i18n';
import { useRegister } from './context';
import { CopyWithCheck } from './CopyWithCheck';
import { LongText } from './LongText';

export interface MarPanelProps {
  criteria: FilterCriteria;
  /** Changes when the register changes, so the text is made again. */
  revision: number;
  /** How many records match (the text covers them), and of which case (null: all cases / the filters in use). */
  count: number;
  caseLabel: string | null;
  /** Copy a text; `what` names it in the notice ("MAR text", "Certificate text"). */
  onCopyText: (text: string, what: string) => void;
  /** Copy the HTML table with the plain text beside it; the table is made only when asked (it can be large). */
  onCopyTable: (result: MarResult) => void;
}

type MarState =
  | { kind: 'loading' }
  | { kind: 'ready'; result: MarResult }
  /** Too many records to build at once: waits for the investigator's "mar-all". */
  | { kind: 'ask' }
  | { kind: 'building'; done: number; total: number | null };

/** The text to paste into a Mutual Assistance Request, for the records shown; for a large set, built on request. */
export function MarPanel({ criteria, revision, count, caseLabel, onCopyText, onCopyTable }: MarPanelProps) {
  const register = useRegister();
  const t = useT();
  const [state, setState] = useState<MarState>({ kind: 'loading' });
  const building = useRef<AbortController | null>(null);

  useEffect(() => {
    building.current?.abort();
    let live = true;
    setState({ kind: 'loading' });
    register.marNow(criteria).then(
      (result) => live && setState(result ? { kind: 'ready', result } : { kind: 'ask' }),
      () => live && setState({ kind: 'ask' }),
    );
    return () => {
      live = false;
    };
  }, [criteria, revision]);
  useEffect(() => () => building.current?.abort(), []);

  const buildAll = () => {
    const controller = new AbortController();
    building.current = controller;
    setState({ kind: 'building', done: 0, total: count });
    register
      .marAll(criteria, { signal: controller.signal, onProgress: (done, total) => !controller.signal.aborted && setState({ kind: 'building', done, total: total ?? count }) })
      .then(
        (result) => !controller.signal.aborted && setState({ kind: 'ready', result }),
        () => !controller.signal.aborted && setState({ kind: 'ask' }),
      );
  };
  const cancel = () => {
    building.current?.abort();
    setState({ kind: 'ask' });
  };

  const text = state.kind === 'ready' ? state.result.text : '';
  const records = state.kind === 'ready' ? state.result.records : [];
  const byId = useMemo(() => new Map(register.providers.map((p) => [p.id, p])), [register.providers]);
  const euRecords = useMemo(() => records.filter(needsCertificate), [records]);
  const certificate = useMemo(() => (euRecords.length ? certificateText(euRecords, (id) => byId.get(id)) : ''), [euRecords, byId]);
  return (
    <div class="mar">
      <p class="muted">
        {count === 0
          ? t('dashboard.mar.none')
          : caseLabel
            ? t('dashboard.mar.forCase', { count, caseLabel })
            : t('dashboard.mar.forShown', { count })}
      </p>
      <p class="muted" data-mar-language="">
        {t('dashboard.mar.inEnglish')}
      </p>
      {state.kind === 'ask' && count > 0 && (
        <p>
          <button type="button" data-action="mar-all" onClick={buildAll}>
            {t('dashboard.mar.all', { count })}
          </button>{' '}
          <span class="muted">{t('dashboard.mar.chooseCase')}</span>
        </p>
      )}
      {state.kind === 'building' && (
        <p class="progress">
          <label for="mar-progress">{t('dashboard.mar.making')}</label>{' '}
          <progress id="mar-progress" data-progress="mar" max={state.total ?? undefined} value={state.done} />{' '}
          {t('dashboard.progress', { done: state.done, total: state.total ?? count })}{' '}
          <button type="button" data-action="mar-cancel" onClick={cancel}>
            {t('dashboard.cancel')}
          </button>
        </p>
      )}
      <LongText
        text={text}
        data-mar-text=""
        class="mar-text"
        tabIndex={0}
        role="region"
        aria-label={t('dashboard.mar.region')}
        aria-busy={state.kind === 'loading' || state.kind === 'building'}
      />
      <div class="actions">
        <CopyWithCheck
          what={t('dashboard.mar.what')}
          label={t('dashboard.mar.copyPlain')}
          name="mar"
          text={text}
          gaps={() => completenessOf(records, null)}
          onCopy={(copied) => onCopyText(copied, t('dashboard.mar.copiedWhat'))}
        />
        <button type="button" disabled={!text} onClick={() => state.kind === 'ready' && onCopyTable(state.result)}>
          {t('dashboard.mar.copyTable')}
        </button>
      </div>
      {certificate && (
        <>
          <h3>{t('dashboard.certificate.heading')}</h3>
          <p class="muted">{t('dashboard.certificate.intro')}</p>
          <pre data-certificate-text="" class="mar-text" tabIndex={0} role="region" aria-label={t('dashboard.certificate.region')}>
            {certificate}
          </pre>
          <div class="actions">
            <CopyWithCheck
              what={t('dashboard.certificate.what')}
              label={t('dashboard.certificate.copy')}
              name="certificate"
              text={certificate}
              gaps={() => completenessOf(euRecords, (id) => !!euAddresseeOf(byId.get(id)))}
              onCopy={(copied) => onCopyText(copied, t('dashboard.certificate.copiedWhat'))}
            />
          </div>
        </>
      )}
    </div>
  );
}
