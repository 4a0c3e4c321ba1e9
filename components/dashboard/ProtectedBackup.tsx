import { useState } from 'preact/hooks';

const passphraseOf = (form: HTMLFormElement) => (form.elements.namedItem('passphrase') as HTMLInputElement).value;

/**
 * Export choices once a passphrase is set: an encrypted backup by default (the register's passphrase, asked for);
 * a readable backup or CSV only after a warning the investigator confirms.
 */
export function LockedExportChoices(props: {
  busy: boolean;
  onEncrypted: (passphrase: string) => Promise<boolean>;
  onPlainBackup: () => void;
  onCsv: () => void;
}) {
  const [open, setOpen] = useState<'none' | 'encrypted' | 'plaintext'>('none');
  return (
    <>
      <div class="actions">
        <button type="button" data-action="export-encrypted" disabled={props.busy} onClick={() => setOpen('encrypted')}>
          Export encrypted backup
        </button>
        <button type="button" data-action="export-plaintext" disabled={props.busy} onClick={() => setOpen('plaintext')}>
          Plaintext export (JSON or CSV)…
        </button>
      </div>
      {open === 'encrypted' && (
        <form
          data-form="export-encrypted"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            void props.onEncrypted(passphraseOf(form)).then((done) => {
              if (!done) return;
              form.reset();
              setOpen('none');
            });
          }}
        >
          <p class="muted">The backup is encrypted with the register’s passphrase: keep it, the file cannot be opened without it.</p>
          <label for="export-passphrase">The register’s passphrase</label>{' '}
          <input id="export-passphrase" name="passphrase" type="password" autocomplete="current-password" required disabled={props.busy} />{' '}
          <button type="submit" disabled={props.busy}>
            Export encrypted backup
          </button>{' '}
          <button type="button" onClick={() => setOpen('none')}>
            Cancel
          </button>
        </form>
      )}
      {open === 'plaintext' && (
        <div class="warning" data-warning="plaintext-export">
          <p>
            <strong>A plaintext file is not protected by the passphrase:</strong> anyone who gets it reads every reference, case number, account,
            note and proof in it. Prefer the encrypted backup; keep a plaintext file only on encrypted storage and delete it after use.
          </p>
          <button type="button" data-action="confirm-plaintext-backup" disabled={props.busy} onClick={() => (setOpen('none'), props.onPlainBackup())}>
            Export readable backup (JSON)
          </button>{' '}
          <button type="button" data-action="confirm-plaintext-csv" disabled={props.busy} onClick={() => (setOpen('none'), props.onCsv())}>
            Export readable CSV
          </button>{' '}
          <button type="button" onClick={() => setOpen('none')}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}

/** An encrypted backup was chosen for import: its passphrase, then the normal import. */
export function BackupPassphrasePrompt(props: { busy: boolean; onSubmit: (passphrase: string) => void; onCancel: () => void }) {
  return (
    <form
      data-form="import-passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(passphraseOf(e.currentTarget));
      }}
    >
      <p>This backup is encrypted. Enter the passphrase it was exported with.</p>
      <label for="import-passphrase">Backup passphrase</label>{' '}
      <input id="import-passphrase" name="passphrase" type="password" autocomplete="off" required disabled={props.busy} autoFocus />{' '}
      <button type="submit" disabled={props.busy}>
        Decrypt and import
      </button>{' '}
      <button type="button" disabled={props.busy} onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
