import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-i18n';
import { onLockChanged } from '../../storage/vault/key-store';
import type { LockState, RegisterVault } from '../../storage/vault/vault';
import { LockPanel, type LockControls } from '../dashboard/LockPanel';

/** The register's lock as the register page uses it: setting a passphrase here is the very same vault call. */
export type WelcomeVault = Pick<RegisterVault, 'state' | 'setPassphrase' | 'changePassphrase' | 'lock'>;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Step 3: the register page's own lock panel, over the register opened when this step is reached. */
export function LockStep({ openVault }: { openVault: () => Promise<WelcomeVault> }) {
  const t = useT();
  const [vault, setVault] = useState<WelcomeVault | null>(null);
  const [state, setState] = useState<LockState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let stopWatch = () => {};
    openVault().then(
      async (opened) => {
        if (!live) return;
        setVault(opened);
        const refresh = () => opened.state().then((next) => live && setState(next));
        await refresh();
        // Locked or unlocked in another tab (the register page, the idle auto-lock).
        stopWatch = onLockChanged(() => void refresh());
      },
      (e: unknown) => live && setError(t('welcome.lock.unopened', { error: message(e) })),
    );
    return () => {
      live = false;
      stopWatch();
    };
  }, [openVault]);

  if (error) {
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  }
  if (!vault || !state) return <p role="status">{t('welcome.lock.opening')}</p>;
  if (state === 'locked') {
    return <p data-lock-state="locked">{t('welcome.lock.alreadyLocked')}</p>;
  }
  const controls: LockControls = {
    state,
    setPassphrase: async (passphrase) => {
      await vault.setPassphrase(passphrase);
      setState(await vault.state());
    },
    changePassphrase: (current, next) => vault.changePassphrase(current, next),
    lock: async () => {
      await vault.lock();
      setState(await vault.state());
    },
  };
  return (
    <div data-lock-state={state}>
      <p>{t('welcome.lock.help')}</p>
      <LockPanel lock={controls} />
    </div>
  );
}
