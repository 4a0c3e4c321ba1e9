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

  it("an id keeps its system's prefix in prose ('(dbid:…)' after an address)", () => {
    expect(accounts('Account: lowfield.ash@yahoo.com (dbid:AAB81kXq0PzW3mTr9LcV2y)')).toEqual(['lowfield.ash@yahoo.com', 'dbid:AAB81kXq0PzW3mTr9LcV2y']);
  });
});
