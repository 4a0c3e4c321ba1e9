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
