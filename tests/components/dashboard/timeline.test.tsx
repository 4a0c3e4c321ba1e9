import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { RegisterContext } from '../../../components/dashboard/context';
import { Dashboard, type DashboardProps } from '../../../components/dashboard/Dashboard';
import { caseOptionValue } from '../../../components/dashboard/Filters';
import type { PreservationRecord } from '../../../register/schema';
import { record } from '../../register/fixtures';
import { dashboardStage, registerWith } from './harness';

const today = '2027-01-01';
const noProps: DashboardProps = {};
const stage = dashboardStage();

const until = stage.until;

async function show(records: PreservationRecord[]) {
  const { service, register } = await registerWith(records, today);
  stage.opened = register;
  await act(() => {
    render(h(RegisterContext.Provider, { value: service }, h(Dashboard, noProps)), stage.container);
  });
  await until(() => !!stage.container.querySelector('[data-counts]') && !!stage.container.querySelector('[data-timeline], [data-timeline-empty]'));
}

const countOf = (key: string) => stage.container.querySelector(`[data-count-of="${key}"] .count-value`)!.textContent;
const deadlines = () => [...stage.container.querySelectorAll('[data-timeline-table] tbody tr')].map((tr) => tr.getAttribute('data-deadline'));

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
    // GONE is superseded: its clock no longer runs, so it is in none of the three counts (it expires 2027-01-04).
    expect([countOf('active'), countOf('expiringSoon'), countOf('lapsed')]).toEqual(['2', '1', '1']);
    expect(stage.container.querySelector('[data-count-of="expiringSoon"]')!.textContent).toContain('Expiring within 14 days');
  });

  it('draws the next deadlines, soonest first, with the same data as a table that a button shows', async () => {
    await show(records());
    expect(deadlines()).toEqual(['SOONEST', 'NEXT', 'LATER']);
    expect(stage.container.querySelectorAll('[data-timeline-chart] [data-timeline-bar]')).toHaveLength(3);
    expect(stage.container.querySelector('[data-timeline-chart]')!.getAttribute('aria-hidden')).toBe('true');
    const soonest = stage.container.querySelector('[data-deadline="SOONEST"]')!.textContent!;
    expect(soonest).toContain('2026-10-05');
    expect(soonest).toContain('2027-01-03');
    expect(soonest).toContain('2 days');
    expect(soonest).toContain('expiring soon');

    const table = stage.container.querySelector('#timeline-table')!;
    expect(table.classList.contains('visually-hidden')).toBe(true);
    const toggle = stage.container.querySelector<HTMLButtonElement>('[data-action="toggle-timeline-table"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(() => toggle.click());
    expect(table.classList.contains('visually-hidden')).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('follows the case chosen in the filters', async () => {
    await show(records());
    const select = stage.container.querySelector<HTMLSelectElement>('#filter-case')!;
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
    expect(stage.container.querySelector('[data-timeline-empty]')).not.toBeNull();
    expect(countOf('lapsed')).toBe('1');
  });
});
