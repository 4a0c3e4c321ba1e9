import { afterEach, describe, expect, it } from 'vitest';
import { PageSession } from '../../../entrypoints/guide/page-session';
import { DEFAULT_SETTINGS } from '../../../storage/settings';
import { fixture } from './fixture-page';

const guide = () => document.querySelector('quickfreeze-guide') as HTMLElement | null;
const microtask = () => Promise.resolve();

function open(name: string) {
  const page = fixture(name);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(page.url);
  document.body.innerHTML = page.html;
  return page;
}

describe('PageSession', () => {
  let session: PageSession;
  afterEach(() => session?.clear());

  it('shows the guide with provider and page kind, and merges the features’ slices into it', async () => {
    open('meta-preservation-react');
    session = new PageSession(document, { ...DEFAULT_SETTINGS });
    session.refresh();
    session.contribute('probe', { facts: [{ key: 'k', title: 'Probe fact', fact: null, isDefault: false } as never] });
    await microtask();
    expect(guide()?.dataset).toMatchObject({ provider: 'meta', page: 'preservation' });
    expect(guide()?.shadowRoot?.querySelector('[data-fact="k"]')).not.toBeNull();
  });

  it('reuses the recognition while only text is typed and its fields are on the page', () => {
    open('meta-preservation-react');
    session = new PageSession(document, { ...DEFAULT_SETTINGS });
    session.refresh();
    const first = session.recognition;
    session.refresh(new Set(['typing']));
    expect(session.recognition).toBe(first);
    session.refresh(new Set(['dom']));
    expect(session.recognition).not.toBe(first);
  });

  it('tells features it is leaving a recognition before replacing it, and drops the guide for a disabled provider', async () => {
    open('meta-preservation-react');
    session = new PageSession(document, { ...DEFAULT_SETTINGS });
    const events: string[] = [];
    const signal = new AbortController().signal;
    session.on('leaving', () => events.push(`leaving ${session.recognition?.page ?? 'none'}`), signal);
    session.on('recognized', () => events.push(`recognized ${session.recognition?.page ?? 'none'}`), signal);
    session.refresh();
    session.changeSettings({ ...DEFAULT_SETTINGS, disabledProviders: ['meta'] });
    await microtask();
    expect(events).toEqual(['recognized preservation', 'leaving preservation', 'recognized none']);
    expect(guide()).toBeNull();
  });
});
