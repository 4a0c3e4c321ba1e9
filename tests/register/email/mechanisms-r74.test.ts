import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 74 of the e-mail reader: each probe fails on the reader of 145f6c6a, except the look-alike that keeps its reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

const mail = (body: string) => `From: Snap Law Enforcement <lawenforcement@snapchat.com>
Date: Wed, 25 Nov 2026 09:00:00 -0800
Subject: Your Snap preservation

${body}

Snap Inc. Law Enforcement Operations
`;

describe('the provider’s own case number in the first person', () => {
  it('reads "…, under our case number X" after the preservation’s sentence', () => {
    const text = mail('Hello, this is to confirm that the content and records of the Snapchat account with the username "river.fox_22" have been preserved by Snap Inc. as requested in your letter, under our case number 77310452. Please include this case number in any legal process you serve on us later on.');
    expect(references(text)).toEqual(['77310452']);
  });

  it('look-alike: a receipt under our case number confirms nothing', () => {
    const text = mail('Hello, we received your request to preserve "river.fox_22" under our case number 77310452. It will be reviewed shortly.');
    expect(references(text)).toEqual([]);
  });
});
