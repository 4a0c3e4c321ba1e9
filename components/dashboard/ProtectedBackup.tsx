import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-i18n';

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
  const t = useT();
  const [open, setOpen] = useState<'none' | 'encrypted' | 'plaintext'>('none');
  return (
    <>
      <div class="actions">
        <button type="button" data-action="export-encrypted" disabled={props.busy} onClick={() => setOpen('encrypted')}>
          {t('dashboard.backup.exportEncrypted')}
        </button>
        <button type="button" data-action="export-plaintext" disabled={props.busy} onClick={() => setOpen('plaintext')}>
          {t('dashboard.backup.plaintextExport')}
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
          <p class="muted">{t('dashboard.backup.encryptedNote')}</p>
          <label for="export-passphrase">{t('dashboard.backup.registerPassphrase')}</label>{' '}
          <input id="export-passphrase" name="passphrase" type="password" autocomplete="current-password" required disabled={props.busy} />{' '}
          <button type="submit" disabled={props.busy}>
            {t('dashboard.backup.exportEncrypted')}
          </button>{' '}
          <button type="button" onClick={() => setOpen('none')}>
            {t('dashboard.cancel')}
          </button>
        </form>
      )}
      {open === 'plaintext' && (
        <div class="warning" data-warning="plaintext-export">
          <p>
            <strong>{t('dashboard.backup.plaintextWarning')}</strong> {t('dashboard.backup.plaintextAdvice')}
          </p>
          <button type="button" data-action="confirm-plaintext-backup" disabled={props.busy} onClick={() => (setOpen('none'), props.onPlainBackup())}>
            {t('dashboard.backup.exportReadable')}
          </button>{' '}
          <button type="button" data-action="confirm-plaintext-csv" disabled={props.busy} onClick={() => (setOpen('none'), props.onCsv())}>
            {t('dashboard.backup.exportReadableCsv')}
          </button>{' '}
          <button type="button" onClick={() => setOpen('none')}>
            {t('dashboard.cancel')}
          </button>
        </div>
      )}
    </>
  );
}

/** An encrypted backup was chosen for import: its passphrase, then the normal import. */
export function BackupPassphrasePrompt(props: { busy: boolean; onSubmit: (passphrase: string) => void; onCancel: () => void }) {
  const t = useT();
  return (
    <form
      data-form="import-passphrase"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(passphraseOf(e.currentTarget));
      }}
    >
      <p>{t('dashboard.backup.encryptedImport')}</p>
      <label for="import-passphrase">{t('dashboard.backup.backupPassphrase')}</label>{' '}
      <input id="import-passphrase" name="passphrase" type="password" autocomplete="off" required disabled={props.busy} autoFocus />{' '}
      <button type="submit" disabled={props.busy}>
        {t('dashboard.backup.decryptImport')}
      </button>{' '}
      <button type="button" disabled={props.busy} onClick={props.onCancel}>
        {t('dashboard.cancel')}
      </button>
    </form>
  );
}
