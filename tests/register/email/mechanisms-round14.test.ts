import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 14: each shown on invented mail in other words, orders and layouts than the corpus's, with
 * probes that must read the new way and probes that must not.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Your request\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('"internal reference is X": the provider\'s internal number given by a copula as by a colon', () => {
  it.each([
    ['We preserved the account fen_harrow.77 on 20 November 2026. Our internal reference is QX/LE/2611/0091.', 'QX/LE/2611/0091'],
    ['The account fen_harrow.77 has been preserved.\nThe internal reference is PV/RQ/2026/4471, please keep it.', 'PV/RQ/2026/4471'],
    ['Thank you. The data of fen_harrow.77 is preserved; its internal case number is\nKZ.PR.3390.12 for any follow-up.', 'KZ.PR.3390.12'],
  ])('reads the number: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['We preserved the account fen_harrow.77 on 20 November 2026. Your internal reference is QX/LE/2611/0091.'],
    ['We preserved the account fen_harrow.77. Our reference to your letter QX/LE/2611/0091 is noted.'],
  ])('not from the addressee or another construction: %s', (body) => {
    expect(parse(body).references).not.toContain('QX/LE/2611/0091');
  });
});
