import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { referenceChoices } from '../../../register/email/reference-choices';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('reference choices where the reader confirms nothing', () => {
  it('offers the numbers of an acknowledgement that reads as references, to pick from, and prefills nothing', () => {
    const r = parseProviderEmail(
      'From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nYour preservation request has been received. Reference number: SNAP-PR-20261123-0101.\nWe will write again once it is processed.',
      NOW,
    );
    expect(r.confirmations).toEqual([]);
    expect(r.referenceChoices).toEqual(['SNAP-PR-20261123-0101']);
  });

  it('offers none beside a confirmed reference', () => {
    const r = parseProviderEmail('From: Snap Inc. <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\nThe account below has been preserved. Reference number: SNAP-PR-20261123-0101.\nUsername: casey_b', NOW);
    expect(r.confirmations.map((c) => c.reference)).toEqual(['SNAP-PR-20261123-0101']);
    expect(r.referenceChoices).toEqual([]);
  });

  it('puts labelled numbers before bare formats, and never a date, a phone number or the agency\'s own case number', () => {
    const text = 'Call +1 650 555 0100 on 2026-11-23. Your case number 2026-0042 is noted. See AB-7731-QX on the portal. Request number: 88120934';
    expect(referenceChoices(text, 0, text.length)).toEqual(['88120934', 'AB-7731-QX']);
  });

  it('offers at most five, from the provider\'s message only', () => {
    const numbers = Array.from({ length: 9 }, (_, i) => `Ticket number: 7700${i}123`).join('\n');
    const text = `Officer note: Reference: OWN-55501\n\n${numbers}`;
    const from = text.indexOf('Ticket');
    expect(referenceChoices(text, from, text.length)).toEqual(['77000123', '77001123', '77002123', '77003123', '77004123']);
  });

  it('stays quick and bounded on a huge hostile text', () => {
    const text = 'Reference: AB-12345 '.repeat(50_000);
    expect(referenceChoices(text, 0, text.length)).toEqual(['AB-12345']);
  });
});
