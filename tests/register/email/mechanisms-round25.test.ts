import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 25 (lines wrapped at 72, dev14's and dev12's kinds, German and Polish future periods, zones named
 * with their offset): each shown on invented mail in other providers, words, languages and layouts than the corpus's,
 * with probes that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const BODY = '\nSubject: Preservation\n\nWe have preserved the Discord account 1190022334455667788.\nReference: DSC-2611-88101\n';
const zone = (date: string) => parseProviderEmail(`From: Discord Legal <lawenforcement@discord.com>\nDate: ${date}${BODY}`, NOW).emailDate;

describe('e-mail date: a zone written as its name and offset ("GMT-0800 (Pacific Standard Time)", "(UTC-08:00)")', () => {
  it.each([
    ['Mon, 16 Nov 2026 22:02:09 GMT-0800 (Pacific Standard Time)', '-0800'],
    ['Monday, November 16, 2026 10:02 PM (UTC-08:00)', '-0800'],
    ['16 Nov 2026 22:02 (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', '+0530'],
  ])('reads the offset: %s', (date, offset) => {
    expect(zone(date)).toMatchObject({ day: '2026-11-16', zone: offset });
  });

  it.each([
    ['Mon, 16 Nov 2026 22:02:09 -0800 (PST)', '-0800'],
    ['Mon, 16 Nov 2026 22:02:09 GMT', '+0000'],
    ['Monday, November 16, 2026 10:02 PM', null],
  ])('reads the zone as before: %s', (date, offset) => {
    expect(zone(date)).toMatchObject({ day: '2026-11-16', zone: offset });
  });
});
