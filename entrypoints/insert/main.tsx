import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { caseChoices, InsertDetails, type CaseChoice } from '../../components/insert/InsertDetails';
import { LanguageProvider, useT } from '../../i18n/use-i18n';
import type { LockedRegisterCounts } from '../../components/popup/LockedNotice';
import { send } from '../../messages/send';
import { providerById } from '../../providers/registry';
import { marText } from '../../register/mar-text';
import type { PreservationRecord } from '../../register/schema';
import { loadSelectedCase } from '../../storage/selected-case';
import { onLockChanged } from '../../storage/vault/key-store';
import { readRegisterOrCounts } from '../popup/read-register';

const providerOf = (id: string) => {
  const provider = providerById(id);
  return { name: provider?.name ?? id, legalEntity: provider?.facts.legalEntity?.value ?? null };
};

/** The insert page, opened by the "Insert preservation details" menu item (entrypoints/background/insert-details.ts). */
function App() {
  const t = useT();
  const [records, setRecords] = useState<PreservationRecord[] | null>(null);
  const [locked, setLocked] = useState<LockedRegisterCounts | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      Promise.all([readRegisterOrCounts(), loadSelectedCase(), send('insert-target', {})])
        .then(([read, selected, pending]) => {
          setTarget(pending?.pageUrl ?? null);
          setLocked(read.kind === 'locked' ? read.counts : null);
          setRecords(read.kind === 'open' ? read.records : null);
          if (read.kind === 'locked') return setChosen(null);
          if (selected !== null && read.records.some((r) => r.caseNumber === selected)) setChosen(selected);
        })
        .catch((e: unknown) => {
          setState('error');
          setNote(t('insert.unreadable', { error: e instanceof Error ? e.message : String(e) }));
        });
    void load();
    // Unlocked on the register page (or locked meanwhile): this page reads again.
    return onLockChanged(() => void load());
  }, []);
  const cases: CaseChoice[] | null = useMemo(() => (records ? caseChoices(records) : null), [records]);
  const text = useMemo(() => (records && chosen !== null ? marText(records.filter((r) => r.caseNumber === chosen), providerOf) : ''), [records, chosen]);
  const insert = () => {
    setState('busy');
    send('insert-details', { text }).then(
      (answer) => {
        setState(answer.ok ? 'done' : 'error');
        setNote(answer.ok ? t('insert.done') : (answer.error ?? t('insert.notInserted')));
      },
      (e: unknown) => {
        setState('error');
        setNote(t('insert.notInsertedBecause', { error: e instanceof Error ? e.message : String(e) }));
      },
    );
  };
  return (
    <InsertDetails
      target={target}
      cases={cases}
      chosen={chosen}
      onChoose={(caseNumber) => {
        setChosen(caseNumber);
        setState('idle');
        setNote(null);
      }}
      text={text}
      state={state}
      note={note}
      onInsert={insert}
      locked={locked}
      onOpenRegister={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).catch(() => {})}
    />
  );
}

render(
  <LanguageProvider>
    <App />
  </LanguageProvider>,
  document.getElementById('app')!,
);
