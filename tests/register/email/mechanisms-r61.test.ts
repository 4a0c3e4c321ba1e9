import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 61 of the e-mail reader: each probe fails on the reader of 804117f9, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe("the provider's own handle in its contact lines", () => {
  const mail = (contact: string, target = '@harbor_tidewalker') =>
    `From: WhiteBIT Compliance <compliance@whitebit.com>\nDate: Tue, 10 Nov 2026 11:00:00 +0200\nSubject: Preservation confirmed - WB-LE-26-0091\n\nDear Officer,\n\nWe have preserved the data of the account ${target} on 9 November 2026.\nOur reference: WB-LE-26-0091\n\nWhiteBIT Compliance\n${contact}\n`;
  it('"Telegram: @WhiteBIT_official" is no preserved account', () => {
    expect(accounts(mail('Telegram: @WhiteBIT_official'))).toEqual(['@harbor_tidewalker']);
  });
  it('nor is "X: @whitebit"', () => {
    expect(accounts(mail('X: @whitebit | Telegram: @WhiteBIT_support'))).toEqual(['@harbor_tidewalker']);
  });
  it("a user's handle that holds the provider's name stays an account (look-alike)", () => {
    expect(accounts(mail('Telegram: @WhiteBIT_official', '@whitebit_trader77'))).toContain('@whitebit_trader77');
  });
});
