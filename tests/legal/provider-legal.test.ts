import { describe, expect, it } from 'vitest';
import { providers } from '../../providers/registry';
import { providerLegalSchema } from '../../providers/schema';
import { isOwnOrArchiveOrStatute } from '../../providers/source-hosts';
import { SOURCES } from '../../providers/sources';

const byUrl = new Map<string, { title: string; kind: string }>(Object.values(SOURCES).map((s) => [s.url, s]));
const withLegal = providers.filter((p) => p.legal);

describe('providers\' legal facts', () => {
  it('each cites catalogue entries, and an official one the provider\'s own page or a statute', () => {
    const wrong: string[] = [];
    for (const provider of withLegal) {
      for (const [key, fact] of Object.entries(provider.legal ?? {})) {
        for (const s of fact?.sources ?? []) {
          const entry = byUrl.get(s.url);
          if (!entry || entry.title !== s.title || entry.kind !== s.kind) wrong.push(`${provider.id}.legal.${key}: ${s.url}`);
        }
        if (fact?.confidence === 'official' && !fact.sources.some((s) => s.kind === 'official' && isOwnOrArchiveOrStatute(s.url, provider.ownDomains)))
          wrong.push(`${provider.id}.legal.${key}: official without the provider's own source`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('at least the route test providers are covered: a US provider and some without US headquarters', () => {
    const hq = (id: string) => providers.find((p) => p.id === id)?.legal?.headquarters?.value ?? null;
    expect(hq('meta')).toBe('US');
    expect(hq('yubo')).toBe('FR');
    expect(hq('telegram')).toBeNull();
  });

  it('the schema rejects a lower-case or three-letter country and an unknown EU addressee role', () => {
    const fact = (value: unknown) => ({ summary: 'Headquarters as the provider states it.', value, confidence: 'secondary', sources: [{ url: 'https://example.org/a', title: 'Some page', kind: 'secondary', checked: '2026-11-29', published: null }] });
    expect(providerLegalSchema.safeParse({ headquarters: fact('US'), euAddressee: null, answersDirectForeignRequests: null }).success).toBe(true);
    expect(providerLegalSchema.safeParse({ headquarters: fact('us'), euAddressee: null, answersDirectForeignRequests: null }).success).toBe(false);
    expect(providerLegalSchema.safeParse({ headquarters: fact('USA'), euAddressee: null, answersDirectForeignRequests: null }).success).toBe(false);
    const addressee = fact({ name: 'Some Ltd', country: 'IE', role: 'head-office' });
    expect(providerLegalSchema.safeParse({ headquarters: null, euAddressee: addressee, answersDirectForeignRequests: null }).success).toBe(false);
  });
});
