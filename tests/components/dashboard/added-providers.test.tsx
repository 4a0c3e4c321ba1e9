import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { RegisterContext } from '../../../components/dashboard/context';
import { Dashboard } from '../../../components/dashboard/Dashboard';
import { record } from '../../register/fixtures';
import { dashboardStage, registerWith } from './harness';

const today = '2027-01-01';
const stage = dashboardStage();

const references = () => [...stage.container.querySelectorAll('[data-record]')].map((e) => e.getAttribute('data-reference')).sort();

describe('the provider filter and added portals', () => {
  it('lists a new provider of an added portal by the name given, once, and filters its records', async () => {
    const added = [
      { providerId: 'custom-example-provider', providerName: 'Example Provider' },
      { providerId: 'custom-example-provider', providerName: 'Example Provider' },
      { providerId: 'zoom', providerName: 'Zoom' },
    ];
    const records = [record({ reference: 'EXP-1', providerId: 'custom-example-provider' }), record({ reference: 'M-1', providerId: 'meta' })];
    const { service, register } = await registerWith(records, today, added);
    stage.opened = register;
    await act(() => {
      render(h(RegisterContext.Provider, { value: service }, h(Dashboard, { pageSize: 50 })), stage.container);
    });
    await expect.poll(references).toEqual(['EXP-1', 'M-1']);

    const select = stage.container.querySelector<HTMLSelectElement>('#filter-provider')!;
    const options = [...select.options].map((o) => [o.value, o.textContent]);
    expect(options.filter(([value]) => value === 'custom-example-provider')).toEqual([['custom-example-provider', 'Example Provider']]);
    expect(options.filter(([value]) => value === 'zoom')).toEqual([['zoom', 'Zoom']]);

    await act(() => {
      select.value = 'custom-example-provider';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(references).toEqual(['EXP-1']);
  });
});
