import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ProviderDirectory } from '../../components/dashboard/ProviderDirectory';
import { legalLines } from '../../providers/directory-view';
import { providerById } from '../../providers/registry';

const lines = (id: string) => Object.fromEntries(legalLines(providerById(id)!).map((l) => [l.key, l]));

describe('the directory\'s legal lines', () => {
  it('shows the EU entity with its role, the headquarters and direct requests, each with its confidence', () => {
    const meta = lines('meta');
    expect(meta.headquarters).toMatchObject({ text: 'US', confidence: 'official' });
    expect(meta.euAddressee?.text).toBe('Meta Platforms Ireland Ltd (IE), EU company named for EU users; e-Evidence designation not confirmed');
    expect(meta.answersDirectForeignRequests).toMatchObject({ text: 'not known', confidence: null, sources: [] });
    expect(lines('github').answersDirectForeignRequests).toMatchObject({ text: 'no: use MLA', confidence: 'official' });
    expect(lines('telegram').euAddressee?.text).toMatch(/Digital Services Act/);
  });

  it('says "not known" for every line of a provider without legal facts', () => {
    expect(legalLines(providerById('kik')!).map((l) => l.text)).toEqual(['not known', 'not known', 'not known']);
  });

  it('renders them in each provider\'s section with their sources', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ProviderDirectory providers={[providerById('x')!]} today={new Date('2026-11-29T12:00:00Z')} />, root));
    const eu = root.querySelector('[data-directory-provider="x"] [data-legal-fact="euAddressee"]')!;
    expect(eu.textContent).toContain('X Internet Unlimited Company (IE)');
    expect(eu.getAttribute('data-confidence')).toBe('official');
    expect(eu.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\/github\.com\/OpenTermsArchive\//);
    expect(root.querySelector('[data-legal-fact="answersDirectForeignRequests"]')!.getAttribute('data-confidence')).toBe('unknown');
  });
});
