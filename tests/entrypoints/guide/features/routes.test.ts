import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guideRoutes } from '../../../../entrypoints/background/routes';
import routes from '../../../../entrypoints/guide/features/routes';
import type { GuideRoutes } from '../../../../messages/protocol';
import type { Settings } from '../../../../storage/settings';
import { FakeSession, settle } from '../fake-session';
import { fixture } from '../fixture-page';

// The background answers for the tab's provider with the stored country; here the real answer for the fixture's.
const send = vi.hoisted(() => vi.fn());
vi.mock('../../../../messages/send-from-guide', () => ({ sendFromGuide: send }));

const DAY = '2026-11-29';
let stored: Pick<Settings, 'country' | 'authority'>;

describe('routes feature', () => {
  const page = fixture('meta-preservation-react');
  let session: FakeSession;
  beforeEach(() => {
    stored = { country: 'DE', authority: 'police' };
    send.mockReset();
    send.mockImplementation(async (type: string) => (type === 'guide-routes' ? guideRoutes('meta', stored, DAY) : { ok: true }));
    session = new FakeSession(page.url).load(page.html);
  });
  const shown = () => session.slices.get('routes')?.routes;
  const shownIds = () => shown()!.answer.routes.map((r) => r.id);

  it('asks the background (no provider in the message) and shows the routes for the investigator’s country', async () => {
    routes.init(session, new AbortController().signal);
    await settle();
    expect(send).toHaveBeenCalledWith('guide-routes', {});
    expect(shown()!.providerName).toBe('Meta');
    expect(shownIds()).toEqual(expect.arrayContaining(['mla', 'eu-production-order', 'eu-preservation-order']));
    expect(shownIds()).not.toContain('cloud-act-agreement');
  });

  it('asks once per provider, not on every recognition while typing', async () => {
    routes.init(session, new AbortController().signal);
    session.recognize(['typing']);
    session.recognize(['typing']);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('asks again when the settings change, and shows the new country’s routes', async () => {
    routes.init(session, new AbortController().signal);
    await settle();
    stored = { country: 'GB', authority: 'police' };
    session.emit('settings');
    session.recognize(['start']);
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(shownIds()).toContain('cloud-act-agreement');
    expect(shownIds()).not.toContain('eu-production-order');
  });

  it('passes on an unset country, so the guide asks for it, and opens the options on request', async () => {
    stored = { country: null, authority: null };
    routes.init(session, new AbortController().signal);
    await settle();
    expect(shown()!.answer).toEqual({ country: null, authority: null, routes: [] });
    shown()!.onOpenOptions();
    expect(send).toHaveBeenCalledWith('open-options', {});
  });

  it('drops an answer overtaken by a settings change', async () => {
    let resolveFirst!: (answer: GuideRoutes) => void;
    send.mockImplementationOnce(() => new Promise((resolve) => (resolveFirst = resolve)));
    routes.init(session, new AbortController().signal);
    stored = { country: 'US', authority: 'judge' };
    session.emit('settings');
    session.recognize(['start']);
    await settle();
    resolveFirst(guideRoutes('meta', { country: 'DE', authority: 'police' }, DAY));
    await settle();
    expect(shownIds()).toEqual(['domestic-process']);
  });

  it('shows nothing once stopped, nor when the background does not answer', async () => {
    const controller = new AbortController();
    routes.init(session, controller.signal);
    controller.abort();
    await settle();
    expect(session.slices.has('routes')).toBe(false);

    send.mockRejectedValue(new Error('no background'));
    routes.init(session, new AbortController().signal);
    await settle();
    expect(session.slices.has('routes')).toBe(false);
  });
});
