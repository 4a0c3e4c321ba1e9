import { describe, expect, it } from 'vitest';
import { matchExtension, parseProviderEmail } from '../../../register/email';
import { englishProblemText } from '../../../i18n/problems';

const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);

describe('preservation date', () => {
  it('a duration is never a date: "preserved for 90 days" gives the e-mail date in the sender\'s zone, marked as such', () => {
    const r = read('From: X Legal <legal-noreply@x.com>\nDate: Mon, 23 Nov 2026 23:48:02 -0800\nSubject: Case #12839051\n\nRecords are preserved for 90 days.\nPlease reference Case #12839051.');
    expect(r.providerId).toBe('x');
    expect(r.emailDate).toMatchObject({ day: '2026-11-23', zone: '-0800' });
    expect(r.confirmations[0]!.preservedOn).toMatchObject({ day: '2026-11-23', source: 'email-date' });
  });

  it('takes the stated date after "as of" and "from", not the duration before it', () => {
    const asOf = read('From: lawenforcement@snapchat.com\nDate: Wed, 25 Nov 2026 16:20:33 -0800\n\nSnap has preserved the records as of November 25, 2026.\nYour Snap reference number is: LE-26-118402');
    expect(asOf.confirmations[0]!.preservedOn).toMatchObject({ day: '2026-11-25', source: 'stated' });
    const from = read('Date: Fri, 27 Nov 2026 18:05:44 +0000\n\nRequest: DISC-51877\nThe data will be held for 90 days from 2026-11-27.');
    expect(from.confirmations[0]!.preservedOn).toMatchObject({ day: '2026-11-27', source: 'stated' });
  });

  it('proposes nothing for a stated date after the e-mail, and says why', () => {
    const r = read('Date: Thu, 12 Nov 2026 20:44:09 +0000\n\nRequest ID: RBX-LE-208871\nPreserved on: 11/10/2027\n');
    expect(r.confirmations[0]!.preservedOn).toBeNull();
    expect(englishProblemText(r.confirmations[0]!.dateWarning!)).toMatch(/after the e-mail’s date \(2026-11-12\)/);
  });

  it('flags a numeric date that reads two ways, and lets another date decide the order', () => {
    const us = read('From: lis-noreply@google.com\nDate: Thu, 12 Nov 2026 07:55:20 -0800\n\nGoogle Ref. No.: 41688150\nPreservation date: 11/10/2026\n');
    expect(us.confirmations[0]!.preservedOn).toMatchObject({ day: '2026-11-10', ambiguous: { alternatives: ['2026-10-11'] } });
    const decided = read('From: Meta Platforms Ireland Limited <records@support.facebook.com>\nDate: Mon, 09 Nov 2026 12:36:14 +0000\n\nWe refer to your request dated 30/10/2026.\nThe account was preserved on 06/11/2026.\nMeta case number: 5204418890');
    expect(decided.confirmations[0]!.preservedOn).toEqual(expect.objectContaining({ day: '2026-11-06' }));
    expect(decided.confirmations[0]!.preservedOn!.ambiguous).toBeUndefined();
  });
});

describe('forwards, accounts and evidence', () => {
  const forward = [
    'Joaquin - for the file 2026-0043817.',
    'Det. Paula Renner #4471',
    'Office (916) 555-0132',
    'p.renner@countypd.example.org',
    '',
    '-----Original Message-----',
    'From: Microsoft LENS <lens-noreply@microsoft.com>',
    'Sent: Monday, November 23, 2026 6:47 PM',
    'To: Renner, Paula (Det.) <p.renner@countypd.example.org>',
    'Subject: Your preservation request GCC-2026-118844 has been processed',
    '',
    'Request ID: GCC-2026-118844',
    'Account(s) preserved:',
    '  harbinger.lune@outlook.com',
    '  Gamertag: Hollow Sparrow 88',
    'Your preservation request was processed on 11/23/2026.',
  ].join('\r\n');

  it('reads the provider\'s message, not the investigator\'s text or signature, and shows where each value came from', () => {
    const r = read(forward);
    expect(r.providerId).toBe('microsoft');
    expect(r.references).toEqual(['GCC-2026-118844']);
    const c = r.confirmations[0]!;
    expect(c.accounts.map((a) => a.value)).toEqual(['harbinger.lune@outlook.com', 'Hollow Sparrow 88']);
    expect(c.preservedOn).toMatchObject({ day: '2026-11-23', source: 'stated' });
    for (const e of [c.evidence, c.preservedOn!.evidence, ...c.accounts.map((a) => a.evidence)]) expect(forward.slice(e.start, e.end)).toBe(e.quote);
    expect(c.preservedOn!.evidence.quote).toBe('11/23/2026');
    expect(r.accountIdentifiers).not.toContain('p.renner@countypd.example.org');
  });

  it('proposes no record for a receipt acknowledgement', () => {
    const r = read('Request ID: GCC-2026-118844\nStatus: Received - pending review\nAccount(s) in your request:\n  harbinger.lune@outlook.com');
    expect(r.confirmations).toEqual([]);
    expect(r.warnings.map(englishProblemText).join(' ')).toMatch(/but confirms no new preservation/);
  });
});

describe('extensions', () => {
  const text = 'From: Kodex <notifications@kodexglobal.com>\nDate: Mon, 30 Nov 2026 17:12:05 +0000\nSubject: [Pinterest] Extension request PIN-LE-58807 completed\n\nRequest: PIN-LE-58807\nRelated request: PIN-LE-55012\n\nThe preservation originally made under PIN-LE-55012 for the account pinterest.com/marrowlight_decor has been extended for an additional 90 days as of 2026-11-30. The new expiration date of the preservation is 2027-02-28.';

  it('names the preservation extended, the extension date and the stated expiry; no preservation date of its own', () => {
    const c = read(text).confirmations;
    expect(c.map((x) => x.reference)).toEqual(['PIN-LE-58807']);
    expect(c[0]!.extension).toMatchObject({ ofReference: 'PIN-LE-55012', requestedOn: '2026-11-30', expiresOn: '2027-02-28' });
    expect(c[0]!.preservedOn).toBeNull();
  });

  it('matches the record by provider and reference, records sharing an account first', () => {
    const c = read(text).confirmations[0]!;
    const records = [
      { id: 'a', providerId: 'pinterest', reference: 'PIN-LE-55012', accountIdentifiers: ['other'] },
      { id: 'b', providerId: 'pinterest', reference: 'PIN-LE-55012', accountIdentifiers: ['pinterest.com/marrowlight_decor'] },
      { id: 'c', providerId: 'snap', reference: 'PIN-LE-55012', accountIdentifiers: [] },
      { id: 'd', providerId: 'pinterest', reference: 'PIN-LE-99999', accountIdentifiers: [] },
    ];
    expect(matchExtension(c, 'pinterest', records).map((r) => r.id)).toEqual(['b', 'a']);
    expect(matchExtension({ ...c, extension: undefined }, 'pinterest', records)).toEqual([]);
  });
});
