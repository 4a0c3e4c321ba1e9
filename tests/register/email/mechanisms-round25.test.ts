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

const DROPBOX = 'From: Dropbox Legal <legal@dropbox.com>\nDate: Fri, 20 Nov 2026 09:00:00 -0800\nSubject: Preservation\n\n';
const first = (text: string) => {
  const r = read(text);
  return r.length ? { reference: r[0]!.reference, day: r[0]!.day, accounts: r[0]!.accounts } : null;
};

describe('prose a plain-text client re-wrapped: a line a little longer than the width, its last words alone on the next line', () => {
  it.each([
    // The reference cut from its label ("under case⏎55120934:").
    [`${DROPBOX}Hello Detective,\n\nGood news - the following Dropbox account has been preserved under case\n55120934:\n\n  Account email: quiet.heron.77@gmail.com\n\nRegards,\nDropbox Legal\n`, { reference: '55120934', day: '2026-11-20', accounts: ['quiet.heron.77@gmail.com'] }],
    // The date's words cut from the verb ("was put in⏎place⏎on 11/12/2026").
    [`${DROPBOX}Hello Detective,\n\nAs we discussed, the preservation for the Dropbox user below was put in\nplace\non 11/12/2026, when your first request arrived. Reference: DBX-LE-2611-0412.\n\n  quiet.heron.78@gmail.com\n`, { reference: 'DBX-LE-2611-0412', day: '2026-11-12', accounts: ['quiet.heron.78@gmail.com'] }],
    // A date without its year cut from its month ("on Nov⏎12⏎under …").
    [`${DROPBOX}Hello Detective,\n\nApologies for the wait on this one. Dropbox preserved the account on Nov\n12\nunder DBX-LE-2611-0413:\n\n  quiet.heron.79@gmail.com\n`, { reference: 'DBX-LE-2611-0413', day: '2026-11-12', accounts: ['quiet.heron.79@gmail.com'] }],
  ])('reads the line whole: %s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each([
    // A long line, then a greeting's line: two lines.
    [`${DROPBOX}-----------------------------------------------------------------\nHi Detective,\nThe Dropbox account quiet.heron.80@gmail.com was preserved on 11/12/2026.\nReference: DBX-LE-2611-0414\n`, { reference: 'DBX-LE-2611-0414', day: '2026-11-12', accounts: ['quiet.heron.80@gmail.com'] }],
    // A subject line, then a help desk's request number on its own line: not the subject's words.
    [`From: Dropbox Legal <legal@dropbox.com>\nDate: Fri, 20 Nov 2026 09:00:00 -0800\nSubject: [Dropbox Legal] Re: Preservation - account quiet.heron.81@gmail.com\nRequest #5518820\n\nWe have preserved the account quiet.heron.81@gmail.com on 11/12/2026.\nDropbox reference: DBX-LE-2611-0415\n`, { reference: 'DBX-LE-2611-0415', day: '2026-11-12', accounts: ['quiet.heron.81@gmail.com'] }],
    // A sentence ending in its stop, then a signature's short lines.
    [`${DROPBOX}We have preserved the Dropbox account quiet.heron.82@gmail.com on 11/12/2026 as asked.\nJane Okafor\nDropbox Legal\nReference: DBX-LE-2611-0416\n`, { reference: 'DBX-LE-2611-0416', day: '2026-11-12', accounts: ['quiet.heron.82@gmail.com'] }],
  ])('keeps the lines apart: %s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

const viaKodex = (name: string) =>
  parseProviderEmail(`From: ${name} <notifications@kodex.example-notify.com>\nDate: Wed, 04 Nov 2026 20:17:55 -0800\nSubject: Extension approved – PR-3107266\n\nYour extension request has been approved.\n\nRequest\tPR-3107266\nStatus\tExtended\nExtended for\t90 days\n`, NOW).providerId;

describe('provider: a sender named as the provider and the platform sending for it ("Discord via Kodex")', () => {
  it.each([
    ['Discord via Kodex', 'discord'],
    ['Signal via Kodex', 'signal'],
    ['X via Kodex', 'x'],
  ])('reads the provider: %s', (name, id) => {
    expect(viaKodex(name)).toBe(id);
  });

  it.each([
    ['Kodex Notifications', null],
    ['Alex via Kodex', null],
    ['Signal Legal', 'signal'],
  ])('reads the sender as before: %s', (name, id) => {
    expect(viaKodex(name)).toBe(id);
  });
});

const refs = (body: string) => parseProviderEmail(`${TWITCH}${body}`, NOW).references;

describe('references: the addressee\'s request named by what it is about ("your extension request regarding Case …")', () => {
  it.each([
    ['Thank you for your extension request regarding Case 26-0411-KX.\n\nWe have extended the preservation for the channel twitch.tv/heron_at_dusk under the existing reference TW-PRS-7Q2M-11AB. The extension was processed on 11/18/2026.\n', ['TW-PRS-7Q2M-11AB']],
    ['Hello,\n\nWe received your renewal request about Case 26-0412-KZ.\n\nWe have extended the preservation for the channel twitch.tv/larch_and_lantern under the existing reference TW-PRS-7Q2M-11AC. The extension was processed on 11/18/2026.\n', ['TW-PRS-7Q2M-11AC']],
    ['Thank you for your follow-up request concerning case number 26-0413-KQ.\n\nWe have extended the preservation for the channel twitch.tv/birch_at_noon under the existing reference TW-PRS-7Q2M-11AD. The extension was processed on 11/18/2026.\n', ['TW-PRS-7Q2M-11AD']],
  ])('sets the case aside: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });

  it.each([
    ['Your request has been assigned case number TW-LE-2611-0914. The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026.\n', ['TW-LE-2611-0914']],
    ['Regarding your request, we preserved the channel twitch.tv/heron_at_dusk on 11/18/2026 under case TW-LE-2611-0915.\n', ['TW-LE-2611-0915']],
    ['Thank you for your request. The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026.\nCase: TW-LE-2611-0916\n', ['TW-LE-2611-0916']],
  ])('reads the reference as before: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });
});

describe('references: a number the message says is not what it is about ("… under case X and is not affected by this extension")', () => {
  it.each([
    ['We have extended the preservation of the channel twitch.tv/heron_at_dusk under case TW-LE-2611-0920 on 11/18/2026.\n\nYour separate request regarding another channel was handled under case TW-LE-2611-0921 and is not affected by this extension.\n', ['TW-LE-2611-0920']],
    ['The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026 under reference TW-LE-2611-0922.\n\nThe earlier matter TW-LE-2611-0923 is not covered by this preservation.\n', ['TW-LE-2611-0922']],
    ['The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026 under reference TW-LE-2611-0924. The other channel you listed stays under TW-LE-2611-0925, which\nis not part of this request.\n', ['TW-LE-2611-0924']],
  ])('sets the other number aside: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });

  it.each([
    ['The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026 under reference TW-LE-2611-0926 and is now on hold.\n', ['TW-LE-2611-0926']],
    ['We have preserved twitch.tv/heron_at_dusk (TW-LE-2611-0927) and twitch.tv/larch_and_lantern (TW-LE-2611-0928) on 11/18/2026. The second is not affected by your withdrawal.\n', ['TW-LE-2611-0927', 'TW-LE-2611-0928']],
    ['The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026 under reference TW-LE-2611-0929, which is not affected by the closure of your earlier request.\n', ['TW-LE-2611-0929']],
  ])('reads the references as before: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });
});

const accountsOf = (body: string) => read(`${TWITCH}${body}`).map((c) => [c.reference, c.accounts]);

describe('accounts: a sentence about another case the message is not about holds that case\'s accounts', () => {
  it.each([
    ['We have extended the preservation of the channel twitch.tv/heron_at_dusk under case TW-LE-2611-0930 on 11/18/2026.\n\nYour separate request regarding the channel twitch.tv/larch_and_lantern was handled under case TW-LE-2611-0931 and is not affected by this extension.\n', [['TW-LE-2611-0930', ['twitch.tv/heron_at_dusk']]]],
    ['The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026 under reference TW-LE-2611-0932.\n\nThe channel twitch.tv/birch_at_noon stays under TW-LE-2611-0933, which is not part of this request.\n', [['TW-LE-2611-0932', ['twitch.tv/heron_at_dusk']]]],
    ['The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026 under reference TW-LE-2611-0934. The earlier hold on twitch.tv/oak_in_rain, case TW-LE-2611-0935, is not covered by this preservation.\n', [['TW-LE-2611-0934', ['twitch.tv/heron_at_dusk']]]],
  ])('keeps the other case\'s account out: %s', (body, expected) => {
    expect(accountsOf(body)).toEqual(expected);
  });

  it.each([
    ['The channels twitch.tv/heron_at_dusk and twitch.tv/larch_and_lantern were preserved on 11/18/2026 under reference TW-LE-2611-0936.\n', [['TW-LE-2611-0936', ['twitch.tv/heron_at_dusk', 'twitch.tv/larch_and_lantern']]]],
    ['The channel twitch.tv/heron_at_dusk was preserved on 11/18/2026 under reference TW-LE-2611-0937. The channel twitch.tv/larch_and_lantern is not affected by the outage and was preserved too.\n', [['TW-LE-2611-0937', ['twitch.tv/heron_at_dusk', 'twitch.tv/larch_and_lantern']]]],
    ['We have extended the preservation of the channel twitch.tv/heron_at_dusk under case TW-LE-2611-0938 on 11/18/2026. Your other request is not affected by this extension.\n', [['TW-LE-2611-0938', ['twitch.tv/heron_at_dusk']]]],
  ])('reads the accounts as before: %s', (body, expected) => {
    expect(accountsOf(body)).toEqual(expected);
  });
});
