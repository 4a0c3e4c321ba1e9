import { guideLookIn } from '../../components/guide/guide-text';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideHost } from '../../../entrypoints/guide/guide-host';
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
    // Drawn once the guide's messages are here (asked beside the settings), never with bare keys.
    expect(guide()?.shadowRoot?.querySelector('[data-fact="k"]') ?? null).toBeNull();
    session.changeText(guideLookIn('en'));
    await microtask();
    expect(guide()?.dataset).toMatchObject({ provider: 'meta', page: 'preservation' });
    expect(guide()?.shadowRoot?.querySelector('[data-fact="k"]')).not.toBeNull();
    // The stylesheet came with the messages and is in place with the first draw.
    expect(guide()?.shadowRoot?.querySelector('style')?.textContent).toBe(guideLookIn('en').styles);
  });

  it('draws once with the start-up answers: the guide comes with its panel when the answers it waits for are here', async () => {
    open('meta-preservation-react');
    session = new PageSession(document, { ...DEFAULT_SETTINGS });
    const draws = vi.spyOn(GuideHost.prototype, 'update');
    session.refresh();
    let answer!: () => void;
    session.awaitBeforeFirstDraw(new Promise<void>((resolve) => (answer = resolve)).then(() => session.contribute('probe', { facts: [{ key: 'k', title: 'Probe fact', fact: null, isDefault: false } as never] })));
    session.changeText(guideLookIn('en'));
    await microtask();
    expect(guide()).toBeNull();
    answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(guide()?.dataset).toMatchObject({ provider: 'meta', page: 'preservation' });
    expect(guide()!.shadowRoot!.querySelector('[data-fact="k"]')).not.toBeNull();
    expect(draws).toHaveBeenCalledTimes(1);
    // The wait's end, once drawn, draws nothing again (it did, 500 ms after every start).
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(draws).toHaveBeenCalledTimes(1);
    draws.mockRestore();
    // After the first draw nothing is waited for: a late answer's slice is drawn when it comes.
    session.awaitBeforeFirstDraw(new Promise(() => undefined));
    session.contribute('probe', null);
    await microtask();
    expect(guide()!.shadowRoot!.querySelector('[data-fact="k"]')).toBeNull();
  });

  it('draws without an answer that does not come, after a short wait', async () => {
    open('meta-preservation-react');
    session = new PageSession(document, { ...DEFAULT_SETTINGS });
    session.refresh();
    session.awaitBeforeFirstDraw(new Promise(() => undefined));
    session.changeText(guideLookIn('en'));
    await microtask();
    expect(guide()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(guide()!.shadowRoot!.querySelector('.panel')).not.toBeNull();
  });

  it('draws in the language the background sent and again when it changes; ar-XB right to left comes with the settings', async () => {
    open('meta-preservation-react');
    session = new PageSession(document, { ...DEFAULT_SETTINGS });
    session.refresh();
    session.changeText(guideLookIn('de'));
    await microtask();
    const shadow = () => guide()!.shadowRoot!;
    expect(shadow().querySelector('h2')!.textContent).toContain('Sicherungsersuchen');
    expect(shadow().querySelector('.footnote')!.textContent).toBe('Nur Hinweise. QuickFreeze füllt das Formular des Portals nie aus und sendet es nie ab.');
    expect(shadow().querySelector('.collapse')!.getAttribute('title')).toBe('Leitfaden einklappen');
    const heard: string[] = [];
    session.on('language', () => heard.push(session.text.locale), new AbortController().signal);
    session.changeText(guideLookIn('fr'));
    await microtask();
    expect(heard).toEqual(['fr']);
    expect(shadow().querySelector('.footnote')!.textContent).toContain('À titre indicatif');
    session.changeSettings({ ...DEFAULT_SETTINGS, dir: 'rtl' });
    session.changeText(guideLookIn('ar-XB'));
    await microtask();
    expect(Array.from(shadow().children).find((el) => el.tagName === 'DIV')!.getAttribute('dir')).toBe('rtl');
    expect(shadow().querySelector('.footnote')!.textContent).toContain('\u202E');
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
