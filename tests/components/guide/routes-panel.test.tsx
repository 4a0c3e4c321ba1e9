import { GuideTextContext } from '../../../components/guide/guide-text';
import { guideTextIn } from './guide-text';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { RoutesPanel } from '../../../components/guide/RoutesPanel';
import { deadlineText } from '../../../components/RouteList';
import { guideRoutes } from '../../../entrypoints/background/routes';
import type { GuideRoutes } from '../../../messages/protocol';

const DAY = '2026-11-29';

function mount(answer: GuideRoutes, onOpenOptions = vi.fn()): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <GuideTextContext.Provider value={guideTextIn('en')}>
        <RoutesPanel providerName="Meta" answer={answer} onOpenOptions={onOpenOptions} />
      </GuideTextContext.Provider>,
      root,
    ),
  );
  return root;
}
const routeIds = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-route]')).map((el) => el.getAttribute('data-route'));

describe('RoutesPanel', () => {
  it('lists each route with its legal basis, deadlines, status date and sources opening in a new tab, collapsed', () => {
    const root = mount(guideRoutes('meta', { country: 'DE', authority: 'police' }, DAY));
    const details = root.querySelector('details[data-routes="DE"]') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toContain('Germany');
    expect(routeIds(root)).toEqual(['mla', 'eu-production-order', 'eu-preservation-order', 'budapest-24-7']);
    const epoc = root.querySelector('[data-route="eu-production-order"]')!;
    expect(epoc.textContent).toContain('Legal basis: EU e-Evidence Regulation, Arts. 4, 5, 10');
    expect(epoc.textContent).toContain('Answer: 10 days; Answer in an emergency: 8 hours');
    expect(epoc.textContent).toMatch(/Applies since 2026-08-18; status checked \d{4}-\d{2}-\d{2}/);
    const links = Array.from(epoc.querySelectorAll('a'));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.target).toBe('_blank');
      expect(a.rel).toContain('noopener');
    }
    expect(root.querySelector('[data-route="eu-preservation-order"]')!.textContent).toContain('Preservation: 60 days, extendable once by 30 days');
  });

  it('names who may issue each category for the authority type', () => {
    const root = mount(guideRoutes('meta', { country: 'DE', authority: 'judge' }, DAY));
    const verdicts = Array.from(root.querySelectorAll('[data-route="eu-production-order"] [data-verdict]')).map((li) => li.getAttribute('data-verdict'));
    expect(verdicts).toEqual(['may-issue', 'may-issue', 'may-issue']);
    expect(root.textContent).not.toContain('set your authority type');
  });

  it('says the routes are shown for the police while no authority type is set', () => {
    expect(mount(guideRoutes('meta', { country: 'DE', authority: null }, DAY)).textContent).toContain('set your authority type');
  });

  it('asks for the country, without guessing, and opens the options only on a trusted click', () => {
    const open = vi.fn();
    const root = mount({ country: null, authority: null, routes: [] }, open);
    expect(root.querySelector('[data-routes="country-unset"]')).not.toBeNull();
    expect(routeIds(root)).toEqual([]);
    const button = root.querySelector('button[data-action="open-options"]') as HTMLButtonElement;
    act(() => button.click()); // a script's click is untrusted
    expect(open).not.toHaveBeenCalled();
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    act(() => void button.dispatchEvent(trusted));
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('says so when no route is known', () => {
    expect(mount({ country: 'DE', authority: 'police', routes: [] }).textContent).toContain('knows no legal route from Germany');
  });
});

describe('deadlineText', () => {
  it.each([
    [{ what: 'Answer', days: 10, hours: null, extension: null }, 'Answer: 10 days'],
    [{ what: 'Validation', days: null, hours: 48, extension: null }, 'Validation: 48 hours'],
    [{ what: 'Preservation', days: 90, hours: null, extension: { days: 90, max: 1 } }, 'Preservation: 90 days, extendable once by 90 days'],
    [{ what: 'Hold', days: 1, hours: null, extension: { days: 30, max: 2 } }, 'Hold: 1 day, extendable up to 2 times by 30 days'],
  ])('%j', (deadline, text) => expect(deadlineText(deadline, guideTextIn('en').t)).toBe(text));
});
