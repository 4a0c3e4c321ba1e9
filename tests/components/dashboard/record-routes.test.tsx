import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { InvestigatorContext } from '../../../components/dashboard/investigator';
import { RecordRoutes } from '../../../components/dashboard/RecordRoutes';
import { routesFor } from '../../../legal/routes';
import { providerById } from '../../../providers/registry';
import { updateSettings } from '../../../storage/settings';

const DAY = '2026-11-29';
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function mount(providerId: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<RecordRoutes providerId={providerId} today={DAY} />, root));
  await settle();
  return root;
}
const routeIds = (root: HTMLElement) => Array.from(root.querySelectorAll('[data-route]')).map((el) => el.getAttribute('data-route'));

describe('RecordRoutes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('without a country, one line with a link to the options and no route', async () => {
    const root = await mount('meta');
    const line = root.querySelector('[data-record-routes="country-unset"]')!;
    expect(line.querySelector('a')!.getAttribute('href')).toBe('options.html');
    expect(routeIds(root)).toEqual([]);
  });

  it('lists the advisor’s routes for the country, each as id and legal basis, details closed', async () => {
    await updateSettings({ country: 'DE', authority: 'prosecutor' });
    const root = await mount('meta');
    const expected = routesFor({ country: 'DE', authority: 'prosecutor' }, providerById('meta')!, DAY).map((r) => r.id);
    expect(routeIds(root)).toEqual(expected);
    expect(expected).toContain('eu-preservation-order');
    const item = root.querySelector('[data-route="eu-preservation-order"]')!;
    expect(item.querySelector('summary')!.textContent).toBe('eu-preservation-order — EU e-Evidence Regulation, Arts. 4(3), 6, 11');
    expect((item.querySelector('details') as HTMLDetailsElement).open).toBe(false);
    expect(item.textContent).toContain('Preservation: 60 days, extendable once by 30 days');
    expect(item.textContent).toMatch(/status checked \d{4}-\d{2}-\d{2}/);
  });

  it('follows a change of country made in the options while open', async () => {
    await updateSettings({ country: 'DE' });
    const root = await mount('google');
    expect(routeIds(root)).not.toContain('cloud-act-agreement');
    await act(async () => void (await updateSettings({ country: 'GB' })));
    await settle();
    expect(routeIds(root)).toContain('cloud-act-agreement');
    expect(root.textContent).toContain('United Kingdom');
    expect(root.textContent).toContain('set your authority type');
  });

  it('shows nothing for a provider without legal data (a portal the investigator added)', async () => {
    await updateSettings({ country: 'DE' });
    const root = await mount('my-portal');
    expect(root.textContent).toBe('');
  });

  it('on the register page, takes the investigator the page read once instead of reading the settings itself', async () => {
    // The stored settings say nothing; the page's investigator says GB: the records follow the page.
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <InvestigatorContext.Provider value={{ country: 'GB', authority: 'police' }}>
          <RecordRoutes providerId="google" today={DAY} />
          <RecordRoutes providerId="meta" today={DAY} />
        </InvestigatorContext.Provider>,
        root,
      ),
    );
    await settle();
    expect(root.querySelectorAll('[data-record-routes="GB"]')).toHaveLength(2);
    expect(routeIds(root)).toContain('cloud-act-agreement');
  });
});
