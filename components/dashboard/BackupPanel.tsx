import { useState } from 'preact/hooks';
import { MAX_BACKUP_BYTES, tooLargeReason, type ImportReport } from '../../register/backup';
import type { ChunkedWork } from '../../register/chunked';
import { decryptBackup, isEncryptedBackup } from '../../register/encrypted-backup';
import { useRegister } from './context';
import { BackupPassphrasePrompt, LockedExportChoices } from './ProtectedBackup';
import { useAsyncAction } from './useAsyncAction';

export function ImportReportView({ report }: { report: ImportReport }) {
  const imported = report.accepted.length;
  return (
    <div class="import-report" data-import-report="">
      <p>
        {imported} imported, {report.alreadyPresent} already present, {report.rejected.length} rejected.
      </p>
      {report.altered && report.altered.length > 0 && (
        <p class="error" data-proof-altered-count={report.altered.length}>
          Proof altered in {report.altered.length} record{report.altered.length === 1 ? '' : 's'} ({report.altered.join(', ')}): the page text does not
          match the SHA-256 the backup states. They were imported and are marked "proof altered".
        </p>
      )}
      {report.rejected.length > 0 && (
        <ul>
          {report.rejected.map((r, i) => (
            <li key={i}>
              {r.index < 0 ? 'The file' : `Entry ${r.index + 1}`}
              {r.reference ? ` (reference ${r.reference})` : ''}: {r.reason}
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
  const [report, setReport] = useState<ImportReport | null>(null);
  /** The text of an encrypted backup chosen for import, waiting for its passphrase. */
  const [encrypted, setEncrypted] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ what: string; done: number; total: number | null } | null>(null);
  const { run, busy, error } = useAsyncAction(async (what: string, work: (onProgress: ChunkedWork['onProgress']) => Promise<unknown>) => {
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
      setReport({ accepted: [], alreadyPresent: 0, rejected: [{ index: -1, reference: null, reason: tooLargeReason(file.size) }] });
      input.value = '';
      return;
    }
    void run('Importing', async () => {
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
        The register lives only in this browser ({recordCount} record{recordCount === 1 ? '' : 's'}). Export a backup regularly and keep it with
        the case file.
      </p>
      {lockSet ? (
        <LockedExportChoices
          busy={busy}
          onEncrypted={(passphrase) => run('Exporting the encrypted backup', (onProgress) => register.exportBackup({ onProgress }, { passphrase }))}
          onPlainBackup={() => void run('Exporting the backup', (onProgress) => register.exportBackup({ onProgress }))}
          onCsv={() => void run('Exporting CSV', (onProgress) => register.exportCsv({ onProgress }))}
        />
      ) : (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void run('Exporting the backup', (onProgress) => register.exportBackup({ onProgress }))}>
            Export backup (JSON)
          </button>
          <button type="button" disabled={busy} onClick={() => void run('Exporting CSV', (onProgress) => register.exportCsv({ onProgress }))}>
            Export CSV
          </button>
        </div>
      )}
      {progress && (
        <p class="progress">
          <label for="backup-progress">{progress.what}…</label>{' '}
          <progress id="backup-progress" data-progress="backup" max={progress.total ?? undefined} value={progress.total === null ? undefined : progress.done} />
          {progress.total !== null && ` ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} records`}
        </p>
      )}
      <div class="field">
        <label for="import-backup">Import a backup (JSON)</label>
        <input id="import-backup" type="file" accept="application/json,.json" disabled={busy} onChange={(e) => importFile(e.currentTarget)} />
      </div>
      {encrypted !== null && (
        <BackupPassphrasePrompt
          busy={busy}
          onCancel={() => setEncrypted(null)}
          onSubmit={(passphrase) =>
            void run('Importing', async () => {
              const plain = await decryptBackup(encrypted, passphrase);
              setEncrypted(null);
              setReport(await register.importBackup(plain));
            })
          }
        />
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div role="status">{report && <ImportReportView report={report} />}</div>
    </div>
  );
}
