import { describe, expect, it } from 'vitest';
import { monthTicks, nextDeadlines, positionIn, registerCounts, timelineBar, timelineSpan } from '../../register/timeline';
import { record } from './fixtures';

const today = '2027-01-01';

describe('the expiry timeline', () => {
  it('draws a preservation from its preservation date to its expiry, with its extensions and the expiry they moved', () => {
    const extended = record({ preservedOn: '2026-11-01', extensions: [{ id: 'e1', requestedOn: '2027-01-20', reference: null }] });
    const bar = timelineBar(extended, today);
    expect(bar).toMatchObject({ start: '2026-11-01', end: '2027-04-30', firstEnd: '2027-01-30', extensions: ['2027-01-20'], status: 'extended' });
    expect(bar.daysLeft).toBe(119);
    expect(timelineBar(record({ preservedOn: '2026-11-01' }), today).firstEnd).toBeNull();
  });

  it('lists the next deadlines first, leaving out lapsed, superseded and kept records, up to the limit', () => {
    const records = [
      record({ reference: 'later', preservedOn: '2026-12-20' }),
      record({ reference: 'lapsed', preservedOn: '2026-09-01' }),
      record({ reference: 'soonest', preservedOn: '2026-10-05' }),
      record({ reference: 'superseded', preservedOn: '2026-10-06', supersededOn: '2026-12-01' }),
      record({ reference: 'next', preservedOn: '2026-10-20' }),
    ];
    expect(nextDeadlines(records, today).map((b) => b.reference)).toEqual(['soonest', 'next', 'later']);
    expect(nextDeadlines(records, today, 2).map((b) => b.reference)).toEqual(['soonest', 'next']);
  });

  it('spans every bar and today, and places days within it', () => {
    const bars = nextDeadlines([record({ preservedOn: '2026-12-01' })], today);
    const span = timelineSpan(bars, today);
    expect(span).toEqual({ from: '2026-11-28', to: '2027-03-04', days: 96 });
    expect(positionIn(span, span.from)).toBe(0);
    expect(positionIn(span, span.to)).toBe(1);
    expect(positionIn(span, '2026-12-01')).toBeCloseTo(3 / 96);
    expect(positionIn(span, '2030-01-01')).toBe(1);
    expect(monthTicks(span)).toEqual(['2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01']);
    expect(monthTicks({ from: '2026-01-15', to: '2028-01-15', days: 730 }, 6)).toHaveLength(6);
  });
});

describe('the header counts', () => {
  it('splits the register by expiry, and leaves out production orders by their due day', () => {
    expect(registerCounts({ total: 10, lapsedByExpiry: 3, soonByExpiry: 2, outsideClockDays: [], today })).toEqual({ active: 5, expiringSoon: 2, lapsed: 3 });
    expect(registerCounts({ total: 10, lapsedByExpiry: 3, soonByExpiry: 2, outsideClockDays: ['2026-12-31', '2027-01-15', '2027-01-16'], today })).toEqual({
      active: 4,
      expiringSoon: 1,
      lapsed: 2,
    });
  });
});
