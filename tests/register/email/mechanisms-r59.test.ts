import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 59 of the e-mail reader: each probe fails on the reader of 9e031387, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe("Gmail's conversation copied from the browser, a line of blanks between the header's parts", () => {
  const thread = (note: string) =>
    [
      'TikTok preservation [Ref LE-PR-558102]',
      'Inbox',
      '',
      'TikTok Law Enforcement <lert@tiktok.com>',
      '\t',
      'Wed, Nov 18, 9:02 AM (13 days ago)',
      '\t',
      'to me',
      '',
      'Hello Officer,',
      'We have preserved the data associated with the account @gravel.finch for 90 days.',
      'Reference: LE-PR-558102',
      '',
      'TikTok Law Enforcement Response Team',
      '',
      '\t',
      'Dana Whitcombe <d.whitcombe@county-police.example>',
      '\t',
      'Wed, Nov 18, 9:40 AM (13 days ago)',
      '\t',
      'to Marcus',
      '',
      note,
      '',
    ].join('\n');

  it("reads the officer's note after the provider's message as the officer's: no signature detail is an account", () => {
    const got = accounts(thread('TikTok done on gravel.finch. The second one (@moss.lantern) is still pending.\n\nDet. Dana Whitcombe #3381\nCounty Police - Digital Evidence Unit\n(555) 010-3381 desk | (555) 010-7720 cell'));
    expect(got).toEqual(['@gravel.finch']);
  });
});

describe('"listopad": October in Croatian, November in Polish', () => {
  const day = (text: string) => read(text).confirmations[0]?.preservedOn;
  it("a Croatian Outlook header's date is October's", () => {
    const text = 'Šalje: TikTok <lert@tiktok.com>\nPoslano: utorak, 27. listopada 2026. 14:05\nPrima: Policijska uprava <pu@policija.example.hr>\nPredmet: Očuvanje podataka\n\nPoštovani, the data of the account @sjeverni.vjetar has been preserved. Reference: LE-PR-771204.';
    expect(day(text)?.day).toBe('2026-10-27');
  });
  it('a Croatian stated date too', () => {
    const text = 'From: Meta <records@fb.com>\nDate: Fri, 30 Oct 2026 09:00:00 +0000\n\nPoštovani,\npodaci računa sačuvani su 28. listopada 2026. Broj predmeta: 9920455120.';
    expect(day(text)).toMatchObject({ day: '2026-10-28', source: 'stated' });
  });
  it('a Polish date stays November', () => {
    const text = 'From: Allegro <prawny@allegro.pl>\nDate: Fri, 13 Nov 2026 09:00:00 +0100\n\nSzanowni Państwo,\ndane konta zostały zabezpieczone w dniu 12 listopada 2026 r. Numer sprawy: ALG-LE-2026-0415.';
    expect(day(text)).toMatchObject({ day: '2026-11-12', source: 'stated' });
  });
});

describe('"listopad" with Croatian dots alone', () => {
  it("an Outlook header's date with no weekday", () => {
    const text = 'Od: Snap <lawenforcement@snapchat.com>\nDatum: 27. listopada 2026. 14:05\nZa: pu@policija.example.hr\n\nThe account kestrel.lake has been preserved. Reference: SNAP-LE-2610-0077.';
    expect(read(text).confirmations[0]?.preservedOn?.day).toBe('2026-10-27');
  });
});

describe("Outlook on the web's reading pane, the sender's initials above the name", () => {
  it("dates the message by the pane's stamp", () => {
    const text = 'Your preservation request - SNAP-LE-2611-4410\n\nSL\nSnap Law Enforcement <lawenforcement@snapchat.com>\nMon 11/16/2026 6:40 PM\nTo: Okafor, Nneka\n\nHello,\nWe have preserved the account harbor.wren. Your reference is SNAP-LE-2611-4410.\n\nReply  Forward\n';
    expect(read(text).confirmations[0]?.preservedOn?.day).toBe('2026-11-16');
  });
});
