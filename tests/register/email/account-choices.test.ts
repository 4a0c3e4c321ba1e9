import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { accountChoices } from '../../../register/email/account-choices';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('account choices', () => {
  it('gives the identifiers the text names that no record holds, in its order, once each', () => {
    const text = 'Please preserve @river.kite and river.kite@gmail.com.\nUsername: @River.Kite\nPhone number: +44 7700 900123';
    expect(accountChoices(text, ['river.kite@gmail.com'], null)).toEqual(['@river.kite', '+44 7700 900123']);
  });

  it('leaves out the provider\'s own addresses', () => {
    const text = 'From: lawenforcement@snapchat.com\nThe account user@example.com is preserved.';
    expect(accountChoices(text, [], 'snap')).toEqual(['user@example.com']);
  });

  it("leaves out a public body's addresses, the officers'", () => {
    const text = 'The account user@example.com is preserved.\nDet. L. Ferreira\nl.ferreira@nvc-sheriff.example.gov\nk.berg@polizei.example.de';
    expect(accountChoices(text, [], null)).toEqual(['user@example.com']);
  });

  it('gives at most eight and stays bounded on a huge text', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `person${i}@example.com`).join(' ');
    expect(accountChoices(text, [], null)).toHaveLength(8);
  });

  it('offers the accounts of an acknowledgement, which proposes no record', () => {
    const r = parseProviderEmail('From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nYour preservation request has been received. Reference number: SNAP-PR-20261123-0101.\nUsername: casey_b', NOW);
    expect(r.confirmations).toEqual([]);
    expect(r.accountChoices).toEqual(['casey_b']);
  });
});
