import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegisterContext } from '../../../components/dashboard/context';
import { Dashboard, type DashboardProps } from '../../../components/dashboard/Dashboard';
import { caseOptionValue } from '../../../components/dashboard/Filters';
import type { PreservationRecord } from '../../../register/schema';
import type { Register } from '../../../storage/register';
import { record } from '../../register/fixtures';
import { registerWith } from './harness';

const today = '2027-01-01';
const noProps: DashboardProps = {};
let container: HTMLElement;
let opened: Register | null = null;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  opened?.close();
  opened = null;
});

async function until(done: () => boolean) {
  for (let i = 0; i < 2000; i++) {
    if (done()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
  throw new Error('The dashboard did not finish reading the register.');
}

async function show(records: PreservationRecord[]) {
  const { service, register } = await registerWith(records, today);
  opened = register;
  await act(() => {
    render(h(RegisterContext.Provider, { value: service }, h(Dashboard, noProps)), container);
  });
  await until(() => !!container.querySelector('[data-counts]') && !!container.querySelector('[data-timeline], [data-timeline-empty]'));
}

const countOf = (key: string) => container.querySelector(`[data-count-of="${key}"] .count-value`)!.textContent;
const deadlines = () => [...container.querySelectorAll('[data-timeline-table] tbody tr')].map((tr) => tr.getAttribute('data-deadline'));

describe('the register page at a glance', () => {
  const records = () => [
    record({ reference: 'LATER', preservedOn: '2026-12-20' }), // expires 2027-03-20
    record({ reference: 'LAPSED', preservedOn: '2026-09-01' }), // expired 2026-11-30
    record({ reference: 'SOONEST', preservedOn: '2026-10-05' }), // expires 2027-01-03
    record({ reference: 'GONE', preservedOn: '2026-10-06', supersededOn: '2026-12-01' }),
    record({ reference: 'NEXT', preservedOn: '2026-10-20', caseNumber: 'CASE-9', extensions: [] }), // expires 2027-01-18
  ];

  it('counts preservations active, expiring within 14 days and lapsed', async () => {
    await show(records());
    // GONE is superseded but still counted by its expiry (2027-01-04): the counts come from the expiry index.
    expect([countOf('active'), countOf('expiringSoon'), countOf('lapsed')]).toEqual(['2', '2', '1']);
    expect(container.querySelector('[data-count-of="expiringSoon"]')!.textContent).toContain('Expiring within 14 days');
  });

  it('draws the next deadlines, soonest first, with the same data as a table that a button shows', async () => {
    await show(records());
    expect(deadlines()).toEqual(['SOONEST', 'NEXT', 'LATER']);
    expect(container.querySelectorAll('[data-timeline-chart] [data-timeline-bar]')).toHaveLength(3);
    expect(container.querySelector('[data-timeline-chart]')!.getAttribute('aria-hidden')).toBe('true');
    const soonest = container.querySelector('[data-deadline="SOONEST"]')!.textContent!;
    expect(soonest).toContain('2026-10-05');
    expect(soonest).toContain('2027-01-03');
    expect(soonest).toContain('2 days');
    expect(soonest).toContain('expiring soon');

    const table = container.querySelector('#timeline-table')!;
    expect(table.classList.contains('visually-hidden')).toBe(true);
    const toggle = container.querySelector<HTMLButtonElement>('[data-action="toggle-timeline-table"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(() => toggle.click());
    expect(table.classList.contains('visually-hidden')).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('follows the case chosen in the filters', async () => {
    await show(records());
    const select = container.querySelector<HTMLSelectElement>('#filter-case')!;
    await until(() => [...select.options].some((o) => o.value === caseOptionValue('CASE-9')));
    await act(() => {
      select.value = caseOptionValue('CASE-9');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => deadlines().length === 1);
    expect(deadlines()).toEqual(['NEXT']);
  });

  it('says so when nothing has a deadline ahead', async () => {
    await show([record({ reference: 'OLD', preservedOn: '2025-01-01' })]);
    expect(container.querySelector('[data-timeline-empty]')).not.toBeNull();
    expect(countOf('lapsed')).toBe('1');
  });
});
