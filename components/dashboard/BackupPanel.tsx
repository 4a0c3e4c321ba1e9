import { useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/catalogue';
import { useT } from '../../i18n/use-i18n';
import { problemText } from '../../i18n/problems';
import { MAX_BACKUP_BYTES, rejection, tooLargeProblem, type ImportReport } from '../../register/backup';
import type { ChunkedWork } from '../../register/chunked';
import { decryptBackup, isEncryptedBackup } from '../../register/encrypted-backup';
import { useRegister } from './context';
import { BackupPassphrasePrompt, LockedExportChoices } from './ProtectedBackup';
import { useAsyncAction } from './useAsyncAction';
import { ErrorAlert } from '../ErrorAlert';

export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const imported = report.accepted.length;
  return (
    <div class="import-report" data-import-report="">
      <p>
        {t('dashboard.import.summary', { imported, present: report.alreadyPresent, rejected: report.rejected.length })}
      </p>
      {report.altered && report.altered.length > 0 && (
        <p class="error" data-proof-altered-count={report.altered.length}>
          {t('dashboard.import.altered', { count: report.altered.length, references: report.altered.join(', ') })}
        </p>
      )}
      {report.rejected.length > 0 && (
        <ul>
          {report.rejected.map((r, i) => (
            <li key={i}>
              {r.index < 0 ? t('dashboard.import.theFile') : t('dashboard.import.entry', { number: r.index + 1 })}
              {r.reference ? ` ${t('dashboard.record.extensionReference', { reference: r.reference })}` : ''}: {problemText(t, r.problem)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Backup (JSON), CSV export, and import of a backup with a report of what came in and what did not. With a
 * passphrase set (`lockSet`), the backup is encrypted by default and a readable file needs a confirmed warning.
 */
export function BackupPanel({ recordCount, lockSet = false }: { recordCount: number; lockSet?: boolean }) {
  const register = useRegister();
  const t = useT();
  const [report, setReport] = useState<ImportReport | null>(null);
  /** The text of an encrypted backup chosen for import, waiting for its passphrase. */
  const [encrypted, setEncrypted] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ what: MessageKey; done: number; total: number | null } | null>(null);
  const { run, busy, error } = useAsyncAction(async (what: MessageKey, work: (onProgress: ChunkedWork['onProgress']) => Promise<unknown>) => {
    setProgress({ what, done: 0, total: null });
    try {
      await work((done, total) => setProgress({ what, done, total }));
    } finally {
      setProgress(null);
    }
  });
  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setReport(null);
    setEncrypted(null);
    // Checked before reading: a huge file is refused without the page holding it in memory.
    if (file.size > MAX_BACKUP_BYTES) {
      setReport({ accepted: [], alreadyPresent: 0, rejected: [rejection(-1, null, tooLargeProblem(file.size))] });
      input.value = '';
      return;
    }
    void run('dashboard.import.importing', async () => {
      try {
        const text = await file.text();
        if (isEncryptedBackup(text)) setEncrypted(text);
        else setReport(await register.importBackup(text));
      } finally {
        input.value = '';
      }
    });
  };

  return (
    <div class="backup">
      <p class="muted">
        {t('dashboard.backup.intro', { count: recordCount })}
      </p>
      {lockSet ? (
        <LockedExportChoices
          busy={busy}
          onEncrypted={(passphrase) => run('dashboard.backup.exportingEncrypted', (onProgress) => register.exportBackup({ onProgress }, { passphrase }))}
          onPlainBackup={() => void run('dashboard.backup.exporting', (onProgress) => register.exportBackup({ onProgress }))}
          onCsv={() => void run('dashboard.backup.exportingCsv', (onProgress) => register.exportCsv({ onProgress }))}
        />
      ) : (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void run('dashboard.backup.exporting', (onProgress) => register.exportBackup({ onProgress }))}>
            {t('dashboard.backup.export')}
          </button>
          <button type="button" disabled={busy} onClick={() => void run('dashboard.backup.exportingCsv', (onProgress) => register.exportCsv({ onProgress }))}>
            {t('dashboard.backup.exportCsv')}
          </button>
        </div>
      )}
      {progress && (
        <p class="progress">
          <label for="backup-progress">{t(progress.what)}</label>{' '}
          <progress id="backup-progress" data-progress="backup" max={progress.total ?? undefined} value={progress.total === null ? undefined : progress.done} />
          {progress.total !== null && ` ${t('dashboard.backup.progress', { done: progress.done, count: progress.total })}`}
        </p>
      )}
      <div class="field">
        <label for="import-backup">{t('dashboard.import.label')}</label>
        <input id="import-backup" type="file" accept="application/json,.json" disabled={busy} onChange={(e) => importFile(e.currentTarget)} />
      </div>
      {encrypted !== null && (
        <BackupPassphrasePrompt
          busy={busy}
          onCancel={() => setEncrypted(null)}
          onSubmit={(passphrase) =>
            void run('dashboard.import.importing', async () => {
              const plain = await decryptBackup(encrypted, passphrase);
              setEncrypted(null);
              setReport(await register.importBackup(plain));
            })
          }
        />
      )}
      <ErrorAlert message={error} />
      <div role="status">{report && <ImportReportView report={report} />}</div>
    </div>
  );
}
