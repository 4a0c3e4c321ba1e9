import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ImportReportView } from '../../components/dashboard/BackupPanel';
import { ProviderDirectory } from '../../components/dashboard/ProviderDirectory';
import { errorText } from '../../components/dashboard/error-text';
import { register } from '../../entrypoints/background/register-service';
import { refreshReminders } from '../../entrypoints/background/reminders';
import { translatorFor } from '../../i18n/catalogues';
import { LanguageProvider } from '../../i18n/use-i18n';
import { readBackup } from '../../register/backup';
import { decryptBackup } from '../../register/encrypted-backup';
import { productionSchema } from '../../register/production';
import { providerById } from '../../providers/registry';
import { Register } from '../../storage/register';
import { updateSettings } from '../../storage/settings';

const de = translatorFor('de');

beforeEach(() => fakeBrowser.reset());

describe('the register’s refusals, the import’s rejections and the reminders in German', () => {
  it('a register refusal: English for developers, German where the page shows it', async () => {
    const opened = await Register.open(`de-${crypto.randomUUID()}`);
    const refused = await opened.addExtension('no-such-record', { requestedOn: '2026-11-20', reference: null }).catch((e: unknown) => e);
    expect((refused as Error).message).toBe('That record is no longer in the register.');
    expect(errorText(de, refused)).toBe('Dieser Eintrag ist nicht mehr im Register.');
    opened.close();
  });

  it('a backup rejection, shown on the page in German', async () => {
    await updateSettings({ language: 'de' });
    const report = readBackup(JSON.stringify({ format: 'quickfreeze-backup', version: 99, records: [] }), new Set());
    expect(report.rejected[0]!.reason).toMatch(/newer QuickFreeze/);
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => {
      render(
        <LanguageProvider>
          <ImportReportView report={report} />
        </LanguageProvider>,
        root,
      );
    });
    for (let i = 0; i < 20 && !root.textContent!.includes('Datei'); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
    expect(root.querySelector('li')!.textContent).toBe('Die Datei: Die Datei stammt von einer neueren QuickFreeze-Version (Sicherungsversion über 2).');
    render(null, root);
    root.remove();
  });

  it('the provider directory’s legal lines: German labels and values, the sources’ names as they are', async () => {
    await updateSettings({ language: 'de' });
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => {
      render(
        <LanguageProvider>
          <ProviderDirectory providers={[providerById('x')!, providerById('kik')!]} today={new Date('2026-11-29T12:00:00Z')} />
        </LanguageProvider>,
        root,
      );
    });
    for (let i = 0; i < 20 && !root.textContent!.includes('Hauptsitz'); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
    const line = (provider: string, key: string) => root.querySelector(`[data-directory-provider="${provider}"] [data-legal-fact="${key}"]`)!;
    expect(line('x', 'headquarters').querySelector('strong')!.textContent).toBe('Hauptsitz:');
    expect(line('x', 'euAddressee').textContent).toContain('X Internet Unlimited Company (IE), ');
    expect(line('kik', 'answersDirectForeignRequests').textContent!.trim()).toBe('Beantwortet Anfragen ausländischer Behörden direkt (Bestands- und Verkehrsdaten): nicht bekannt');
    render(null, root);
    root.remove();
  });

  it('an encrypted backup’s refusal in German', async () => {
    const refused = await decryptBackup('{"format": "quickfreeze-backup-encrypted"', 'passphrase').catch((e: unknown) => e);
    expect((refused as Error).message).toBe('The file is not valid JSON. Nothing was imported.');
    expect(errorText(de, refused)).toBe('Die Datei ist kein gültiges JSON. Nichts wurde importiert.');
  });

  it('a production order’s reminder notification in German', async () => {
    await updateSettings({ language: 'de' });
    const production = productionSchema.parse({
      order: 'eu-epoc', issuedAt: '2026-11-20T13:00:00.000Z', emergency: true, issuedBy: 'non-judicial', timeZone: 'Europe/Berlin', dueAt: null, validatedOn: null, answeredOn: null,
    });
    await (await register()).saveCapture(
      { providerId: 'meta', reference: 'EPOC-9', caseNumber: 'C-9', accountIdentifiers: [], requestType: 'legal-process', requestedAt: '2026-11-20T13:00:00.000Z', source: 'manual', production },
      { periodDays: 90, extensionDays: 90 },
    );
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await refreshReminders(new Date('2026-11-20T19:05:00Z'));
    const answer = notify.mock.calls.map((c) => c as unknown[]).find((c) => String(c[0]).includes(':answer:'));
    expect(answer![1]).toMatchObject({ title: 'Herausgabeanordnung: Antwort fällig am 2026-11-20 22:00 (Europe/Berlin)' });
  });
});
