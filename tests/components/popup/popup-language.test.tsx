import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup, type PopupProps } from '../../../components/popup/Popup';
import { LanguageProvider } from '../../../i18n/use-i18n';
import { updateSettings } from '../../../storage/settings';
import { record } from '../../register/fixtures';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

let root: HTMLElement;
async function mount(props: Partial<PopupProps>): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  const base: PopupProps = { records: null, today: '2027-01-01', providerName: (id) => id, error: null, onCopy: vi.fn(async () => {}), onOpenRegister: vi.fn() };
  act(() =>
    render(
      <LanguageProvider>
        <Popup {...base} {...props} />
      </LanguageProvider>,
      root,
    ),
  );
  await settle();
}

describe('the popup in the investigator’s language', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    render(null, root);
    root.remove();
    document.documentElement.removeAttribute('dir');
  });

  it('speaks German, the expiry kept as YYYY-MM-DD', async () => {
    await updateSettings({ language: 'de' });
    const soon = record({ reference: 'X-9', providerId: 'x', caseNumber: 'AZ 12/27', preservedOn: '2026-10-10', createdAt: '2026-10-10T00:00:00.000Z' });
    await mount({ records: [soon] });
    expect(root.querySelector('#popup-expiring')!.textContent).toBe('Läuft in 14 Tagen ab');
    const item = root.querySelector('[aria-labelledby="popup-expiring"] [data-reference="X-9"]')!;
    expect(item.textContent).toContain('Aktenzeichen AZ 12/27');
    expect(item.textContent).toContain('läuft ab am 2027-01-08');
    expect(item.querySelector('[data-action="copy-reference"]')!.getAttribute('aria-label')).toBe('Referenz X-9 kopieren');
    expect(root.querySelector('[data-action="open-register"]')!.textContent).toBe('Register öffnen');
  });

  it('counts a locked register with German plurals and numbers', async () => {
    await updateSettings({ language: 'de' });
    await mount({ locked: { records: 1200, expiringSoon: 1, pending: 2 } });
    expect(root.querySelector('[data-locked-counts]')!.textContent).toBe(
      '1.200 Einträge, davon läuft 1 in 14 Tagen ab; 2 während der Sperre gespeicherte Einträge werden beim Entsperren hinzugefügt.',
    );
  });

  it('lays the popup out right to left in the ar-XB pseudo-locale', async () => {
    await updateSettings({ language: 'ar-XB' });
    await mount({ records: [] });
    expect(document.documentElement.dir).toBe('rtl');
  });
});
