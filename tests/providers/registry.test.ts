import { describe, expect, it } from 'vitest';
import { providers, providerForUrl, isProviderPortal } from '../../providers/registry';
import { providerSchema } from '../../providers/schema';

const CONTRACT_IDS = ['meta', 'google', 'snap', 'x', 'zoom', 'microsoft', 'apple', 'uber', 'airbnb', 'amazon', 'yahoo', 'tiktok',
  'discord', 'pinterest', 'reddit', 'roblox', 'coinbase', 'binance', 'linkedin', 'kik', 'kodex'];

const NOT_PORTALS = [
  'https://www.facebook.com/',
  'https://www.facebook.com/recordsmusic',
  'https://www.facebook.com/some.page/records',
  'https://www.google.com/search?q=lers',
  'https://mail.google.com/mail/u/0/',
  'https://x.com/home',
  'https://twitter.com/legalrequests',
  'https://www.tiktok.com/@someone',
  'https://discord.com/app',
  'https://www.airbnb.com/rooms/123',
  'https://www.airbnb.com/lertx',
  'https://www.binance.com/en/trade/BTC_USDT',
  'https://www.binance.com/en/support/faq',
  'https://www.whatsapp.com/download',
  'https://www.tiktok.com/legal/page/global/terms-of-service',
  'https://kodexglobal.com/verify',
  'https://example.com/preservation-request',
  'http://lers.google.com/',
  'https://lers.google.com.evil.example/',
  'https://evil-lers.google.com.example/',
  'not a url',
];

describe('provider registry', () => {
  it('has every provider of contract section 1, with unique ids', () => {
    const ids = providers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of CONTRACT_IDS) expect(ids).toContain(id);
  });

  it.each(providers.map((p) => [p.id, p] as const))('%s matches the schema: every fact has a source', (_id, provider) => {
    const result = providerSchema.safeParse(provider);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('the schema rejects a fact without a source and an "official" fact from a secondary source', () => {
    const base = providers.find((p) => p.id === 'x')!;
    const unsourced = { ...base, facts: { ...base.facts, legalEntity: { summary: 'X Corp. answers requests.', value: 'X Corp.', confidence: 'official', sources: [] } } };
    expect(providerSchema.safeParse(unsourced).success).toBe(false);
    const overclaimed = {
      ...base,
      facts: {
        ...base.facts,
        legalEntity: {
          summary: 'X Corp. answers requests.',
          value: 'X Corp.',
          confidence: 'official',
          sources: [{ url: 'https://blog.example/x', title: 'A blog', kind: 'secondary', checked: '2026-11-24', published: null }],
        },
      },
    };
    expect(providerSchema.safeParse(overclaimed).success).toBe(false);
  });
});

describe('portal URL predicates: each provider takes its own examples and nobody else’s', () => {
  for (const provider of providers) {
    it(`${provider.id}`, () => {
      for (const url of provider.exampleUrls) {
        expect(providerForUrl(url)?.id, url).toBe(provider.id);
        expect(isProviderPortal(provider, url), url).toBe(true);
      }
      for (const other of providers) {
        if (other.id === provider.id) continue;
        for (const url of other.exampleUrls) expect(isProviderPortal(provider, url), `${provider.id} must reject ${url}`).toBe(false);
      }
      for (const url of NOT_PORTALS) expect(isProviderPortal(provider, url), `${provider.id} must reject ${url}`).toBe(false);
    });
  }

  it('maps Kodex tenants by the first path segment on both Kodex hosts, unknown tenants to kodex', () => {
    expect(providerForUrl('https://app.kodexglobal.com/discord/requests/new')?.id).toBe('discord');
    expect(providerForUrl('https://app.kodex.us/discord/signin')?.id).toBe('discord');
    expect(providerForUrl('https://app.kodex.us/coinbase-intl/signup')?.id).toBe('coinbase');
    expect(providerForUrl('https://app.kodexglobal.com/Roblox/signin')?.id).toBe('roblox');
    expect(providerForUrl('https://app.kodexglobal.com/slack/signin')?.id).toBe('kodex');
    expect(providerForUrl('https://app.kodex.us/')?.id).toBe('kodex');
  });
});
