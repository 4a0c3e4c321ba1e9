import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { RegisterContext } from '../../components/dashboard/context';
import { Dashboard } from '../../components/dashboard/Dashboard';
import { InvestigatorContext, useInvestigator } from '../../components/dashboard/investigator';
import type { LockControls } from '../../components/dashboard/LockPanel';
import { LockScreen } from '../../components/dashboard/LockScreen';
import { LanguageProvider, useT } from '../../i18n/use-i18n';
import { providers } from '../../providers/registry';
import type { RegisterService } from '../../register/service';
import { loadAddedPortals } from '../../storage/added-portals-store';
import { Register } from '../../storage/register';
import { createRegisterService } from '../../storage/register-service';
import { loadSelectedCase } from '../../storage/selected-case';
import { onLockChanged } from '../../storage/vault/key-store';
import { browserEffects, takePendingSelection } from './effects';
import { lockedCounts, unlockRegister, watchActivity, type LockedCounts } from './lock';

/** The case chosen last, if the register still has records of it. */
async function storedCase(register: Register): Promise<string | null> {
  const caseNumber = await loadSelectedCase();
  return caseNumber !== null && (await register.queries.countOfCase(caseNumber)) > 0 ? caseNumber : null;
}

type View =
  | { kind: 'loading' }
  | { kind: 'locked'; counts: LockedCounts }
  | { kind: 'open'; service: RegisterService; caseNumber: string | null; lockSet: boolean; opening: number };

function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [incoming, setIncoming] = useState<{ text: string; nonce: number } | null>(null);
  const investigator = useInvestigator();
  const t = useT();
  useEffect(() => {
    document.title = t('dashboard.title');
  }, [t]);
  const registerRef = useRef<Register | null>(null);
  const openings = useRef(0);
  const shownState = useRef<string | null>(null);
  const unlocking = useRef(false);

  const checkPending = () =>
    takePendingSelection().then((text) => {
      if (text) setIncoming((prev) => ({ text, nonce: (prev?.nonce ?? 0) + 1 }));
    });
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  /** Locked: counts and the unlock form only, no record; unlocked (or no passphrase): the register. */
  const show = async () => {
    const register = registerRef.current;
    if (!register) return;
    const state = await register.vault.state();
    // Open the register once per change of state: the lock watcher and this page's own actions both call here.
    if (state === shownState.current) return;
    shownState.current = state;
    if (state === 'locked') return setView({ kind: 'locked', counts: await lockedCounts(register) });
    const service = createRegisterService(register, providers, browserEffects, await loadAddedPortals());
    setView({ kind: 'open', service, caseNumber: await storedCase(register), lockSet: state === 'unlocked', opening: ++openings.current });
    await checkPending();
  };

  useEffect(() => {
    Register.open().then((register) => {
      registerRef.current = register;
      return show();
    }, fail);
    // Locked or unlocked elsewhere (another tab, the idle auto-lock).
    const stopLockWatch = onLockChanged(() => {
      if (!unlocking.current) void show().catch(fail);
    });
    const stopActivity = watchActivity();
    const onFocus = () => void checkPending();
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      stopLockWatch();
      stopActivity();
    };
  }, []);

  if (error || view.kind === 'loading') {
    return (
      <main>
        <h1>{t('dashboard.title')}</h1>
        {error ? (
          <p role="alert" class="error">
            {t('dashboard.openFailed', { error })}
          </p>
        ) : (
          <p role="status">{t('dashboard.loading')}</p>
        )}
      </main>
    );
  }
  const register = registerRef.current!;
  if (view.kind === 'locked') {
    return (
      <LockScreen
        counts={view.counts}
        onUnlock={async (passphrase) => {
          // The watcher waits until the captures kept while locked are saved, so the list opens once, with them.
          unlocking.current = true;
          try {
            await unlockRegister(register, passphrase);
          } finally {
            unlocking.current = false;
          }
          await show();
        }}
      />
    );
  }
  const lock: LockControls = {
    state: view.lockSet ? 'unlocked' : 'none',
    setPassphrase: async (passphrase) => {
      // Sealing every record takes a while: the watcher waits, then the register opens once, sealed.
      unlocking.current = true;
      try {
        await register.vault.setPassphrase(passphrase);
      } finally {
        unlocking.current = false;
      }
      shownState.current = null;
      await show();
    },
    changePassphrase: (current, next) => register.vault.changePassphrase(current, next),
    lock: () => register.vault.lock(),
  };
  return (
    <RegisterContext.Provider value={view.service}>
      <InvestigatorContext.Provider value={investigator}>
        <Dashboard key={view.opening} incoming={incoming} initialCriteria={{ caseNumber: view.caseNumber }} lock={lock} />
      </InvestigatorContext.Provider>
    </RegisterContext.Provider>
  );
}

render(
  <LanguageProvider>
    <App />
  </LanguageProvider>,
  document.getElementById('app')!,
);
