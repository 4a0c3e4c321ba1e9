import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Welcome } from '../../../components/welcome/Welcome';
import { LanguageProvider } from '../../../i18n/use-i18n';
import { Register } from '../../../storage/register';
import { loadSettings, updateSettings } from '../../../storage/settings';
import { memoryKeyStore } from '../../../storage/vault/key-store';

const PROVIDERS = [
  { id: 'meta', name: 'Meta', products: ['Facebook'] },
  { id: 'google', name: 'Google', products: ['Gmail'] },
];
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

let root: HTMLElement;
async function mount(): Promise<void> {
  const register = await Register.open(`welcome-language-${Math.random()}`, memoryKeyStore(), 1000);
  root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <LanguageProvider>
        <Welcome providers={PROVIDERS} openVault={() => Promise.resolve(register.vault)} />
      </LanguageProvider>,
      root,
    ),
  );
  await settle();
}
async function click(selector: string): Promise<void> {
  act(() => (root.querySelector(selector) as HTMLElement).click());
  await settle();
}

describe('the first-run page in the investigator’s language', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    render(null, root);
    root.remove();
    document.documentElement.removeAttribute('dir');
  });

  it('asks for the language first, and the page follows the choice at once', async () => {
    await mount();
    expect(root.querySelector('h1')!.textContent).toBe('Welcome to QuickFreeze');
    const language = root.querySelector('section[data-step="about"] select[name="language"]') as HTMLSelectElement;
    expect(language).not.toBeNull();
    act(() => {
      language.value = 'de';
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await loadSettings()).language).toBe('de');
    expect(root.querySelector('h1')!.textContent).toBe('Willkommen bei QuickFreeze');
    expect(root.querySelector('section[data-step] h2')!.textContent).toBe('Schritt 1 von 5: Was QuickFreeze tut – und nie tut');
    expect(root.querySelector('[data-action="next"]')!.textContent).toBe('Los geht’s');
    expect(document.title).toBe('Was QuickFreeze tut – und nie tut – Willkommen bei QuickFreeze');
  });

  it('summarises in German, with the country named in German', async () => {
    await updateSettings({ language: 'de', country: 'FR' });
    await mount();
    await click('[data-goto="done"]');
    for (let i = 0; i < 50 && !root.querySelector('[data-summary-item="portals"]'); i++) await settle();
    expect(root.querySelector('[data-summary-item="country"]')!.textContent).toBe('Frankreich (FR)');
    expect(root.querySelector('[data-summary-item="portals"]')!.textContent).toBe('den Portalen von 2 von 2 Anbietern');
    expect(root.querySelector('a[data-link="options"]')!.textContent).toBe('Einstellungen öffnen');
  });

  it('lays the page out right to left in the ar-XB pseudo-locale', async () => {
    await updateSettings({ language: 'ar-XB' });
    await mount();
    expect(document.documentElement.dir).toBe('rtl');
  });
});
