import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { InvestigatorSettings } from '../../../components/options/InvestigatorSettings';
import { COUNTRY_CODES } from '../../../legal/countries';
import { loadSettings, updateSettings } from '../../../storage/settings';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function mount(): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<InvestigatorSettings />, root));
  await settle();
  return root;
}

async function choose(root: HTMLElement, name: string, value: string): Promise<void> {
  const select = root.querySelector(`select[name="${name}"]`) as HTMLSelectElement;
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('options: the investigator’s country and authority type', () => {
  beforeEach(() => fakeBrowser.reset());

  it('offers every ISO 3166-1 alpha-2 code with its English name, not set by default', async () => {
    const root = await mount();
    const select = root.querySelector('select[name="country"]') as HTMLSelectElement;
    expect(select.value).toBe('');
    const values = new Set(Array.from(select.options).map((o) => o.value));
    for (const code of COUNTRY_CODES) expect(values.has(code), code).toBe(true);
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(Array.from(select.options).find((o) => o.value === 'DE')!.textContent).toBe('Germany (DE)');
  });

  it('saves the country and the authority type as chosen, and unsets them', async () => {
    const root = await mount();
    await choose(root, 'country', 'DE');
    await choose(root, 'authority', 'prosecutor');
    expect(await loadSettings()).toMatchObject({ country: 'DE', authority: 'prosecutor' });
    expect(root.textContent).toContain('Saved.');
    await choose(root, 'country', '');
    expect((await loadSettings()).country).toBeNull();
  });

  it('keeps other settings, and shows a change made elsewhere', async () => {
    await updateSettings({ disabledProviders: ['google'] });
    const root = await mount();
    await choose(root, 'country', 'GB');
    expect(await loadSettings()).toMatchObject({ country: 'GB', disabledProviders: ['google'] });
    await act(async () => void (await updateSettings({ country: 'US' })));
    await settle();
    expect((root.querySelector('select[name="country"]') as HTMLSelectElement).value).toBe('US');
  });
});
