import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 25 (lines wrapped at 72, dev14's and dev12's kinds, German and Polish future periods, zones named
 * with their offset): each shown on invented mail in other providers, words, languages and layouts than the corpus's,
 * with probes that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
/** Each reference with its preservation date and accounts. */
const read = (text: string) =>
  parseProviderEmail(text, NOW).confirmations.map((c) => ({ reference: c.reference, day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }));

const TWITCH = 'From: Twitch Law Enforcement <lawenforcement@twitch.tv>\nDate: Fri, 20 Nov 2026 09:00:00 -0800\nSubject: Preservations\n\n';

describe('tables: a header or row a plain-text client wrapped, its last cell on the next line', () => {
  it.each([
    // Aligned with blanks: the wrap leaves the broken line's padding, the cell alone at the next line's start.
    [`${TWITCH}Both channels are preserved, one record each.\n\nRecord      Service   Channel                                   \nPreserved\n----------  --------  ----------------------------------------  ----------\nTW-771201   Twitch    twitch.tv/heron_at_dusk                   \n11/16/2026\nTW-771202   Twitch    twitch.tv/larch_and_lantern               \n11/18/2026\n\nRecords are held for 90 days.\n`],
    // Drawn with bars, wrapped at the blank before a bar.
    [`${TWITCH}Both channels are preserved, one record each.\n\n| Record     | Channel                                            \n| Preserved  |\n|------------|----------------------------------------------------|------------|\n| TW-771201  | twitch.tv/heron_at_dusk                            \n| 11/16/2026 |\n| TW-771202  | twitch.tv/larch_and_lantern                        \n| 11/18/2026 |\n\nRecords are held for 90 days.\n`],
    // Drawn with bars, a cell's words wrapped: the row's end and its date on the next line.
    [`${TWITCH}Both channels are preserved, one record each.\n\n| Record     | Channel                                                |\nPreserved on |\n|------------|--------------------------------------------------------|--------------|\n| TW-771201  | Heron At Dusk (twitch.tv/heron_at_dusk, created in\n2019) | 11/16/2026   |\n| TW-771202  | Larch And Lantern (twitch.tv/larch_and_lantern, since\n2021) | 11/18/2026   |\n\nRecords are held for 90 days.\n`],
  ])('reads each row\'s date: %s', (text) => {
    const r = read(text);
    expect(r.map((c) => [c.reference, c.day])).toEqual([['TW-771201', '2026-11-16'], ['TW-771202', '2026-11-18']]);
  });

  it.each([
    // Rows padded with blanks (a plain-text copy from Outlook), each whole: as before.
    [`${TWITCH}Both channels are preserved, one record each.\n\nRecord      Channel                                          Preserved   \n----------  -----------------------------------------------  ----------  \nTW-771201   twitch.tv/heron_at_dusk                          11/16/2026  \nTW-771202   twitch.tv/larch_and_lantern                      11/18/2026  \nThanks\n`, [['TW-771201', '2026-11-16'], ['TW-771202', '2026-11-18']]],
    // Whole rows drawn with bars: as before.
    [`${TWITCH}Both channels are preserved, one record each.\n\n| Record     | Channel                                            | Preserved  |\n|------------|----------------------------------------------------|------------|\n| TW-771201  | twitch.tv/heron_at_dusk                            | 11/16/2026 |\n| TW-771202  | twitch.tv/larch_and_lantern                        | 11/18/2026 |\n`, [['TW-771201', '2026-11-16'], ['TW-771202', '2026-11-18']]],
    // A padded row, then a sentence on the next line with no blank between: the sentence is no cell of the row.
    [`${TWITCH}Both channels are preserved, one record each.\n\nRecord      Channel                                          Preserved   \nTW-771201   twitch.tv/heron_at_dusk                          11/16/2026  \nTW-771202   twitch.tv/larch_and_lantern                      11/18/2026  \nRecords are held for 90 days from the dates shown.\n`, [['TW-771201', '2026-11-16'], ['TW-771202', '2026-11-18']]],
  ])('reads the table as before: %s', (text, days) => {
    expect(read(text).map((c) => [c.reference, c.day])).toEqual(days);
  });
});

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
