import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsPage, type OptionsPageProps } from '../../../components/OptionsPage';
import { LanguageProvider } from '../../../i18n/use-i18n';
import { updateSettings } from '../../../storage/settings';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

const props: OptionsPageProps = {
  providers: [{ id: 'meta', name: 'Meta', products: ['Facebook'] }],
  disabledProviders: [],
  onToggleProvider: () => {},
  rules: [{ id: 'emergency/harm', title: 'No danger stated', severity: 'warning', why: 'Providers need it.', fix: 'State it.' }],
  disabledRules: [],
  onToggleRule: () => {},
  reminderDays: [14, 7, 0],
  onReminderDays: () => {},
  lockIdleMinutes: 15,
  onLockIdleMinutes: () => {},
  error: null,
};

let root: HTMLElement;
async function mount(): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <LanguageProvider>
        <OptionsPage {...props} />
      </LanguageProvider>,
      root,
    ),
  );
  await settle();
}

describe('the options page in the investigator’s language', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    render(null, root);
    root.remove();
    document.documentElement.removeAttribute('dir');
    document.documentElement.removeAttribute('lang');
  });

  it('is English by default, with the language setting above the five sections', async () => {
    await mount();
    expect(root.querySelector('h1')!.textContent).toBe('QuickFreeze options');
    const language = root.querySelector('fieldset[data-section="language"]')!;
    expect(language.compareDocumentPosition(root.querySelector('nav')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([...root.querySelectorAll('nav a')].map((a) => a.textContent)).toEqual(['Portals', 'Checks', 'Reminders', 'Country and authority', 'Lock']);
  });

  it('speaks German when German is chosen, the checks’ English docs marked as English', async () => {
    await updateSettings({ language: 'de' });
    await mount();
    expect(document.documentElement.lang).toBe('de');
    expect(root.querySelector('h1')!.textContent).toBe('QuickFreeze – Einstellungen');
    expect([...root.querySelectorAll('nav a')].map((a) => a.textContent)).toEqual(['Portale', 'Prüfungen', 'Erinnerungen', 'Land und Behörde', 'Sperre']);
    expect(root.querySelector('label[for="reminder-days"]')!.textContent).toBe('Tage vor Ablauf (0 = am Tag selbst), durch Kommas getrennt');
    const rule = root.querySelector('[data-rule-toggle="emergency/harm"]')!.closest('li')!;
    expect(rule.textContent).toContain('(Warnung)');
    expect(rule.querySelector('strong')!.getAttribute('lang')).toBe('en');
    expect(root.querySelector('select[name="language"]')).not.toBeNull();
  });

  it('lays the page out right to left in the ar-XB pseudo-locale', async () => {
    await updateSettings({ language: 'ar-XB' });
    await mount();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
