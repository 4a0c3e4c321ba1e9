import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

const HEAD = 'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\n';
const accounts = (body: string) => parseProviderEmail(HEAD + body).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe('a "Label: …" line whose value is a sentence is read in clauses, like prose', () => {
  it('keeps the account its own clause preserves when another clause of the line denies something else', () => {
    expect(accounts('Reference QX-PR-440912: the account fen_harrow.77 was preserved and the number you gave was not found.')).toEqual(['fen_harrow.77']);
    expect(accounts('Reference QX-PR-440913: the account moss_lantern.4 was preserved; the phone number you gave was not found.')).toEqual(['moss_lantern.4']);
    expect(accounts('Reference QX-PR-440914: we preserved the account tidal.fern_9, but the e-mail address you listed could not be located.')).toEqual(['tidal.fern_9']);
  });

  it('still denies the account its own clause denies, and a row\'s outcome still speaks for the whole row', () => {
    expect(accounts('Reference QX-PR-440915: the account grey_owl.12 could not be located and nothing was preserved for it.')).toEqual([]);
    expect(accounts('Reference QX-PR-440916: we preserved the account reed_walker.3, but the account slate.moth_8 was not found.')).toEqual(['reed_walker.3']);
    expect(accounts('Reference QX-PR-440917\nUsername: ember.quill_5 (not found)')).toEqual([]);
  });
});
