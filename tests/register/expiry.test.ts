import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, expiryOf, extensionDeadline, localDay, remindersDue, statusOf } from '../../register/expiry';
import { record } from './fixtures';

describe('expiry arithmetic', () => {
  it.each([
    ['2026-11-20', 90, '2027-02-18'],
    ['2027-12-01', 90, '2028-02-29'], // into a leap day
    ['2028-02-29', 365, '2029-02-28'],
    ['2026-01-31', 30, '2026-03-02'], // month ends
    ['2026-03-28', 2, '2026-03-30'], // across a European daylight-saving change
    ['2026-11-01', 1, '2026-11-02'], // across a US daylight-saving change
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it('adds one extension period per extension', () => {
    const r = record({ preservedOn: '2026-11-20', extensions: [{ id: 'e1xxxxxx', requestedOn: '2027-02-10', reference: null }] });
    expect(expiryOf(r)).toBe('2027-05-19');
  });

  it('tells the status from today', () => {
    const r = record({ preservedOn: '2026-11-20' }); // expires 2027-02-18
    expect(statusOf(r, '2026-12-01')).toBe('active');
    expect(statusOf(r, '2027-02-05')).toBe('expiring-soon');
    expect(statusOf(r, '2027-02-18')).toBe('expiring-soon');
    expect(statusOf(r, '2027-02-19')).toBe('lapsed');
    expect(statusOf({ ...r, extensions: [{ id: 'e1xxxxxx', requestedOn: '2027-02-01', reference: null }] }, '2027-02-19')).toBe('extended');
    expect(statusOf({ ...r, supersededOn: '2027-01-10' }, '2027-02-19')).toBe('superseded');
  });

  it('respects a provider lead time for extensions (X: 7 days)', () => {
    expect(extensionDeadline(record({ preservedOn: '2026-11-20' }), 7)).toBe('2027-02-11');
    expect(extensionDeadline(record(), null)).toBeNull();
  });

  it('reminds 14 and 7 days before and on the day, and never for superseded records', () => {
    const r = record({ preservedOn: '2026-11-20' });
    expect(remindersDue(r, '2027-02-04')).toEqual([14]);
    expect(remindersDue(r, '2027-02-11')).toEqual([7]);
    expect(remindersDue(r, '2027-02-18')).toEqual([0]);
    expect(remindersDue(r, '2027-02-12')).toEqual([]);
    expect(remindersDue({ ...r, supersededOn: '2027-01-01' }, '2027-02-18')).toEqual([]);
  });

  it('takes the investigator’s own calendar day, not UTC’s', () => {
    const lateEvening = new Date('2026-11-20T23:30:00Z');
    expect(localDay(lateEvening, 'UTC')).toBe('2026-11-20');
    expect(localDay(lateEvening, 'Europe/Berlin')).toBe('2026-11-21');
    expect(localDay(lateEvening, 'America/Los_Angeles')).toBe('2026-11-20');
  });
});
