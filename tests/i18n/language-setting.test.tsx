import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LanguageSetting } from '../../components/options/LanguageSetting';
import { loadSettings, parseSettings, updateSettings } from '../../storage/settings';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('the language setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the browser by default, also for settings stored before it existed', () => {
    expect(parseSettings({ guideCollapsed: true, country: 'DE' }).language).toBe('browser');
  });

  it('accepts the locales and the pseudo-locales, and refuses anything else before it reaches storage', async () => {
    await updateSettings({ language: 'de' });
    expect((await loadSettings()).language).toBe('de');
    await updateSettings({ language: 'ar-XB' });
    await expect(updateSettings({ language: 'xx' as never })).rejects.toThrow();
    expect((await loadSettings()).language).toBe('ar-XB');
  });

  it('offers the browser’s language and each language named in itself, and saves the choice', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<LanguageSetting />, root);
    await settle();
    const select = root.querySelector<HTMLSelectElement>('select[name="language"]')!;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['browser', 'en', 'de', 'fr', 'es']);
    expect(Array.from(select.options).map((o) => o.textContent).slice(1)).toEqual(['English', 'Deutsch', 'Français', 'Español']);
    select.value = 'fr';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect((await loadSettings()).language).toBe('fr');
    // The setting's own labels follow the new language.
    expect(root.querySelector('legend')!.textContent).toBe('Langue');
    render(null, root);
  });

  it('shows a pseudo-locale chosen in storage', async () => {
    await updateSettings({ language: 'en-XA' });
    const root = document.createElement('div');
    render(<LanguageSetting />, root);
    await settle();
    expect(root.querySelector<HTMLSelectElement>('select[name="language"]')!.value).toBe('en-XA');
    render(null, root);
  });
});
