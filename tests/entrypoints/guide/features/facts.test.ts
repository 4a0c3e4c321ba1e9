import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guideFacts } from '../../../../entrypoints/background/guide-facts';
import facts from '../../../../entrypoints/guide/features/facts';
import { FakeSession } from '../fake-session';
import { fixture } from '../fixture-page';

// The background answers with the facts of the tab's provider; here, the real answer for the fixture's provider.
const send = vi.hoisted(() => vi.fn());
vi.mock('../../../../messages/send-from-guide', () => ({ sendFromGuide: send }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('facts feature', () => {
  beforeEach(() => {
    send.mockReset();
    send.mockImplementation(async (type: string, request: { page: 'preservation' }) => (type === 'page-facts' ? guideFacts('meta', request.page) : null));
  });

  it('asks the background for the facts of the recognized page kind, shows them, and follows the kind', async () => {
    const page = fixture('meta-preservation-react');
    const session = new FakeSession(page.url).load(page.html);
    const controller = new AbortController();
    facts.init(session, controller.signal);
    await settle();
    expect(send).toHaveBeenCalledWith('page-facts', { page: 'preservation' });
    const shown = session.slices.get('facts')!.facts!;
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]!.fact?.sources.length).toBeGreaterThan(0);

    session.recognize(['dom']);
    await settle();
    expect(session.slices.get('facts')!.facts!.map((f) => f.key)).toEqual(shown.map((f) => f.key));
  });

  it('asks once per provider and page kind, not on every recognition while typing', async () => {
    const page = fixture('meta-preservation-react');
    const session = new FakeSession(page.url).load(page.html);
    facts.init(session, new AbortController().signal);
    await settle();
    session.recognize(['typing']);
    session.recognize(['typing']);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('drops an answer that arrives after the feature stopped', async () => {
    const page = fixture('meta-preservation-react');
    const session = new FakeSession(page.url).load(page.html);
    const controller = new AbortController();
    facts.init(session, controller.signal);
    controller.abort();
    await settle();
    expect(session.slices.has('facts')).toBe(false);
  });

  it('shows nothing rather than failing when the background does not answer', async () => {
    send.mockRejectedValue(new Error('no background'));
    const page = fixture('meta-preservation-react');
    const session = new FakeSession(page.url).load(page.html);
    facts.init(session, new AbortController().signal);
    await settle();
    expect(session.slices.has('facts')).toBe(false);
  });
});
