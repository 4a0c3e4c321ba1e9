import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Mechanisms found on validation4 (round 5), each shown on invented mail in other words than the corpus's. */
const NOW = new Date('2026-12-21T12:00:00Z');
const accounts = (body: string) =>
  parseProviderEmail(`From: Legal <legal@provider.example>\n\nWe have preserved the data. Reference: PRV-2026-0001\n\n${body}`, NOW).accountIdentifiers;

describe('accounts: what the provider says it found nothing for, however the prose wraps', () => {
  it.each([
    ["The handle 'gull_tide_4' named in your letter does not\nexist on our service.", 'gull_tide_4'],
    ['The username @moor.lantern2 you listed does not match any account, and nothing was preserved for it.', '@moor.lantern2'],
    ['The account u/Fen_Walker_88 was already deleted when your request arrived; no data remains.', 'u/Fen_Walker_88'],
  ])('%s', (body, missing) => {
    expect(accounts(`We preserved the account 'kept_one_7'.\n\n${body}`)).toEqual(['kept_one_7']);
    expect(accounts(`We preserved the account 'kept_one_7'.\n\n${body}`)).not.toContain(missing);
  });
});

describe('accounts in shapes validation4 showed', () => {
  it('a short opaque id in capitals after an id label, never a lower-case word', () => {
    expect(accounts('Customer ID: B07QX4M2KD9Z')).toEqual(['B07QX4M2KD9Z']);
    expect(accounts('Customer ID: notavailable')).toEqual([]);
  });

  it('phone numbers one per line under a line announcing the accounts', () => {
    expect(accounts('Preserved for these accounts:\n\n  0491 570 156\n  +61 491 570 157\n\nRetained 90 days.')).toEqual(['0491 570 156', '+61 491 570 157']);
  });

  it("a bare 'mobile' before a number names the target's phone; the officer's own 'Mobile:' contact line does not", () => {
    expect(accounts('Linked to the account: mobile 757-555-0142')).toEqual(['757-555-0142']);
    expect(accounts('Kind regards,\nDC Hal Brennan\nMobile: 07700 900123')).toEqual([]);
  });

    it("an id keeps its system's prefix in prose ('(dbid:…)' after an address)", () => {
    expect(accounts('Account: lowfield.ash@yahoo.com (dbid:AAB81kXq0PzW3mTr9LcV2y)')).toEqual(['lowfield.ash@yahoo.com', 'dbid:AAB81kXq0PzW3mTr9LcV2y']);
  });
});

const references = (text: string) => parseProviderEmail(text, NOW).confirmations.map((c) => c.reference);

describe('references: labels validation4 showed', () => {
  it('dot leaders part a label from its value: a portal request and an agency case are set aside, "Replaces" names the earlier one', () => {
    const text = [
      'From: Portal <no-reply@portal.example>',
      'Date: Tue, 15 Dec 2026 10:00:00 -0800',
      '',
      'Tumblr has extended the preservation.',
      '',
      '  Kodex request ....... TMB-KX-2026-4410',
      '  Agency case ......... NPD-2026-0077',
      '  New preservation .... TMB-EXT-22019',
      '  Replaces ............ TMB-PRS-21877',
      '',
      'The identifier above replaces the earlier one; please cite TMB-EXT-22019.',
    ].join('\n');
    const parsed = parseProviderEmail(text, NOW);
    expect(parsed.confirmations.map((c) => c.reference)).toEqual(['TMB-EXT-22019']);
    expect(parsed.confirmations[0]?.extension?.ofReference).toBe('TMB-PRS-21877');
  });

  it("a requester line's case number is the agency's, beside the provider's labelled reference", () => {
    const text = 'From: Snap LE <lawenforcement@snapchat.com>\n\nThe data has been preserved.\nSnap reference: SNAP-LE-5510299\n\n-----\nRequested by: Sgt. Ivo Marsh, Eastbrook PD Case #EBPD-2026-009812';
    expect(references(text)).toEqual(['SNAP-LE-5510299']);
  });

  it("a table row's label cell names the value after it: a preservation number beats the support request's", () => {
    const text = [
      'From: Lyft LE <le-support@lyft.com>',
      'Subject: [Request #5528831] Update',
      '',
      'Your request (5528831) has been updated. The preservation is in place.',
      '',
      '| Field             | Value            |',
      '|-------------------|------------------|',
      '| Preservation no.  | LYF-PV-2026-3308 |',
      '| Retention         | 90 days          |',
    ].join('\n');
    expect(references(text)).toEqual(['LYF-PV-2026-3308']);
  });

  it("a column the provider's label heads, its cells run into the next column with one blank: each is a reference", () => {
    const text = [
      'From: Kodex <notifications@kodexglobal.com>',
      '',
      'Discord has responded. Request: DSC-REQ-2026-5512 (Preservation)',
      '',
      'Discord Ref  Account                        Preserved',
      'DSC-PV-77120 https://discord.com/users/1    12/14/2026',
      'DSC-PV-77121 https://discord.com/users/2    12/10/2026',
    ].join('\n');
    expect(references(text)).toEqual(['DSC-PV-77120', 'DSC-PV-77121']);
  });
});
