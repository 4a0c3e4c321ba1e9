import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Welcome } from '../../../components/welcome/Welcome';
import { englishT } from '../../../i18n/catalogues';
import { withProviderShown } from '../../../components/welcome/PortalsStep';
import { WELCOME_STEPS } from '../../../components/welcome/steps';
import { loadSettings, updateSettings } from '../../../storage/settings';
import { Register } from '../../../storage/register';
import { memoryKeyStore } from '../../../storage/vault/key-store';

const PROVIDERS = [
  { id: 'meta', name: 'Meta', products: ['Facebook', 'Instagram'] },
  { id: 'google', name: 'Google', products: ['Gmail'] },
  { id: 'snap', name: 'Snap', products: ['Snapchat'] },
];

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
/** Until `condition` holds (a real PBKDF2 and IndexedDB take a few turns), or fail saying what was awaited. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

let root: HTMLElement;
let register: Register;

async function mount(): Promise<HTMLElement> {
  // A throwaway register with a cheap key derivation; the vault's calls are the register page's own.
  register = await Register.open(`welcome-${Math.random()}`, memoryKeyStore(), 1000);
  const openVault = () => Promise.resolve(register.vault);
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Welcome providers={PROVIDERS} openVault={openVault} />, root));
  await settle();
  return root;
}

const step = () => root.querySelector('section[data-step]')!.getAttribute('data-step');
const heading = () => root.querySelector('section[data-step] h2')!;
async function click(selector: string): Promise<void> {
  const el = root.querySelector(selector) as HTMLElement | null;
  if (!el) throw new Error(`No ${selector} on step ${step()}`);
  act(() => el.click());
  await settle();
}
async function submit(form: HTMLFormElement, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) (form.elements.namedItem(name) as HTMLInputElement).value = value;
  act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await settle();
}

describe('first-run page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('walks every step in order, focusing each step’s heading, and back again', async () => {
    await mount();
    expect(root.querySelector('h1')!.textContent).toBe('Welcome to QuickFreeze');
    expect(step()).toBe('about');
    expect(root.textContent).toContain('No network.');
    expect(root.querySelector('[data-action="back"]')).toBeNull();
    for (const expected of WELCOME_STEPS.slice(1)) {
      await click('[data-action="next"]');
      expect(step()).toBe(expected.id);
      expect(heading().textContent).toContain(englishT(expected.titleKey));
      expect(document.activeElement).toBe(heading());
      expect(root.querySelector('[aria-current="step"]')!.getAttribute('data-goto')).toBe(expected.id);
    }
    expect(root.querySelector('[data-action="next"]')).toBeNull();
    expect(root.querySelector('a[data-link="dashboard"]')!.getAttribute('href')).toBe('/dashboard.html');
    expect(root.querySelector('a[data-link="options"]')!.getAttribute('href')).toBe('/options.html');
    await click('[data-action="back"]');
    expect(step()).toBe('portals');
    expect(document.activeElement).toBe(heading());
  });

  it('leaves focus where it is on load, and jumps to any step from the list', async () => {
    document.body.focus();
    await mount();
    expect(document.activeElement).not.toBe(heading());
    await click('[data-goto="lock"]');
    expect(step()).toBe('lock');
    expect(document.activeElement).toBe(heading());
  });

  it('skipping a step saves nothing; the country chosen is the options’ own setting', async () => {
    await mount();
    await click('[data-action="next"]');
    expect(step()).toBe('country');
    await click('[data-action="skip"]');
    expect(step()).toBe('lock');
    expect((await loadSettings()).country).toBeNull();

    await click('[data-goto="country"]');
    const select = root.querySelector('select[name="country"]') as HTMLSelectElement;
    act(() => {
      select.value = 'DE';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect((await loadSettings()).country).toBe('DE');
    await click('[data-goto="done"]');
    await until(() => root.querySelector('[data-summary-item="country"]') !== null, 'the summary');
    expect(root.querySelector('[data-summary-item="country"]')!.textContent).toBe('Germany (DE)');
    expect(root.querySelector('[data-summary-item="lock"]')!.textContent).toContain('not set');
    expect(root.querySelector('[data-summary-item="portals"]')!.textContent).toBe('3 of 3 providers’ portals');
  });

  it('sets the passphrase through the register’s own vault, as the register page does', async () => {
    await mount();
    await click('[data-goto="lock"]');
    await until(() => root.querySelector('form[data-form="set-passphrase"]') !== null, 'the set-passphrase form');
    const form = root.querySelector('form[data-form="set-passphrase"]') as HTMLFormElement;
    await submit(form, { passphrase: 'correct horse battery', confirm: 'not the same one' });
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('The two passphrases differ.');
    expect(await register.vault.state()).toBe('none');

    await submit(form, { passphrase: 'correct horse battery', confirm: 'correct horse battery' });
    await until(() => root.querySelector('[data-lock-state="unlocked"]') !== null, 'the lock to be set');
    expect(await register.vault.keys()).not.toBeNull();
    await register.vault.lock();
    await register.vault.unlock('correct horse battery');
    expect(await register.vault.state()).toBe('unlocked');

    await click('[data-action="lock"]');
    await until(() => root.querySelector('[data-lock-state="locked"]') !== null, 'the locked notice');
    expect(await register.vault.state()).toBe('locked');
    await click('[data-goto="done"]');
    await until(() => root.querySelector('[data-summary-item="lock"]') !== null, 'the summary');
    expect(root.querySelector('[data-summary-item="lock"]')!.textContent).toBe('set');
  });

  it('shows the guide on the portals ticked: unticking saves the provider as disabled, keeping other settings', async () => {
    await updateSettings({ country: 'FR', disabledProviders: ['snap'] });
    await mount();
    await click('[data-goto="portals"]');
    const box = (id: string) => root.querySelector(`input[data-provider-toggle="${id}"]`) as HTMLInputElement;
    expect([box('meta').checked, box('google').checked, box('snap').checked]).toEqual([true, true, false]);
    // Two quick clicks: the second must not be computed from before the first was saved.
    act(() => {
      box('google').click();
      box('snap').click();
    });
    await until(() => root.querySelector('[data-section="portals"] [role="status"]') !== null, 'the saved notice');
    await until(() => box('snap').checked && !box('google').checked, 'both choices shown');
    expect(await loadSettings()).toMatchObject({ country: 'FR', disabledProviders: ['google'] });
  });
});

describe('withProviderShown', () => {
  it('adds a hidden provider once and removes a shown one, sorted', () => {
    expect(withProviderShown(['snap'], 'google', false)).toEqual(['google', 'snap']);
    expect(withProviderShown(['google', 'snap'], 'google', false)).toEqual(['google', 'snap']);
    expect(withProviderShown(['google', 'snap'], 'snap', true)).toEqual(['google']);
    expect(withProviderShown([], 'meta', true)).toEqual([]);
  });
});
