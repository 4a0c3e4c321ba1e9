import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RegisterContext } from '../../../components/dashboard/context';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { errorText } from '../../../components/dashboard/error-text';
import { LockScreen } from '../../../components/dashboard/LockScreen';
import { translatorFor } from '../../../i18n/catalogues';
import { LanguageProvider } from '../../../i18n/use-i18n';
import { RegisterError } from '../../../storage/register';
import { updateSettings } from '../../../storage/settings';
import { record } from '../../register/fixtures';
import { dashboardStage, registerWith } from './harness';

const today = '2027-01-01';
const stage = dashboardStage();

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
});

/** Wait until the page has read its language and the register, and nothing is busy for a few turns. */
const idle = stage.idle;

const meta = record({ reference: '987654321', providerId: 'meta', caseNumber: '2026-0042', accountIdentifiers: ['@jane'], preservedOn: '2026-12-20' });
const snap = record({ reference: 'SNAP-1', providerId: 'snap', caseNumber: '', accountIdentifiers: ['snapuser'], preservedOn: '2026-10-10' });

async function showIn(language: 'de' | 'ar-XB') {
  await updateSettings({ language });
  const { service, register } = await registerWith([meta, snap], today);
  stage.opened = register;
  await act(() => {
    render(
      <LanguageProvider>
        <RegisterContext.Provider value={service}>
          <Dashboard />
        </RegisterContext.Provider>
      </LanguageProvider>,
      stage.container,
    );
  });
  await idle();
}

const $ = (selector: string) => stage.container.querySelector<HTMLElement>(selector)!;

describe('the register page in the investigator’s language', () => {
  it('speaks German: headings, counts, status, case groups, buttons and the day, while record dates stay YYYY-MM-DD', async () => {
    await showIn('de');
    expect(document.documentElement.lang).toBe('de');
    expect(document.documentElement.dir).toBe('ltr');
    expect($('h1').textContent).toBe('QuickFreeze-Register');
    expect($('.dashboard-header p').textContent).toBe('Sicherungsreferenzen, nur in diesem Browser gespeichert. Heute ist der 1. Januar 2027.');
    expect($('[data-count-of="expiringSoon"]').textContent).toContain('Laufen in 14 Tagen ab');
    expect($('[data-count]').textContent).toBe('Passende Einträge: 2 von 2.');
    expect($('[data-case="2026-0042"] h3').textContent).toBe('Aktenzeichen 2026-0042 (1 Eintrag)');
    expect($('[data-case=""] h3').textContent).toBe('Ohne Aktenzeichen (1 Eintrag)');
    const item = $('[data-record][data-reference="987654321"]');
    expect(item.querySelector('.status')!.textContent).toContain('Stand: aktiv');
    expect(item.textContent).toContain('2026-12-20');
    expect([...item.querySelectorAll('button')].map((b) => b.textContent)).toContain('Referenz kopieren');
    expect($('button[data-action="toggle-timeline-table"]').textContent).toBe('Als Tabelle anzeigen');
    // The MAR text is for the provider: English, and the page says so.
    expect($('[data-mar-language]').textContent).toBe('Der MAR-Text ist auf Englisch verfasst, für den Anbieter.');
    expect($('[data-mar-text]').textContent).toMatch(/preserv/i);
    expect($('form[data-form="new-record"] label[for="manual-basis"]').textContent).toBe('Rechtsgrundlage (bestimmt, wie lange die Sicherung dauert)');
  });

  it('words what a pasted e-mail leaves to the investigator in German: no preservation confirmed, provider not recognised', async () => {
    await showIn('de');
    const paste = async (text: string) => {
      const area = $('#paste-email') as HTMLTextAreaElement;
      await act(() => {
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => {
        $('form[data-form="paste-email"]').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      await idle();
      return $('.paste-box > [role="status"]').textContent;
    };
    const acknowledged = await paste(
      'From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nYour preservation request has been received. Reference number: SNAP-PR-20261123-0101.',
    );
    expect(acknowledged).toContain('Die E-Mail nennt SNAP-PR-20261123-0101, bestätigt aber keine neue Sicherung');
    expect(acknowledged).not.toMatch(/acknowledges|confirms/);
    const unknown = await paste('From: Trust team <legal@streamvault.example>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nThank you for your message.');
    expect(unknown).toContain('Anbieter nicht erkannt: Die E-Mail kommt von streamvault.example');
    expect(unknown).toContain('In der Nachricht des Anbieters wurde keine Referenznummer gefunden.');
  });

  it('lays the page out right to left in the ar-XB pseudo-locale', async () => {
    await showIn('ar-XB');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar-XB');
    expect($('h1').textContent).not.toBe('QuickFreeze register');
  });

  it('shows the locked page in German', async () => {
    await updateSettings({ language: 'de' });
    await act(() => {
      render(
      <LanguageProvider>
        <LockScreen counts={{ records: 3, expiringSoon: 1, pending: 2 }} onUnlock={async () => {}} />
      </LanguageProvider>,
      stage.container,
    );
    });
    for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
    expect($('[data-lock-counts]').textContent).toBe('3 Einträge, davon 1 mit Ablauf in 14 Tagen; 2 im gesperrten Zustand gespeicherte Referenzen werden hinzugefügt.');
    expect($('form[data-form="unlock"] button').textContent).toBe('Entsperren');
  });

  it('words the register’s fixed refusals in German by their code, and shows the others as the register words them', () => {
    const de = translatorFor('de');
    expect(errorText(de, new RegisterError('This reference is already in the register for this provider.', 'duplicate'))).toBe(
      'Diese Referenz steht für diesen Anbieter bereits im Register.',
    );
    expect(errorText(de, new RegisterError('Not saved: reference: Too small', 'invalid'))).toBe('Not saved: reference: Too small');
    expect(errorText(translatorFor('en'), new RegisterError('x', 'quota'))).toMatch(/no room left/);
  });
});
