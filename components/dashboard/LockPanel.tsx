import { useAsyncAction } from './useAsyncAction';

export interface LockControls {
  state: 'none' | 'unlocked';
  setPassphrase(passphrase: string): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  lock(): Promise<void>;
}

const field = (form: HTMLFormElement, name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;

/** Set a passphrase (with what it means, said before), or lock now and change the passphrase. */
export function LockPanel({ lock }: { lock: LockControls }) {
  const set = useAsyncAction(async (form: HTMLFormElement) => {
    const passphrase = field(form, 'passphrase');
    if (passphrase !== field(form, 'confirm')) throw new Error('The two passphrases differ.');
    await lock.setPassphrase(passphrase);
    form.reset();
  });
  const change = useAsyncAction(async (form: HTMLFormElement) => {
    if (field(form, 'next') !== field(form, 'confirm')) throw new Error('The two new passphrases differ.');
    await lock.changePassphrase(field(form, 'current'), field(form, 'next'));
    form.reset();
  });
  const lockNow = useAsyncAction(() => lock.lock());

  if (lock.state === 'none') {
    return (
      <div class="lock">
        <p>
          Protect the register with a passphrase: references, case numbers, accounts, proofs, notes and the history are then stored encrypted,
          and the register locks when the browser closes and after the idle time set in the options.
        </p>
        <p class="warning">
          <strong>A forgotten passphrase cannot be recovered: the register’s data is then gone.</strong> Export a backup first. The browser may
          keep old unencrypted copies in its storage files until it compacts them.
        </p>
        <form
          data-form="set-passphrase"
          onSubmit={(e) => {
            e.preventDefault();
            void set.run(e.currentTarget);
          }}
        >
          <label for="new-passphrase">Passphrase (at least 10 characters)</label>{' '}
          <input id="new-passphrase" name="passphrase" type="password" autocomplete="new-password" required minLength={10} disabled={set.busy} />{' '}
          <label for="confirm-passphrase">Confirm</label>{' '}
          <input id="confirm-passphrase" name="confirm" type="password" autocomplete="new-password" required disabled={set.busy} />{' '}
          <button type="submit" disabled={set.busy}>
            {set.busy ? 'Encrypting the register…' : 'Set passphrase'}
          </button>
        </form>
        {set.error && (
          <p role="alert" class="error">
            {set.error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div class="lock">
      <p>The register is protected by a passphrase.</p>
      <button type="button" data-action="lock" disabled={lockNow.busy} onClick={() => void lockNow.run()}>
        Lock now
      </button>
      <details>
        <summary>Change the passphrase</summary>
        <form
          data-form="change-passphrase"
          onSubmit={(e) => {
            e.preventDefault();
            void change.run(e.currentTarget);
          }}
        >
          <label for="current-passphrase">Current passphrase</label>{' '}
          <input id="current-passphrase" name="current" type="password" autocomplete="current-password" required />{' '}
          <label for="next-passphrase">New passphrase</label>{' '}
          <input id="next-passphrase" name="next" type="password" autocomplete="new-password" required minLength={10} />{' '}
          <label for="confirm-next-passphrase">Confirm</label>{' '}
          <input id="confirm-next-passphrase" name="confirm" type="password" autocomplete="new-password" required />{' '}
          <button type="submit" disabled={change.busy}>
            Change passphrase
          </button>
        </form>
        {change.error && (
          <p role="alert" class="error">
            {change.error}
          </p>
        )}
      </details>
    </div>
  );
}
