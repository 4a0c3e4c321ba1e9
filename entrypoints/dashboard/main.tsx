import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { RegisterContext } from '../../components/dashboard/context';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { providers } from '../../providers/registry';
import type { RegisterService } from '../../register/service';
import { Register } from '../../storage/register';
import { createRegisterService } from '../../storage/register-service';
import { loadSelectedCase } from '../../storage/selected-case';
import { browserEffects, takePendingSelection } from './effects';

/** The case chosen last, if the register still has records of it. */
async function storedCase(register: Register): Promise<string | null> {
  const caseNumber = await loadSelectedCase();
  return caseNumber !== null && (await register.queries.countOfCase(caseNumber)) > 0 ? caseNumber : null;
}

function App() {
  const [ready, setReady] = useState<{ service: RegisterService; caseNumber: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [incoming, setIncoming] = useState<{ text: string; nonce: number } | null>(null);

  useEffect(() => {
    const checkPending = () =>
      takePendingSelection().then((text) => {
        if (text) setIncoming((prev) => ({ text, nonce: (prev?.nonce ?? 0) + 1 }));
      });
    Register.open().then(
      async (register) => {
        setReady({ service: createRegisterService(register, providers, browserEffects), caseNumber: await storedCase(register) });
        await checkPending();
      },
      (e: unknown) => setError(`The register could not be opened: ${e instanceof Error ? e.message : String(e)}`),
    );
    const onFocus = () => void checkPending();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  if (error || !ready) {
    return (
      <main>
        <h1>QuickFreeze register</h1>
        {error ? (
          <p role="alert" class="error">
            {error}
          </p>
        ) : (
          <p role="status">Loading the register…</p>
        )}
      </main>
    );
  }
  return (
    <RegisterContext.Provider value={ready.service}>
      <Dashboard incoming={incoming} initialCriteria={{ caseNumber: ready.caseNumber }} />
    </RegisterContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
