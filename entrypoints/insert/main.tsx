import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { caseChoices, InsertDetails, type CaseChoice } from '../../components/insert/InsertDetails';
import { send } from '../../messages/send';
import { providerById } from '../../providers/registry';
import { marText } from '../../register/mar-text';
import type { PreservationRecord } from '../../register/schema';
import { loadSelectedCase } from '../../storage/selected-case';
import { Register } from '../../storage/register';

const providerOf = (id: string) => {
  const provider = providerById(id);
  return { name: provider?.name ?? id, legalEntity: provider?.facts.legalEntity?.value ?? null };
};

async function readRegister(): Promise<PreservationRecord[]> {
  const register = await Register.open();
  try {
    return await register.all();
  } finally {
    register.close();
  }
}

/** The insert page, opened by the "Insert preservation details" menu item (entrypoints/background/insert-details.ts). */
function App() {
  const [records, setRecords] = useState<PreservationRecord[] | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([readRegister(), loadSelectedCase(), send('insert-target', {})])
      .then(([all, selected, pending]) => {
        setRecords(all);
        setTarget(pending?.pageUrl ?? null);
        if (selected !== null && all.some((r) => r.caseNumber === selected)) setChosen(selected);
      })
      .catch((e: unknown) => {
        setState('error');
        setNote(`The register could not be read: ${e instanceof Error ? e.message : String(e)}`);
      });
  }, []);
  const cases: CaseChoice[] | null = useMemo(() => (records ? caseChoices(records) : null), [records]);
  const text = useMemo(() => (records && chosen !== null ? marText(records.filter((r) => r.caseNumber === chosen), providerOf) : ''), [records, chosen]);
  const insert = () => {
    setState('busy');
    send('insert-details', { text }).then(
      (answer) => {
        setState(answer.ok ? 'done' : 'error');
        setNote(answer.ok ? 'Inserted. You can close this window.' : (answer.error ?? 'Not inserted.'));
      },
      (e: unknown) => {
        setState('error');
        setNote(`Not inserted: ${e instanceof Error ? e.message : String(e)}`);
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
    />
  );
}

render(<App />, document.getElementById('app')!);
