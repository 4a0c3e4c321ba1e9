import { useState } from 'preact/hooks';
import type { ImportReport } from '../../register/backup';

export interface BackupPanelProps {
  recordCount: number;
  onExportBackup: () => Promise<unknown>;
  onExportCsv: () => Promise<unknown>;
  /** Read the file, write what it accepts in one go; rejects (and writes nothing) when the write fails. */
  onImport: (text: string) => Promise<ImportReport>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ImportReportView({ report }: { report: ImportReport }) {
  const imported = report.accepted.length;
  return (
    <div class="import-report" data-import-report="">
      <p>
        {imported} imported, {report.alreadyPresent} already present, {report.rejected.length} rejected.
      </p>
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

/** Backup (JSON), CSV export, and import of a backup with a report of what came in and what did not. */
export function BackupPanel({ recordCount, onExportBackup, onExportCsv, onImport }: BackupPanelProps) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const guard = (work: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    work().then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setError(message(e));
      },
    );
  };
  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setReport(null);
    guard(async () => {
      try {
        setReport(await onImport(await file.text()));
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
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => guard(onExportBackup)}>
          Export backup (JSON)
        </button>
        <button type="button" disabled={busy} onClick={() => guard(onExportCsv)}>
          Export CSV
        </button>
      </div>
      <div class="field">
        <label for="import-backup">Import a backup (JSON)</label>
        <input id="import-backup" type="file" accept="application/json,.json" disabled={busy} onChange={(e) => importFile(e.currentTarget)} />
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div role="status">{report && <ImportReportView report={report} />}</div>
    </div>
  );
}
