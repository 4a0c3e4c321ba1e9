import { describe, expect, it } from 'vitest';
import facts from '../../../../entrypoints/guide/features/facts';
import { FakeSession } from '../fake-session';
import { fixture } from '../fixture-page';

describe('facts feature', () => {
  it('shows the provider’s facts for the recognized page kind, and follows the kind', () => {
    const page = fixture('meta-preservation-react');
    const session = new FakeSession(page.url).load(page.html);
    const controller = new AbortController();
    facts.init(session, controller.signal);
    const shown = session.slices.get('facts')!.facts!;
    expect(shown.length).toBeGreaterThan(0);
    expect(session.recognition!.page).toBe('preservation');

    session.contribute('facts', null);
    session.recognize(['dom']);
    expect(session.slices.get('facts')!.facts!.map((f) => f.key)).toEqual(shown.map((f) => f.key));
  });

  it('does nothing once stopped', () => {
    const page = fixture('meta-preservation-react');
    const session = new FakeSession(page.url).load(page.html);
    const controller = new AbortController();
    facts.init(session, controller.signal);
    controller.abort();
    session.contribute('facts', null);
    session.recognize(['dom']);
    expect(session.slices.has('facts')).toBe(false);
  });
});
