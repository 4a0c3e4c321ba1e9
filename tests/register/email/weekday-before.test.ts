import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * A weekday's name before a date ("Preservation effective: Monday, November 23, 2026") leaves the words before it
 * saying what they said: the label or the word right before the date still gives it its role.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEADER = 'From: Coinbase Legal <legal@coinbase.com>\nDate: Wed, 25 Nov 2026 16:40:00 -0800\nSubject: Preservation\n\nCoinbase confirms the preservation under reference CB-LE-2026-118405.\n\n';
const day = (body: string) => parseProviderEmail(HEADER + body, NOW).preservedOn;

describe('a weekday before a date', () => {
  it.each([
    ['Preservation effective: Monday, November 23, 2026\n', '2026-11-23'],
    ['Freeze timestamp: Tuesday, November 24, 2026 21:48 UTC.\n', '2026-11-24'],
    ['Snapshot taken: Thu, 19 Nov 2026 08:00 UTC\n', '2026-11-19'],
  ])('keeps the role of the words before it: %s', (body, expected) => {
    expect(day(body)).toBe(expected);
  });

  it.each([
    ['Preservation effective: November 23, 2026\n', '2026-11-23'],
    ['Request received: Monday, November 16, 2026\n', '2026-11-25'],
    ['Your letter dated Monday, November 16, 2026 was received.\n', '2026-11-25'],
  ])('reads as before where the words give another role or no weekday is written: %s', (body, expected) => {
    expect(day(body)).toBe(expected);
  });
});
