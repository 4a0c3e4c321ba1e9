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
    expect(referenceChoices(text)).toEqual(['88120934', 'AB-7731-QX']);
  });

  it('then offers other runs of letters and digits in the order of the text, at most five in all', () => {
    const text = 'Sent 2026-11-23 14:05. Your file was logged as 5512-QK-0091.\nContact lers@example.com or https://example.com/req/99887766.\nRequest number: 88120934\n10,000 USD. Items TK9921003, ZZ12345678, YY-2026-4471, XX-2026-5582, WW-2026-6693';
    expect(referenceChoices(text)).toEqual(['88120934', 'YY-2026-4471', 'XX-2026-5582', 'WW-2026-6693', '5512-QK-0091']);
  });

  it("leaves out the mail system's numbers (transport headers, host names, keys) and offers postcodes and phone parts last", () => {
    const text = [
      'Received: from BY5PR21MB3741.namprd21.prod.outlook.com (2603:10b6:a03:2a1::9)',
      ' by MW4PR21MB1907.namprd21.prod.outlook.com with HTTPS',
      'Message-ID: <BY5PR21MB3741E2A09F@BY5PR21MB3741.namprd21.prod.outlook.com>',
      'X-MS-Exchange-Organization-Network-Message-Id: 5e8c17a2-40fd-4b6e-9a3c-0f27d1b6e4a9',
      'Subject: Preservation outcome: 2026-LNS-104417',
      '',
      'We answered 2026-LNS-104417 today. Session 5e8c17a2-40fd-4b6e-9a3c-0f27d1b6e4a9, hash 4f9c2a71e0b3d85c6a1f2e7b9d0c4a38.',
      'One Microsoft Way, Redmond, WA 98052. Call 555-0137.',
    ].join('\n');
    expect(referenceChoices(text)).toEqual(['2026-LNS-104417', '98052', '555-0137']);
  });

  it('stays quick and bounded on a huge hostile text', () => {
    const text = 'Reference: AB-12345 '.repeat(50_000);
    const started = performance.now();
    expect(referenceChoices(text)).toEqual(['AB-12345']);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
