import { useT } from '../../i18n/use-i18n';
import { useAsyncAction } from './useAsyncAction';
import { ErrorAlert } from '../ErrorAlert';

export interface LockControls {
  state: 'none' | 'unlocked';
  setPassphrase(passphrase: string): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  lock(): Promise<void>;
}

const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;

/** Set a passphrase (with what it means, said before), or lock now and change the passphrase. */
export function LockPanel({ lock }: { lock: LockControls }) {
  const t = useT();
  const set = useAsyncAction(async (form: HTMLFormElement) => {
    const passphrase = field(form, 'passphrase');
    if (passphrase !== field(form, 'confirm')) throw new Error(t('dashboard.lock.differ'));
    await lock.setPassphrase(passphrase);
    form.reset();
  });
  const change = useAsyncAction(async (form: HTMLFormElement) => {
    if (field(form, 'next') !== field(form, 'confirm')) throw new Error(t('dashboard.lock.newDiffer'));
    await lock.changePassphrase(field(form, 'current'), field(form, 'next'));
    form.reset();
  });
  const lockNow = useAsyncAction(() => lock.lock());

  if (lock.state === 'none') {
    return (
      <div class="lock">
        <p>{t('dashboard.lock.explain')}</p>
        <p class="warning">
          <strong>{t('dashboard.lock.forgotten')}</strong> {t('dashboard.lock.backupFirst')}
        </p>
        <form
          data-form="set-passphrase"
          onSubmit={(e) => {
            e.preventDefault();
            void set.run(e.currentTarget);
          }}
        >
          <label for="new-passphrase">{t('dashboard.lock.passphraseMin')}</label>{' '}
          <input id="new-passphrase" name="passphrase" type="password" autocomplete="new-password" required minLength={10} disabled={set.busy} />{' '}
          <label for="confirm-passphrase">{t('dashboard.lock.confirm')}</label>{' '}
          <input id="confirm-passphrase" name="confirm" type="password" autocomplete="new-password" required disabled={set.busy} />{' '}
          <button type="submit" disabled={set.busy}>
            {set.busy ? t('dashboard.lock.encrypting') : t('dashboard.lock.set')}
          </button>
        </form>
        <ErrorAlert message={set.error} />
      </div>
    );
  }
  return (
    <div class="lock">
      <p>{t('dashboard.lock.protected')}</p>
      <button type="button" data-action="lock" disabled={lockNow.busy} onClick={() => void lockNow.run()}>
        {t('dashboard.lock.lockNow')}
      </button>
      <details>
        <summary>{t('dashboard.lock.changeSummary')}</summary>
        <form
          data-form="change-passphrase"
          onSubmit={(e) => {
            e.preventDefault();
            void change.run(e.currentTarget);
          }}
        >
          <label for="current-passphrase">{t('dashboard.lock.current')}</label>{' '}
          <input id="current-passphrase" name="current" type="password" autocomplete="current-password" required />{' '}
          <label for="next-passphrase">{t('dashboard.lock.next')}</label>{' '}
          <input id="next-passphrase" name="next" type="password" autocomplete="new-password" required minLength={10} />{' '}
          <label for="confirm-next-passphrase">{t('dashboard.lock.confirm')}</label>{' '}
          <input id="confirm-next-passphrase" name="confirm" type="password" autocomplete="new-password" required />{' '}
          <button type="submit" disabled={change.busy}>
            {t('dashboard.lock.change')}
          </button>
        </form>
        <ErrorAlert message={change.error} />
      </details>
    </div>
  );
}
