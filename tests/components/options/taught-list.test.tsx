import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TaughtList, TaughtListView } from '../../../components/options/TaughtList';
import { LanguageProvider } from '../../../i18n/use-i18n';
import { updateSettings } from '../../../storage/settings';
import type { AddedPortal } from '../../../storage/added-portals';
import { saveAddedPortals } from '../../../storage/added-portals-store';
import { changeTaughtPage, loadTaughtStore, type TaughtPage } from '../../../storage/taught';

const zoomPage: TaughtPage = {
  providerId: 'zoom',
  pagePattern: '/requests/new',
  pageKind: 'emergency',
  fields: [
    { signature: { label: 'additional information', name: 'info', kind: 'textarea', nth: 0 }, role: 'emergency-description', not: false },
    { signature: { label: 'e-mail', name: '', kind: 'text', nth: 1 }, role: 'account-identifier', not: true },
  ],
  updatedAt: '2026-11-29T10:00:00.000Z',
};

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

describe('options: what is taught, in German', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names the page kind and the field roles in the guide’s German words', async () => {
    await updateSettings({ language: 'de' });
    const root = mount(
      <LanguageProvider>
        <TaughtListView pages={[zoomPage]} onRemove={vi.fn()} onResetAll={vi.fn()} message={null} />
      </LanguageProvider>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    const item = root.querySelector('[data-taught-page]')!;
    expect(item.textContent).toContain('Diese Seite ist: Eilersuchen (Notfall-Herausgabe)');
    expect(item.textContent).toContain('„additional information“ ist: Schilderung des Notfalls');
    expect(item.textContent).toContain('„e-mail“ (Nr. 2) ist nicht: Kontokennungen');
    render(null, root);
  });
});

describe('options: what is taught', () => {
  it('lists each taught page with provider name, pattern and what was taught', () => {
    const root = mount(<TaughtListView pages={[zoomPage]} onRemove={vi.fn()} onResetAll={vi.fn()} message={null} />);
    const item = root.querySelector('[data-taught-page="zoom /requests/new"]')!;
    expect(item.textContent).toContain('Zoom');
    expect(item.textContent).toContain('/requests/new');
    expect(item.textContent).toContain('This page is: Emergency disclosure request');
    expect(item.textContent).toContain('“additional information” is the emergency description');
    expect(item.textContent).toContain('“e-mail” (no. 2) is not the account identifiers');
  });

  it('removes one page, and resets all only after a confirmation', () => {
    const onRemove = vi.fn();
    const onResetAll = vi.fn();
    const root = mount(<TaughtListView pages={[zoomPage]} onRemove={onRemove} onResetAll={onResetAll} message={null} />);
    (root.querySelector('[data-action=remove-taught-page]') as HTMLButtonElement).click();
    expect(onRemove).toHaveBeenCalledWith(zoomPage);
    act(() => (root.querySelector('[data-action=reset-all-taught]') as HTMLButtonElement).click());
    expect(onResetAll).not.toHaveBeenCalled();
    act(() => (root.querySelector('[data-action=confirm-reset-all-taught]') as HTMLButtonElement).click());
    expect(onResetAll).toHaveBeenCalledTimes(1);
  });

  describe('wired to storage', () => {
    beforeEach(() => fakeBrowser.reset());

    it('Remove forgets that page in the extension storage', async () => {
      await changeTaughtPage('zoom', '/requests/new', { kind: 'page-kind', pageKind: 'emergency' });
      await changeTaughtPage('snap', '/portal', { kind: 'page-kind', pageKind: 'preservation' });
      const root = mount(<TaughtList />);
      await vi.waitFor(() => expect(root.querySelectorAll('[data-taught-page]')).toHaveLength(2));
      await act(async () => (root.querySelector('[data-taught-page="zoom /requests/new"] [data-action=remove-taught-page]') as HTMLButtonElement).click());
      await vi.waitFor(async () => expect((await loadTaughtStore()).pages.map((p) => p.providerId)).toEqual(['snap']));
      await vi.waitFor(() => expect(root.querySelectorAll('[data-taught-page]')).toHaveLength(1));
    });

    it('names a new provider of an added portal by the name given, not its custom- id', async () => {
      const added: AddedPortal = { providerId: 'custom-example-provider', providerName: 'Example Provider', host: 'lers.example-provider.test', entered: {}, addedOn: '2026-11-29' };
      await saveAddedPortals([added]);
      await changeTaughtPage('custom-example-provider', '/lers/preservation', { kind: 'page-kind', pageKind: 'preservation' });
      const root = mount(<TaughtList />);
      const item = () => root.querySelector('[data-taught-page="custom-example-provider /lers/preservation"]');
      await vi.waitFor(() => expect(item()?.querySelector('strong')?.textContent).toBe('Example Provider'));
      expect(item()!.textContent).not.toContain('custom-example-provider');
      expect(item()!.querySelector('[data-action=remove-taught-page]')!.getAttribute('aria-label')).toContain('Example Provider');
    });
  });
});
