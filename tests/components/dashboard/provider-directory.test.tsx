import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ProviderDirectory } from '../../../components/dashboard/ProviderDirectory';
import { providerById, providers } from '../../../providers/registry';
import type { Provider } from '../../../providers/schema';

function mount(list: readonly Provider[], today = new Date('2026-11-29T12:00:00Z')): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ProviderDirectory providers={list} today={today} />, root));
  return root;
}

const shownIds = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-directory-provider]')).map((s) => s.getAttribute('data-directory-provider'));

describe('provider directory', () => {
  it('shows every provider, at least 32 named ones besides the generic Kodex entry', () => {
    const root = mount(providers);
    expect(shownIds(root)).toEqual(providers.map((p) => p.id));
    expect(providers.filter((p) => p.id !== 'kodex').length).toBeGreaterThanOrEqual(32);
  });

  it('shows how to send requests to a provider without a portal: its e-mail and postal channels with sources', () => {
    const root = mount([providerById('github')!]);
    const section = root.querySelector('[data-directory-provider="github"]')!;
    expect(section.querySelector('[data-channel="portal"]')!.textContent).toContain('none known');
    expect(section.querySelector('[data-channel="email"]')!.textContent).toContain('legal-support@github.com');
    expect(section.querySelector('[data-channel="postal"]')!.textContent).toContain('Sacramento');
    expect(section.querySelector('[data-channel="email"] a')!.getAttribute('href')).toMatch(/^https:\/\/github\.com\/github\/site-policy\//);
  });

  it('marks unconfirmed portal addresses, and only those', () => {
    const root = mount([providerById('coinbase')!]);
    const places = Array.from(root.querySelectorAll('[data-confirmed]')).map((p) => [p.textContent!.replace(/\s+unconfirmed\s*$/, '').trim(), p.getAttribute('data-confirmed')]);
    expect(places).toContainEqual(['app.kodex.us/coinbase-us', 'true']);
    expect(places).toContainEqual(['app.kodex.us/coinbase', 'false']);
    expect(places).toContainEqual(['app.kodexglobal.com/coinbase-intl', 'false']);
  });

  it('says "check again" on facts checked more than twelve months ago', () => {
    const fresh = mount([providerById('github')!], new Date('2027-06-01T12:00:00Z'));
    expect(fresh.querySelectorAll('.check-again').length).toBe(0);
    const stale = mount([providerById('github')!], new Date('2027-12-01T12:00:00Z'));
    expect(stale.querySelector('[data-fact="preservation"] .check-again')).not.toBeNull();
    expect(stale.querySelector('[data-channel="email"] .check-again')).not.toBeNull();
  });

  it('finds providers by name, product or channel address', () => {
    const root = mount(providers);
    const search = root.querySelector<HTMLInputElement>('[data-directory-search]')!;
    const type = (text: string) =>
      act(() => {
        search.value = text;
        search.dispatchEvent(new Event('input', { bubbles: true }));
      });
    type('telegram');
    expect(shownIds(root)).toEqual(['telegram']);
    type('lawenforcement@cloudflare.com');
    expect(shownIds(root)).toEqual(['cloudflare']);
    type('icloud');
    expect(shownIds(root)).toEqual(['apple']);
    type('no such provider');
    expect(shownIds(root)).toEqual([]);
    expect(root.querySelector('[data-directory-count]')!.textContent).toContain(`0 of ${providers.length}`);
  });
});
