import { useT } from '../../i18n/use-i18n';
import { useAsyncAction } from './useAsyncAction';

export interface LockScreenProps {
  /** What the clear indexes tell while locked: counts, never references, cases or accounts. */
  counts: { records: number; expiringSoon: number; pending: number } | null;
  onUnlock: (passphrase: string) => Promise<void>;
}

/** The locked register: the unlock form and counts only; no record is listed. */
export function LockScreen({ counts, onUnlock }: LockScreenProps) {
  const t = useT();
  const { run, busy, error } = useAsyncAction(onUnlock);
  return (
    <main class="dashboard locked">
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.lock.locked')}</p>
      {counts && (
        <p class="muted" data-lock-counts="">
          {counts.pending > 0
            ? t('dashboard.lock.countsPending', { count: counts.records, expiring: counts.expiringSoon, pending: t('dashboard.lock.pending', { count: counts.pending }) })
            : t('dashboard.lock.counts', { count: counts.records, expiring: counts.expiringSoon })}
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
        <label for="unlock-passphrase">{t('dashboard.lock.passphrase')}</label>{' '}
        <input id="unlock-passphrase" name="passphrase" type="password" autocomplete="current-password" required disabled={busy} autoFocus />{' '}
        <button type="submit" disabled={busy}>
          {busy ? t('dashboard.lock.unlocking') : t('dashboard.lock.unlock')}
        </button>
      </form>
      <p role="alert" class="error" data-unlock-error={error ? '' : undefined}>
        {error}
      </p>
    </main>
  );
}
