import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handlers } from '../../../entrypoints/background/handlers';
import { classifySender, route } from '../../../entrypoints/background/router';
import { guideRoutes } from '../../../entrypoints/background/routes';
import { routesFor } from '../../../legal/routes';
import { guideRoutesSchema } from '../../../messages/protocol';
import { providerById } from '../../../providers/registry';

const ID = 'quickfreeze-id';
const BASE = 'chrome-extension://quickfreeze-id/';
const fromTab = (url: string, message: object) => route(message, classifySender({ id: ID, url, tab: { id: 7 } as never, frameId: 0 }, ID, BASE), handlers);
const fromExtension = (message: object) => route(message, classifySender({ id: ID, url: `${BASE}dashboard.html` }, ID, BASE), handlers);
const metaPortal = 'https://www.facebook.com/records/x';
const DAY = '2026-11-29';
const meta = providerById('meta')!;
const ids = (answer: { routes: { id: string }[] }) => answer.routes.map((r) => r.id);

describe('guideRoutes', () => {
  it('gives the advisor’s routes for the country and authority, with only what the guide renders', () => {
    const answer = guideRoutes('meta', { country: 'DE', authority: 'prosecutor' }, DAY);
    expect(ids(answer)).toEqual(routesFor({ country: 'DE', authority: 'prosecutor' }, meta, DAY).map((r) => r.id));
    expect(ids(answer)).toEqual(expect.arrayContaining(['mla', 'eu-production-order', 'eu-preservation-order']));
    expect(guideRoutesSchema.safeParse(answer).success).toBe(true);
    const source = answer.routes[0]!.sources[0]!;
    expect(Object.keys(source).sort()).toEqual(['checked', 'title', 'url']);
  });

  it('answers no routes, and no guess, while the country is not set', () => {
    expect(guideRoutes('meta', { country: null, authority: 'judge' }, DAY)).toEqual({ country: null, authority: 'judge', routes: [] });
  });

  it('answers no routes for a portal without legal data (one the investigator added)', () => {
    expect(guideRoutes('my-portal', { country: 'DE', authority: 'police' }, DAY).routes).toEqual([]);
  });

  it('without an authority type, shows the routes as for the police and says the type is not set', () => {
    const answer = guideRoutes('meta', { country: 'DE', authority: null }, DAY);
    expect(answer.authority).toBeNull();
    const police = routesFor({ country: 'DE', authority: 'police' }, meta, DAY);
    expect(answer.routes.map((r) => r.issuers)).toEqual(police.map((r) => r.issuers));
  });
});

describe('the guide-routes message', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers for the provider of the sending tab, whatever the message names, with the stored country', async () => {
    await fakeBrowser.storage.local.set({ settings: { country: 'GB', authority: 'police' } });
    const answer = (await fromTab(metaPortal, { type: 'guide-routes', providerId: 'telegram', country: 'US' })) as { country: string; routes: { id: string; addressee: string | null }[] };
    expect(answer.country).toBe('GB');
    expect(ids(answer)).toContain('cloud-act-agreement');
    expect(ids(answer)).not.toContain('domestic-process');
  });

  it('follows the stored settings: a US investigator gets domestic process', async () => {
    await fakeBrowser.storage.local.set({ settings: { country: 'US', authority: 'judge' } });
    const answer = (await fromTab(metaPortal, { type: 'guide-routes' })) as { routes: { id: string }[] };
    expect(ids(answer)).toEqual(['domestic-process']);
  });

  it('is refused from an extension page and from a page that is not a portal', async () => {
    expect(await fromExtension({ type: 'guide-routes' })).toHaveProperty('refused');
    expect(await fromTab('https://evil.example/records', { type: 'guide-routes' })).toHaveProperty('refused');
  });
});

describe('the open-options message', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the options for the guide, and only for the guide', async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser.runtime as unknown as { openOptionsPage: unknown }).openOptionsPage = open;
    expect(await fromTab(metaPortal, { type: 'open-options' })).toEqual({ ok: true });
    expect(open).toHaveBeenCalledTimes(1);
    expect(await fromTab('https://evil.example/', { type: 'open-options' })).toHaveProperty('refused');
    expect(open).toHaveBeenCalledTimes(1);
  });
});
