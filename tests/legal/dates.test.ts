import { describe, expect, it } from 'vitest';
import { addDays, addHours, dayIn, onOrAfter } from '../../legal/dates';

describe('calendar days', () => {
  it('crosses month ends and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts 29 February in leap years only', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-12-31', 60)).toBe('2025-03-01');
    expect(addDays('2027-12-31', 60)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('an EPOC-PR of 60 days from the first day the Regulation applies ends on 17 October 2026', () => {
    expect(addDays('2026-08-18', 60)).toBe('2026-10-17');
    expect(addDays(addDays('2026-08-18', 60), 30)).toBe('2026-11-16');
  });

  it('is not moved by a daylight-saving change', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('rejects what is not a calendar day', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('18.08.2026', 1)).toThrow(RangeError);
    expect(() => onOrAfter('2026-13-01', '2026-08-18')).toThrow(RangeError);
  });

  it('compares days', () => {
    expect(onOrAfter('2026-08-18', '2026-08-18')).toBe(true);
    expect(onOrAfter('2026-08-17', '2026-08-18')).toBe(false);
    expect(onOrAfter('2027-01-01', '2026-08-18')).toBe(true);
  });
});

describe('the investigator\'s day and hour deadlines', () => {
  const lateOn17th = new Date('2026-08-17T23:30:00Z');

  it('is the calendar day in the investigator\'s time zone', () => {
    expect(dayIn(lateOn17th, 'Europe/Berlin')).toBe('2026-08-18');
    expect(dayIn(lateOn17th, 'America/New_York')).toBe('2026-08-17');
    expect(dayIn(lateOn17th, 'UTC')).toBe('2026-08-17');
    expect(dayIn(new Date('2026-01-01T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-01-02');
  });

  it('counts hours in real time across a daylight-saving change', () => {
    // Europe switches to summer time at 01:00 UTC on 29 March 2026: 8 hours stay 8 hours.
    expect(addHours(new Date('2026-03-29T00:30:00Z'), 8).toISOString()).toBe('2026-03-29T08:30:00.000Z');
    expect(addHours(new Date('2026-10-24T22:00:00Z'), 48).toISOString()).toBe('2026-10-26T22:00:00.000Z');
  });
});
