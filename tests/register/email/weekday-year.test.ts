import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * A date written with its weekday but without a year, in a paste that shows no date of its own (a webmail view's
 * "3 days ago", a bare body): the weekday names the year. Within the four years up to the reading day a day and
 * month fall on a given weekday at most once, so the year is read from the text, not guessed from the reading day.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const preservedOn = (text: string) => parseProviderEmail(text, NOW).preservedOn ?? null;

describe('a yearless date with its weekday, in a paste without a date of its own', () => {
  it.each([
    ['Snap Law Enforcement\n3 days ago\n\nHi Det. Ruiz, we preserved the account @kelpfinch on Sunday, November 15th. Reference: SNAP-LE-2611-0412.\n', '2026-11-15'],
    ['Discord Trust & Safety\n\nThe preservation for user 884211907315220480 was completed on Saturday, November 15 under ticket DSC-PR-77120.\n', '2025-11-15'],
    ['Von: Google LIS\n\nGuten Tag, die Daten des Kontos jan.ost@example.com wurden am Sonntag, 15. November gesichert. Referenz: GG-LE-2611-3301.\n', '2026-11-15'],
    ['TikTok LERT\n\nPreserved on Thu, Nov 19 — case TT-PRS-55012, account @moth.lantern.\n', '2026-11-19'],
  ])('reads the year its weekday names: %s', (text, day) => {
    expect(preservedOn(text)).toBe(day);
  });

  it.each([
    // 15 November fell on Sunday, Saturday, Friday and Wednesday from 2023 to 2026: no Monday, so no year.
    ['Snap Law Enforcement\n\nWe preserved the account @kelpfinch on Monday, November 15th. Reference: SNAP-LE-2611-0412.\n', null],
    // No weekday: still no year to read.
    ['Snap Law Enforcement\n\nWe preserved the account @kelpfinch on November 15th. Reference: SNAP-LE-2611-0412.\n', null],
    // The e-mail's own date decides, as before (the last 15 November on or before it), whatever the weekday says.
    ['From: Snap <le@snapchat.com>\nDate: Tue, 17 Nov 2026 09:00:00 -0800\n\nWe preserved the account @kelpfinch on Sunday, November 15th. Reference: SNAP-LE-2611-0412.\n', '2026-11-15'],
  ])('reads no year where the weekday names none, and the e-mail\'s date first: %s', (text, day) => {
    expect(preservedOn(text)).toBe(day);
  });
});
