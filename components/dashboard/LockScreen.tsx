import { useAsyncAction } from './useAsyncAction';

export interface LockScreenProps {
  /** What the clear indexes tell while locked: counts, never references, cases or accounts. */
  counts: { records: number; expiringSoon: number; pending: number } | null;
  onUnlock: (passphrase: string) => Promise<void>;
}

/** The locked register: the unlock form and counts only; no record is listed. */
export function LockScreen({ counts, onUnlock }: LockScreenProps) {
  const { run, busy, error } = useAsyncAction(onUnlock);
  return (
    <main class="dashboard locked">
      <h1>QuickFreeze register</h1>
      <p>The register is locked. Enter its passphrase to see the records.</p>
      {counts && (
        <p class="muted" data-lock-counts="">
          {counts.records} record{counts.records === 1 ? '' : 's'}, {counts.expiringSoon} expiring within 14 days
          {counts.pending > 0 ? `; ${counts.pending} reference${counts.pending === 1 ? '' : 's'} saved while locked will be added` : ''}.
        </p>
      )}
      <form
        data-form="unlock"
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.elements.namedItem('passphrase') as HTMLInputElement;
          void run(input.value).then((ok) => {
            if (!ok) input.select();
          });
        }}
      >
        <label for="unlock-passphrase">Passphrase</label>{' '}
        <input id="unlock-passphrase" name="passphrase" type="password" autocomplete="current-password" required disabled={busy} autoFocus />{' '}
        <button type="submit" disabled={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      <p role="alert" class="error" data-unlock-error={error ? '' : undefined}>
        {error}
      </p>
    </main>
  );
}
