import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { portalForUrlWith } from '../../providers/portals';
import {
  addedPortalForUrl,
  addedPortalFromInput,
  customProviderId,
  guideMatchPatterns,
  originPattern,
  parsePortalAddress,
  portalEntryOf,
  type AddedPortal,
  type AddedPortalInput,
} from '../../storage/added-portals';
import { ADDED_PORTALS_KEY, loadAddedPortals, parseAddedPortals, saveAddedPortals } from '../../storage/added-portals-store';

const TODAY = '2025-03-01';
const input = (patch: Partial<AddedPortalInput>): AddedPortalInput => ({ provider: '', name: 'Example Provider', address: 'https://lers.example-provider.test/requests', ...patch });
function added(patch: Partial<AddedPortalInput> = {}, existing: AddedPortal[] = []): AddedPortal {
  const result = addedPortalFromInput(input(patch), existing, TODAY);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('the address an investigator types', () => {
  it.each([
    ['https://lers.example-provider.test/requests', { host: 'lers.example-provider.test', pathPrefix: '/requests' }],
    ['https://LERS.Example.com/', { host: 'lers.example.com' }],
    ['  https://portal.example.org/le/requests/  ', { host: 'portal.example.org', pathPrefix: '/le/requests' }],
  ])('reads %j', (address, expected) => expect(parsePortalAddress(address)).toEqual({ ok: true, value: expected }));

  it.each([
    ['http://lers.example.com/', /https/],
    ['https://*.example.com/', /wildcard/i],
    ['https://lers.example.*/', /wildcard/i],
    ['https://user:pw@lers.example.com/', /user name/],
    ['https://lers.example.com:8443/', /port/],
    ['https://192.168.1.20/', /domain name/],
    ['https://localhost/', /domain name/],
    ['https://lers.example.com/a?b=1', /\?/],
    ['https://lers.example.com/a%20b', /path/],
    ['javascript:alert(1)', /https/],
    ['not a url', /https/],
  ])('refuses %j', (address, reason) => {
    const result = parsePortalAddress(address);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});

describe('a portal to add', () => {
  it('a new provider gets a stable generated id, and the facts entered by the investigator', () => {
    const portal = added({ name: 'Example Provider Inc.', preservationDays: '120', notification: 'notifies' });
    expect(portal).toEqual({
      providerId: 'custom-example-provider-inc',
      providerName: 'Example Provider Inc.',
      host: 'lers.example-provider.test',
      pathPrefix: '/requests',
      entered: { preservationDays: 120, notification: 'notifies' },
      addedOn: TODAY,
    });
    expect(customProviderId('Example Provider Inc.')).toBe(portal.providerId);
    expect(customProviderId('  ')).toBe('custom-portal');
  });

  it('a known provider keeps its id and name (a provider’s second portal, a new Kodex tenant)', () => {
    expect(added({ provider: 'discord', name: 'ignored', address: 'https://safety.discord-portal.test/' })).toMatchObject({ providerId: 'discord', providerName: 'Discord' });
    expect(added({ provider: 'twitch', address: 'https://app.kodexglobal.com/twitchnew' })).toMatchObject({ providerId: 'twitch', host: 'app.kodexglobal.com', pathPrefix: '/twitchnew' });
  });

  it.each([
    ['a host QuickFreeze already knows', { address: 'https://lers.google.com/other' }, /already a portal QuickFreeze knows \(Google\)/],
    ['another path of a known big-site portal', { address: 'https://www.facebook.com/elsewhere' }, /already a portal/],
    ['a Kodex tenant a provider file claims', { address: 'https://app.kodexglobal.com/discord' }, /Discord/],
    ['a whole Kodex host', { address: 'https://app.kodex.us/' }, /tenant/],
    ['an unknown provider id', { provider: 'nope' }, /Unknown provider/],
    ['no name for a new provider', { name: ' ' }, /name/],
    ['a preservation period that is not days', { preservationDays: 'ninety' }, /days/],
    ['a preservation period out of range', { preservationDays: '0' }, /preservation period/],
  ])('refuses %s', (_what, patch, reason) => {
    const result = addedPortalFromInput(input(patch), [], TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  it('refuses the same address twice (path compared without case)', () => {
    const first = added();
    const again = addedPortalFromInput(input({ address: 'https://lers.example-provider.test/Requests/' }), [first], TODAY);
    expect(again).toEqual({ ok: false, error: expect.stringMatching(/already added/) });
  });

  it('asks for the origin only, and runs the guide only under the path prefix', () => {
    const portal = added();
    expect(originPattern(portal)).toBe('https://lers.example-provider.test/*');
    expect(guideMatchPatterns(portal)).toEqual([
      'https://lers.example-provider.test/requests',
      'https://lers.example-provider.test/requests/*',
      'https://lers.example-provider.test/requests?*',
    ]);
  });
});

describe('which portal a URL is on', () => {
  const custom = added();
  const tenant = added({ provider: 'twitch', address: 'https://app.kodexglobal.com/twitchnew' });
  const portals = [custom, tenant];

  it('an added portal covers its path prefix by whole segments, on https only', () => {
    expect(addedPortalForUrl(portals, 'https://lers.example-provider.test/requests/new')).toBe(custom);
    expect(addedPortalForUrl(portals, 'https://lers.example-provider.test/requestsx')).toBeNull();
    expect(addedPortalForUrl(portals, 'http://lers.example-provider.test/requests')).toBeNull();
    expect(addedPortalForUrl(portals, 'https://evil.test/lers.example-provider.test/requests')).toBeNull();
  });

  it('the guide: a named provider wins, then an added portal, then the generic Kodex entry', () => {
    const entries = portals.map(portalEntryOf);
    expect(portalForUrlWith('https://lers.example-provider.test/requests/new', entries)?.id).toBe('custom-example-provider');
    expect(portalForUrlWith('https://app.kodexglobal.com/twitchnew/signin', entries)?.id).toBe('twitch');
    expect(portalForUrlWith('https://app.kodexglobal.com/othertenant/signin', entries)?.id).toBe('kodex');
    expect(portalForUrlWith('https://app.kodexglobal.com/discord/signin', entries)?.id).toBe('discord');
    expect(portalForUrlWith('https://lers.google.com/', entries)?.id).toBe('google');
  });

  it('an added Kodex tenant keeps the Kodex URL page kinds', () => {
    expect(portalEntryOf(tenant).urlPageKinds.length).toBeGreaterThan(0);
    expect(portalEntryOf(custom)).toEqual({
      id: 'custom-example-provider',
      name: 'Example Provider',
      locations: [{ host: 'lers.example-provider.test', pathPrefix: '/requests' }],
      urlPageKinds: [],
    });
  });
});

describe('the stored list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips, and a malformed stored list reads as empty rather than half', async () => {
    const portal = added();
    await saveAddedPortals([portal]);
    expect(await loadAddedPortals()).toEqual([portal]);
    await fakeBrowser.storage.local.set({ [ADDED_PORTALS_KEY]: [portal, { ...portal, host: 'x' }] });
    expect(await loadAddedPortals()).toEqual([]);
    expect(parseAddedPortals(undefined)).toEqual([]);
  });

  it('a write is validated whole: a bad entry leaves the stored list as it was', async () => {
    const portal = added();
    await saveAddedPortals([portal]);
    await expect(saveAddedPortals([portal, { ...portal, host: 'https://*.test' }])).rejects.toThrow();
    expect(await loadAddedPortals()).toEqual([portal]);
  });
});
