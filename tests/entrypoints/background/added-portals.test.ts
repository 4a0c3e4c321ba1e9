import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addedPortalsHere, checkFactsFor, classifySenderWithAdded, enteredFacts, providerIdForUrl } from '../../../entrypoints/background/added-portals';
import { handlers } from '../../../entrypoints/background/handlers';
import { providerById } from '../../../providers/registry';
import { route, type Handlers } from '../../../entrypoints/background/router';
import { addedPortalFromInput, type AddedPortal, type AddedPortalInput } from '../../../storage/added-portals';
import { saveAddedPortals } from '../../../storage/added-portals-store';

const ID = 'quickfreeze-id';
const BASE = 'chrome-extension://quickfreeze-id/';
const URL_ON_ADDED = 'https://lers.example-provider.test/lers/preservation/new';
const sender = (patch: object = {}) => ({ id: ID, url: URL_ON_ADDED, tab: { id: 9 } as never, frameId: 0, ...patch });

function portal(provider: string, name: string, address: string, entered: Pick<AddedPortalInput, 'preservationDays' | 'notification'> = {}): AddedPortal {
  const result = addedPortalFromInput({ provider, name, address, ...entered }, [], '2025-03-01');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('identity of a guide on an added portal: from the URL the browser reports', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveAddedPortals([
      portal('', 'Example Provider', 'https://lers.example-provider.test/lers', { preservationDays: '120' }),
      portal('twitch', '', 'https://app.kodexglobal.com/twitchnew'),
    ]);
  });

  it('the top frame of a tab on an added portal is a guide of the added provider', async () => {
    expect(await classifySenderWithAdded(sender(), ID, BASE)).toEqual({ kind: 'guide', tabId: 9, frameId: 0, url: URL_ON_ADDED, providerId: 'custom-example-provider' });
  });

  it('an added Kodex tenant is its provider, not the generic Kodex entry; a named provider stays itself', async () => {
    expect(await classifySenderWithAdded(sender({ url: 'https://app.kodexglobal.com/twitchnew/signin' }), ID, BASE)).toMatchObject({ providerId: 'twitch' });
    expect(await classifySenderWithAdded(sender({ url: 'https://app.kodexglobal.com/unknownco/signin' }), ID, BASE)).toMatchObject({ providerId: 'kodex' });
    expect(await classifySenderWithAdded(sender({ url: 'https://lers.google.com/x' }), ID, BASE)).toMatchObject({ providerId: 'google' });
  });

  it.each([
    ['outside the path prefix', sender({ url: 'https://lers.example-provider.test/other' })],
    ['a sub-frame', sender({ frameId: 3 })],
    ['no tab', sender({ tab: undefined })],
    ['another extension', sender({ id: 'other' })],
    ['plain http', sender({ url: 'http://lers.example-provider.test/lers/x' })],
  ])('%s is nobody', async (_what, s) => {
    expect(await classifySenderWithAdded(s, ID, BASE)).toBeNull();
  });

  it('routes a guide message from an added portal with its provider, and refuses it from elsewhere', async () => {
    const handlers = { 'added-portals-here': (_r: object, s: { url: string }) => addedPortalsHere(s.url) } as unknown as Handlers;
    const answer = await route({ type: 'added-portals-here' }, await classifySenderWithAdded(sender(), ID, BASE), handlers);
    expect(answer).toEqual([{ id: 'custom-example-provider', name: 'Example Provider', locations: [{ host: 'lers.example-provider.test', pathPrefix: '/lers' }], urlPageKinds: [] }]);
    const outside = await classifySenderWithAdded(sender({ url: 'https://evil.test/lers' }), ID, BASE);
    expect(await route({ type: 'added-portals-here' }, outside, handlers)).toEqual({ refused: expect.any(String) });
  });

  it('the carried form follows the added provider (a tab moving to its confirmation page keeps it)', async () => {
    expect(await providerIdForUrl('https://lers.example-provider.test/lers/requests/done')).toBe('custom-example-provider');
    expect(await providerIdForUrl('https://app.kodexglobal.com/unknownco/x')).toBe('kodex');
    expect(await providerIdForUrl('https://elsewhere.test/')).toBeUndefined();
  });

  it('entered facts are marked as the investigator’s, never official, and only on their portal', async () => {
    const facts = await enteredFacts(URL_ON_ADDED);
    expect(facts).toEqual([expect.objectContaining({ key: 'entered-preservation', title: 'Preservation period (entered by you)' })]);
    expect(facts[0]!.fact).toMatchObject({ confidence: 'secondary', sources: [] });
    expect(facts[0]!.fact!.summary).toMatch(/^Entered by you, not an official fact/);
    expect(await enteredFacts('https://lers.google.com/')).toEqual([]);
  });
});

describe('checks on an added portal of a new provider: the sender’s portal, with what the investigator entered', () => {
  const EMERGENCY = {
    type: 'check-form',
    snapshot: {
      providerId: 'meta',
      page: 'emergency',
      fields: [
        { key: 'f0', role: 'emergency-description', kind: 'textarea', label: 'Describe', value: 'A child may be killed by the account holder.', checked: null, files: [] },
        { key: 'f1', role: 'ncmec-report-ids', kind: 'text', label: 'NCMEC reports', value: 'see attached', checked: null, files: [] },
      ],
    },
  };
  const rulesOf = (answer: unknown) => ((answer as { findings: Array<{ ruleId: string; severity: string; details?: string[] }> }).findings ?? []).map((f) => f.ruleId);
  const check = async (message: object = EMERGENCY) => route(message, await classifySenderWithAdded(sender(), ID, BASE), handlers);

  beforeEach(() => fakeBrowser.reset());

  it('runs the provider-independent rules, and the notification rule with the entered policy marked as entered by you', async () => {
    await saveAddedPortals([portal('', 'Example Provider', 'https://lers.example-provider.test/lers', { notification: 'notifies' })]);
    const answer = (await check()) as { findings: Array<{ ruleId: string; severity: string; details?: string[] }> };
    expect(rulesOf(answer)).toEqual(expect.arrayContaining(['emergency/imminence', 'emergency/timeframe', 'ncmec/report-id-format', 'notification/provider-notifies']));
    const notifies = answer.findings.find((f) => f.ruleId === 'notification/provider-notifies')!;
    expect(notifies.severity).toBe('warning');
    expect(notifies.details?.[0]).toMatch(/^Entered by you, not an official fact/);
    expect(rulesOf(answer)).not.toContain('notification/policy-unknown');
  });

  it('without an entered policy the notification rule stays silent ("not known"), the other rules still run', async () => {
    await saveAddedPortals([portal('', 'Example Provider', 'https://lers.example-provider.test/lers')]);
    const rules = rulesOf(await check());
    expect(rules).toContain('emergency/imminence');
    expect(rules).not.toContain('notification/provider-notifies');
  });

  it('a provider that does not notify, as entered, gets no notification warning', async () => {
    await saveAddedPortals([portal('', 'Example Provider', 'https://lers.example-provider.test/lers', { notification: 'does-not-notify' })]);
    const rules = rulesOf(await check());
    expect(rules).not.toContain('notification/provider-notifies');
    expect(rules).not.toContain('notification/policy-unknown');
  });

  it('the portal’s facts come from the sender’s URL: a known provider keeps its registry facts', async () => {
    expect(await checkFactsFor({ providerId: 'meta', url: 'https://elsewhere.test/' })).toBe(providerById('meta')!.facts);
    expect(await checkFactsFor({ providerId: 'custom-example-provider', url: 'https://elsewhere.test/' })).toBeUndefined();
  });
});
