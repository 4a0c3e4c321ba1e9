import { describe, expect, it } from 'vitest';
import instrument from '../../legal/eu-e-evidence';
import { expiryOf, extensionWarning, keptForProduction, remindersDue, statusOf } from '../../register/expiry';
import {
  addCalendarDaysIn,
  answerDueAt,
  answerDueDay,
  formatInZone,
  instantOfWallTime,
  productionReminders,
  productionSchema,
  productionState,
  validationDueAt,
  type ProductionOrder,
} from '../../register/production';
import { record } from './fixtures';

const ext = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}xxxxxxx`, requestedOn: '2027-01-10', reference: null }));
const order = (over: Partial<ProductionOrder> = {}): ProductionOrder =>
  productionSchema.parse({ order: 'eu-epoc', issuedAt: '2026-11-20T13:00:00.000Z', emergency: false, issuedBy: 'judicial', timeZone: 'Europe/Berlin', dueAt: null, validatedOn: null, answeredOn: null, ...over });

describe('preservation clocks by basis: month ends, leap years, extensions', () => {
  it.each([
    // basis, preserved on, extensions, expiry
    ['eu-epoc-pr', '2026-12-31', 0, '2027-03-01'], // 60 days across the year end and February
    ['eu-epoc-pr', '2027-12-31', 0, '2028-02-29'], // ... into a leap day
    ['eu-epoc-pr', '2027-12-31', 1, '2028-03-30'], // 60 + 30
    ['eu-epoc-pr', '2027-12-31', 2, '2028-03-30'], // a second extension adds nothing
    ['us-2703f', '2027-12-01', 0, '2028-02-29'], // 90 days into a leap day
    ['us-2703f', '2027-12-01', 1, '2028-05-29'], // 90 + 90
    ['us-2703f', '2027-12-01', 2, '2028-05-29'],
    ['us-report-act', '2028-02-29', 0, '2029-03-01'], // one year from a leap day: 1 March
    ['us-report-act', '2027-02-28', 0, '2028-02-28'],
    ['us-report-act', '2027-03-01', 0, '2028-03-01'], // across a leap day: still the same date
    ['provider-policy', '2026-01-31', 0, '2026-05-01'], // 90 days from a month end
  ] as const)('%s from %s with %i extension(s) expires %s', (basis, preservedOn, n, expiry) => {
    expect(expiryOf(record({ basis, preservedOn, extensions: ext(n) }))).toBe(expiry);
  });

  it('warns on a second 2703(f) or EPOC-PR extension, not on the first, nor on a provider policy or the REPORT Act', () => {
    expect(extensionWarning(record({ basis: 'us-2703f', extensions: ext(1) }))).toBeNull();
    expect(extensionWarning(record({ basis: 'us-2703f', extensions: ext(2) }))).toBe('second-extension');
    expect(extensionWarning(record({ basis: 'eu-epoc-pr', extensions: ext(1) }))).toBeNull();
    expect(extensionWarning(record({ basis: 'eu-epoc-pr', extensions: ext(2) }))).toBe('second-extension');
    expect(extensionWarning(record({ basis: 'provider-policy', extensions: ext(3) }))).toBeNull();
    expect(extensionWarning(record({ extensions: ext(3) }))).toBeNull();
  });

  it('an EPOC-PR confirmed by a production order is kept, with no expiry reminders; another basis is not', () => {
    const epocPr = record({ basis: 'eu-epoc-pr', preservedOn: '2026-11-20', productionConfirmedOn: '2026-12-10' });
    expect(keptForProduction(epocPr)).toBe(true);
    expect(statusOf(epocPr, '2027-06-01')).toBe('kept');
    expect(remindersDue(epocPr, '2027-01-19', [0])).toEqual([]);
    expect(remindersDue({ ...epocPr, productionConfirmedOn: null }, '2027-01-19', [0])).toEqual([0]);
    const us = record({ basis: 'us-2703f', productionConfirmedOn: '2026-12-10' });
    expect(keptForProduction(us)).toBe(false);
    expect(statusOf(us, '2026-12-01')).toBe('active');
  });
});

describe('production orders: 10 days, 8 hours, 48 hours', () => {
  it('takes its periods from the legal data', () => {
    expect(instrument.facts.productionDeadline.value).toMatchObject({ days: 10, emergencyHours: 8 });
    expect(instrument.facts.emergencyValidation.value.hours).toBe(48);
  });

  it('10 days keep the local time across the autumn DST change (Berlin)', () => {
    // 14:00 CEST on 20 October; clocks go back on 25 October: 14:00 CET on 30 October is 13:00 UTC.
    expect(answerDueAt(order({ issuedAt: '2026-10-20T12:00:00.000Z' })).toISOString()).toBe('2026-10-30T13:00:00.000Z');
    expect(formatInZone(answerDueAt(order({ issuedAt: '2026-10-20T12:00:00.000Z' })), 'Europe/Berlin')).toBe('2026-10-30 14:00 (Europe/Berlin)');
  });

  it('10 days keep the local time across the spring DST change (New York), month end and leap day', () => {
    expect(answerDueAt(order({ issuedAt: '2027-03-10T15:00:00.000Z', timeZone: 'America/New_York' })).toISOString()).toBe('2027-03-20T14:00:00.000Z');
    expect(answerDueAt(order({ issuedAt: '2028-02-25T09:00:00.000Z', timeZone: 'UTC' })).toISOString()).toBe('2028-03-06T09:00:00.000Z');
    expect(answerDueAt(order({ issuedAt: '2027-02-25T09:00:00.000Z', timeZone: 'UTC' })).toISOString()).toBe('2027-03-07T09:00:00.000Z');
  });

  it('a wall time the clock skips or repeats counts at its earlier moment', () => {
    // 02:30 on 14 March 2027 does not exist in New York: 01:30 EST (06:30 UTC).
    expect(addCalendarDaysIn(new Date('2027-03-04T07:30:00.000Z'), 10, 'America/New_York').toISOString()).toBe('2027-03-14T06:30:00.000Z');
    // 01:30 on 7 November 2027 happens twice: the first, 01:30 EDT (05:30 UTC).
    expect(addCalendarDaysIn(new Date('2027-10-28T05:30:00.000Z'), 10, 'America/New_York').toISOString()).toBe('2027-11-07T05:30:00.000Z');
  });

  it('reads a datetime field\'s wall time in the investigator\'s zone', () => {
    expect(instantOfWallTime('2026-11-20T14:00', 'Europe/Berlin')!.toISOString()).toBe('2026-11-20T13:00:00.000Z');
    expect(instantOfWallTime('2026-07-20T14:00', 'Europe/Berlin')!.toISOString()).toBe('2026-07-20T12:00:00.000Z');
    expect(instantOfWallTime('2026-11-20T14:00', 'Australia/Sydney')!.toISOString()).toBe('2026-11-20T03:00:00.000Z');
    expect(instantOfWallTime('2026-11-20', 'UTC')).toBeNull();
  });

  it('8 hours in an emergency run in real time, across the night the clocks go back', () => {
    // Midnight CEST on 25 October + 8 hours is 07:00 CET on the wall, 06:00 UTC.
    const due = answerDueAt(order({ emergency: true, issuedAt: '2026-10-24T22:00:00.000Z' }));
    expect(due.toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(formatInZone(due, 'Europe/Berlin')).toBe('2026-10-25 07:00 (Europe/Berlin)');
  });

  it('the due day is the investigator\'s, not UTC\'s', () => {
    // 20:00 UTC on 20 November + 10 days is 09:00 on 1 December in Sydney, still 30 November in UTC.
    expect(answerDueDay(order({ issuedAt: '2026-11-20T22:00:00.000Z', timeZone: 'Australia/Sydney' }))).toBe('2026-12-01');
    expect(answerDueDay(order({ issuedAt: '2026-11-20T22:00:00.000Z', timeZone: 'UTC' }))).toBe('2026-11-30');
  });

  it('a deadline the order states wins over the EPOC default', () => {
    expect(answerDueAt(order({ order: 'other', dueAt: '2026-12-24T10:00:00.000Z' })).toISOString()).toBe('2026-12-24T10:00:00.000Z');
  });

  it('validation within 48 hours only for an emergency order by a non-judicial authority', () => {
    expect(validationDueAt(order({ emergency: true, issuedBy: 'non-judicial' }))!.toISOString()).toBe('2026-11-22T13:00:00.000Z');
    expect(validationDueAt(order({ emergency: true, issuedBy: 'judicial' }))).toBeNull();
    expect(validationDueAt(order({ emergency: false, issuedBy: 'non-judicial' }))).toBeNull();
  });

  it('status: awaiting the answer, overdue, answered; sorted on its due day', () => {
    const r = record({ production: order(), preservedOn: '2026-11-20' });
    expect(expiryOf(r)).toBe('2026-11-30');
    expect(statusOf(r, '2026-11-30')).toBe('awaiting-answer');
    expect(statusOf(r, '2026-12-01')).toBe('overdue');
    expect(statusOf(record({ production: order({ answeredOn: '2026-11-25' }) }), '2027-01-01')).toBe('answered');
    expect(productionState(order(), new Date('2026-11-30T13:00:00.000Z'))).toBe('awaiting-answer');
    expect(productionState(order(), new Date('2026-11-30T13:00:01.000Z'))).toBe('overdue');
    expect(remindersDue(r, '2026-11-30', [0])).toEqual([]);
  });

  it('reminders: before and at the answer deadline, and 24 h and 48 h after issue for validation; none once done', () => {
    const emergency = order({ emergency: true, issuedBy: 'non-judicial' });
    const reminders = productionReminders('rec-1', emergency);
    expect(reminders.map((r) => [r.clock, r.at.toISOString()])).toEqual([
      ['answer', '2026-11-20T19:00:00.000Z'], // 2 hours before an 8-hour deadline
      ['answer', '2026-11-20T21:00:00.000Z'],
      ['validation', '2026-11-21T13:00:00.000Z'],
      ['validation', '2026-11-22T13:00:00.000Z'],
    ]);
    expect(new Set(reminders.map((r) => r.key)).size).toBe(4);
    expect(productionReminders('rec-1', order()).map((r) => r.at.toISOString())).toEqual(['2026-11-29T13:00:00.000Z', '2026-11-30T13:00:00.000Z']);
    expect(productionReminders('rec-1', { ...emergency, validatedOn: '2026-11-21' }).map((r) => r.clock)).toEqual(['answer', 'answer']);
    expect(productionReminders('rec-1', { ...emergency, answeredOn: '2026-11-20' }).map((r) => r.clock)).toEqual(['validation', 'validation']);
  });
});
