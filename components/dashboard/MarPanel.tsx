import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { certificateText, euAddresseeOf, needsCertificate } from '../../register/certificate';
import { completenessOf } from '../../register/completeness';
import type { FilterCriteria } from '../../register/filter';
import type { MarResult } from '../../register/service';
import { useRegister } from './context';
import { CopyWithCheck } from './CopyWithCheck';

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

const number = (n: number) => n.toLocaleString('en-US');

/** The text to paste into a Mutual Assistance Request, for the records shown; for a large set, built on request. */
export function MarPanel({ criteria, revision, count, caseLabel, onCopyText, onCopyTable }: MarPanelProps) {
  const register = useRegister();
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
  const euRecords = records.filter(needsCertificate);
  const certificate = euRecords.length ? certificateText(euRecords, (id) => byId.get(id)) : '';
  return (
    <div class="mar">
      <p class="muted">
        {count === 0
          ? 'No records are shown, so there is no MAR text. Change the filters above.'
          : `For the ${number(count)} record${count === 1 ? '' : 's'} shown${caseLabel ? ` (${caseLabel})` : ''}, oldest preservation first.`}
      </p>
      {state.kind === 'ask' && count > 0 && (
        <p>
          <button type="button" data-action="mar-all" onClick={buildAll}>
            Make the MAR text for all {number(count)} records
          </button>{' '}
          <span class="muted">Choose a case above for the text of one investigation at once.</span>
        </p>
      )}
      {state.kind === 'building' && (
        <p class="progress">
          <label for="mar-progress">Making the MAR text…</label>{' '}
          <progress id="mar-progress" data-progress="mar" max={state.total ?? undefined} value={state.done} /> {number(state.done)} of{' '}
          {number(state.total ?? count)}{' '}
          <button type="button" data-action="mar-cancel" onClick={cancel}>
            Cancel
          </button>
        </p>
      )}
      <pre data-mar-text="" class="mar-text" tabIndex={0} role="region" aria-label="MAR text for the records shown" aria-busy={state.kind === 'loading' || state.kind === 'building'}>
        {text}
      </pre>
      <div class="actions">
        <CopyWithCheck what="MAR text" label="Copy as plain text" name="mar" text={text} gaps={() => completenessOf(records, null)} onCopy={(t) => onCopyText(t, 'MAR text')} />
        <button type="button" disabled={!text} onClick={() => state.kind === 'ready' && onCopyTable(state.result)}>
          Copy as table (rich text)
        </button>
      </div>
      {certificate && (
        <>
          <h3>For the EU certificate (EPOC-PR, EPOC)</h3>
          <p class="muted">The register’s parts of the certificate: paste them into the certificate form; the rest is yours to write.</p>
          <pre data-certificate-text="" class="mar-text" tabIndex={0} role="region" aria-label="Certificate text for the EU orders shown">
            {certificate}
          </pre>
          <div class="actions">
            <CopyWithCheck
              what="certificate text"
              label="Copy certificate text"
              name="certificate"
              text={certificate}
              gaps={() => completenessOf(euRecords, (id) => !!euAddresseeOf(byId.get(id)))}
              onCopy={(t) => onCopyText(t, 'Certificate text')}
            />
          </div>
        </>
      )}
    </div>
  );
}
