import { describe, expect, it } from 'vitest';
import { dayIn } from '../../legal/dates';
import { ROUTE_IDS, type AuthorityType, type Route, type RouteId } from '../../legal/route-types';
import { routesFor, routesForCategory, type RouteProvider } from '../../legal/routes';
import { providers } from '../../providers/registry';

const provider = (id: string): RouteProvider => {
  const found = providers.find((p) => p.id === id);
  if (!found) throw new Error(`no provider ${id}`);
  return found;
};
const meta = provider('meta'); // US headquarters, EU entity in Ireland, direct requests not known
const uber = provider('uber'); // US headquarters, answers direct foreign requests, EU entity in the Netherlands
const yubo = provider('yubo'); // headquarters in France
const telegram = provider('telegram'); // headquarters not known, a DSA representative in Belgium
const TODAY = '2026-11-29';

const ids = (country: string, p: RouteProvider, today = TODAY, authority: AuthorityType = 'prosecutor'): RouteId[] =>
  routesFor({ country, authority }, p, today).map((r) => r.id).sort();
const route = (country: string, p: RouteProvider, id: RouteId, authority: AuthorityType = 'prosecutor', today = TODAY): Route => {
  const found = routesFor({ country, authority }, p, today).find((r) => r.id === id);
  if (!found) throw new Error(`${id} not offered to ${country}`);
  return found;
};
const sorted = (list: RouteId[]) => [...list].sort();

describe('routes to a US provider (Meta)', () => {
  it.each([
    ['US', ['domestic-process']],
    ['DE', ['mla', 'eu-production-order', 'eu-preservation-order', 'budapest-24-7']],
    ['DK', ['mla', 'budapest-24-7']],
    ['GB', ['mla', 'cloud-act-agreement', 'budapest-24-7']],
    ['AU', ['mla', 'cloud-act-agreement', 'budapest-24-7']],
    ['BR', ['mla', 'budapest-24-7']],
    ['IE', ['domestic-process', 'mla']],
  ] as [string, RouteId[]][])('an investigator in %s gets %j', (country, expected) => {
    expect(ids(country, meta)).toEqual(sorted(expected));
  });

  it('voluntary disclosure only where the provider answers direct foreign requests, and never for content', () => {
    expect(ids('DE', uber)).toEqual(sorted(['voluntary-disclosure', 'mla', 'eu-production-order', 'eu-preservation-order', 'budapest-24-7']));
    expect(ids('US', uber)).toEqual(['domestic-process']);
    const routes = routesFor({ country: 'BR', authority: 'police' }, uber, TODAY);
    expect(routesForCategory(routes, 'subscriber').map((r) => r.id)).toContain('voluntary-disclosure');
    expect(routesForCategory(routes, 'content').map((r) => r.id)).not.toContain('voluntary-disclosure');
    expect(ids('BR', provider('github'))).not.toContain('voluntary-disclosure');
  });

  it('US process: a prosecutor issues a subpoena, a court the rest; 2703(f) preservation 90 days, once extendable by 90', () => {
    const forProsecutor = route('US', meta, 'domestic-process');
    expect(forProsecutor.issuers.map((i) => [i.category, i.verdict])).toEqual([
      ['subscriber', 'may-issue'],
      ['traffic', 'needs-other-authority'],
      ['content', 'needs-other-authority'],
    ]);
    expect(route('US', meta, 'domestic-process', 'police').issuers.every((i) => i.verdict === 'needs-other-authority')).toBe(true);
    expect(route('US', meta, 'domestic-process', 'judge').issuers.every((i) => i.verdict === 'may-issue')).toBe(true);
    expect(forProsecutor.deadlines).toEqual([{ what: 'Preservation under 2703(f)', days: 90, hours: null, extension: { days: 90, max: 1 } }]);
    expect(forProsecutor.basis.map((b) => b.instrument)).toEqual(['us-2702-2703', 'us-2703f']);
  });

  it('the CLOUD Act route names its agreement\'s date, and is not there before it entered into force', () => {
    expect(route('GB', meta, 'cloud-act-agreement').status).toMatchObject({ state: 'in-force', since: '2022-10-03' });
    expect(route('AU', meta, 'cloud-act-agreement').status.since).toBe('2024-01-31');
    expect(ids('AU', meta, '2024-01-30')).not.toContain('cloud-act-agreement');
    expect(ids('AU', meta, '2024-01-31')).toContain('cloud-act-agreement');
    expect(ids('GB', yubo)).not.toContain('cloud-act-agreement');
  });
});

describe('EU e-Evidence orders', () => {
  it('apply from 18 August 2026, not the day before', () => {
    expect(ids('DE', meta, '2026-08-17')).toEqual(sorted(['mla', 'budapest-24-7']));
    expect(ids('DE', meta, '2026-08-18')).toEqual(sorted(['mla', 'eu-production-order', 'eu-preservation-order', 'budapest-24-7']));
    const lateOn17thUtc = new Date('2026-08-17T23:30:00Z');
    expect(ids('DE', meta, dayIn(lateOn17thUtc, 'Europe/Berlin'))).toContain('eu-production-order');
  });

  it('never for Denmark, nor for a country outside the EU', () => {
    for (const country of ['DK', 'US', 'GB', 'AU', 'BR']) expect(ids(country, meta, '2027-01-01')).not.toContain('eu-production-order');
  });

  it('go to the provider\'s EU entity in another member state, with a caveat that its designation is not confirmed', () => {
    const order = route('DE', meta, 'eu-production-order');
    expect(order.addressee).toBe('Meta Platforms Ireland Ltd (IE)');
    expect(order.caveats.join(' ')).toMatch(/not confirmed/);
    expect(order.status).toMatchObject({ state: 'applies', since: '2026-08-18' });
  });

  it('answer within 10 days or 8 hours in an emergency; emergency validation within 48 hours; EPOC-PR 60 days, once 30 more', () => {
    expect(route('DE', meta, 'eu-production-order').deadlines.map((d) => [d.days, d.hours])).toEqual([[10, null], [null, 8], [null, 48]]);
    expect(route('DE', meta, 'eu-preservation-order').deadlines).toEqual([{ what: 'Preservation', days: 60, hours: null, extension: { days: 30, max: 1 } }]);
  });

  it('who may issue: a judge anything, a prosecutor subscriber data and preservation, police only with validation', () => {
    const verdicts = (authority: AuthorityType, id: RouteId) => route('DE', meta, id, authority).issuers.map((i) => i.verdict);
    expect(verdicts('judge', 'eu-production-order')).toEqual(['may-issue', 'may-issue', 'may-issue']);
    expect(verdicts('prosecutor', 'eu-production-order')).toEqual(['may-issue', 'needs-validation', 'needs-validation']);
    expect(verdicts('police', 'eu-production-order')).toEqual(['needs-validation', 'needs-validation', 'needs-validation']);
    expect(verdicts('prosecutor', 'eu-preservation-order')).toEqual(['may-issue', 'may-issue', 'may-issue']);
    expect(verdicts('police', 'eu-preservation-order')).toEqual(['needs-validation', 'needs-validation', 'needs-validation']);
    expect(route('DE', meta, 'eu-production-order', 'prosecutor').issuers[2]?.who).toMatch(/judge/);
    expect(route('DE', meta, 'eu-production-order', 'prosecutor').issuers[2]?.who).not.toMatch(/prosecutor/);
  });
});

describe('routes to providers without US headquarters', () => {
  it.each([
    ['US', ['mla', 'budapest-24-7']],
    ['DE', ['mla', 'eu-production-order', 'eu-preservation-order', 'budapest-24-7']],
    ['DK', ['mla', 'budapest-24-7']],
    ['GB', ['mla', 'budapest-24-7']],
    ['AU', ['mla', 'budapest-24-7']],
    ['BR', ['mla', 'budapest-24-7']],
    ['FR', ['domestic-process']],
  ] as [string, RouteId[]][])('Yubo (France): an investigator in %s gets %j', (country, expected) => {
    expect(ids(country, yubo)).toEqual(sorted(expected));
  });

  it('Yubo: the EU orders go to the French company itself; the French get their own process', () => {
    expect(route('DE', yubo, 'eu-preservation-order').addressee).toBe('Yubo (FR)');
    expect(route('FR', yubo, 'domestic-process').basis).toEqual([{ instrument: null, title: 'Your national criminal procedure law', article: null }]);
  });

  it.each([
    ['US', ['mla']],
    ['DE', ['mla', 'eu-production-order', 'eu-preservation-order']],
    ['DK', ['mla']],
    ['GB', ['mla']],
    ['AU', ['mla']],
    ['BR', ['mla']],
  ] as [string, RouteId[]][])('Telegram (headquarters not known): an investigator in %s gets %j', (country, expected) => {
    expect(ids(country, telegram)).toEqual(sorted(expected));
  });

  it('Telegram: unknown facts become caveats, never a guess', () => {
    expect(route('DE', telegram, 'mla').caveats.join(' ')).toMatch(/headquarters is not known/);
    const order = route('DE', telegram, 'eu-production-order');
    expect(order.addressee).toBeNull();
    expect(order.caveats.join(' ')).toMatch(/does not know/);
    expect(order.caveats.join(' ')).toMatch(/Digital Services Act/);
  });

  it('a provider with no legal facts at all gets only MLA, with a caveat', () => {
    const unknown: RouteProvider = { id: 'nobody', name: 'Nobody' };
    expect(ids('US', unknown)).toEqual(['mla']);
    expect(ids('DE', unknown, '2026-08-17')).toEqual(['mla']);
  });
});

describe('every route', () => {
  const all = ['US', 'DE', 'DK', 'GB', 'AU', 'BR', 'FR', 'IE'].flatMap((country) =>
    [meta, uber, yubo, telegram].flatMap((p) => routesFor({ country, authority: 'police' }, p, TODAY)),
  );

  it('has a contract id, a basis, a checked status date, sources and an issuer per category', () => {
    expect(new Set(all.map((r) => r.id))).toEqual(new Set(ROUTE_IDS));
    for (const r of all) {
      expect(r.basis.length, r.id).toBeGreaterThan(0);
      expect(r.status.checked, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      expect(r.issuers.map((i) => i.category), r.id).toEqual(r.categories);
    }
  });

  it('is secondary when any fact it rests on is secondary', () => {
    expect(route('GB', meta, 'cloud-act-agreement').confidence).toBe('secondary');
    expect(route('DE', uber, 'voluntary-disclosure').confidence).toBe('secondary');
  });

  it('needs a country: no routes without a valid ISO code', () => {
    expect(routesFor({ country: '', authority: 'police' }, meta, TODAY)).toEqual([]);
    expect(routesFor({ country: 'DEU', authority: 'police' }, meta, TODAY)).toEqual([]);
    expect(ids('de', meta)).toEqual(ids('DE', meta));
  });
});
