import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 50 (the session's development sets and the reader's older misses): each shown on invented mail in
 * wordings and layouts not in the sets, with look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-04T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const byReference = (text: string) => Object.fromEntries(read(text).confirmations.map((c) => [c.reference, { day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }]));

const HEADER = (from: string, subject: string, date = 'Tue, 24 Nov 2026 16:20:41 -0800', to = 'Det. Ana Ruiz <a.ruiz@pd.example.gov>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('several references led by digits in one subject, each answered in the body', () => {
  const mail = (subject: string) =>
    HEADER('Microsoft Law Enforcement <lenotice@microsoft.com>', subject) +
    'Detective Ruiz,\n\nBoth of your requests are complete.\n\n' +
    'a) 2611-MS-55120 (Outlook.com)\n   brightwater.deli@outlook.com was preserved on 11/23/2026.\n\n' +
    'b) 2611-MS-55121 (Xbox)\n   Gamertag "Copper Fennel" was preserved on 11/24/2026.\n\nRetention is 90 days.\n';
  it('gives each its accounts and its day', () => {
    expect(byReference(mail('Completed: 2611-MS-55120, 2611-MS-55121'))).toEqual({
      '2611-MS-55120': { day: '2026-11-23', accounts: ['brightwater.deli@outlook.com'] },
      '2611-MS-55121': { day: '2026-11-24', accounts: ['Copper Fennel'] },
    });
  });

  it('takes none from a reply\'s subject, which may echo the agency\'s numbers', () => {
    expect(Object.keys(byReference(mail('RE: 2611-PD-00417 and 2611-PD-00418')))).not.toContain('2611-PD-00417');
  });

  it('takes none that the body does not answer', () => {
    const text = HEADER('Microsoft Law Enforcement <lenotice@microsoft.com>', 'Completed: 2611-MS-55120, 2611-MS-55121') + 'Detective Ruiz,\n\nThe account brightwater.deli@outlook.com was preserved on 11/23/2026.\n';
    expect(Object.keys(byReference(text))).not.toEqual(['2611-MS-55120', '2611-MS-55121']);
  });
});

describe('"onze referentie" in the provider\'s Dutch sentence is the provider\'s number', () => {
  it('reads the number the provider names as its own in brackets', () => {
    const text =
      HEADER('Lyft Legal <legal@lyft.com>', 'Bewaring', 'Wed, 18 Nov 2026 09:12:00 +0100', 'Rechercheur T. Bakker <t.bakker@politie.example.nl>') +
      'Beste heer Bakker,\n\nUw verzoek is verwerkt (onze referentie: LYF-PR-66120). Het account dat aan +31 6 55501234 gekoppeld is, is bewaard op 17 november 2026.\n\nMet vriendelijke groet,\nLyft Legal\n';
    expect(byReference(text)).toEqual({ 'LYF-PR-66120': { day: '2026-11-17', accounts: ['+31 6 55501234'] } });
  });

  it.each([
    ['Your request has been processed (our reference: LYF-PR-66120). The account linked to +31 6 55501234 was preserved on 17 November 2026.'],
    ['Votre demande a été traitée (notre référence : LYF-PR-66120). Le compte lié au +31 6 55501234 a été conservé le 17 novembre 2026.'],
    ['Ihr Ersuchen wurde bearbeitet (unsere Referenz: LYF-PR-66120). Das Konto zu +31 6 55501234 wurde am 17. November 2026 gesichert.'],
  ])('reads it after "your request … processed" in another language: %s', (body) => {
    const text = HEADER('Lyft Legal <legal@lyft.com>', 'Preservation', 'Wed, 18 Nov 2026 09:12:00 +0100') + `Hello,\n\n${body}\n\nLyft Legal\n`;
    expect(Object.keys(byReference(text))).toEqual(['LYF-PR-66120']);
  });

  it('keeps the label line of a forward\'s header block the agency\'s', () => {
    const text =
      'Van: Lyft Legal <legal@lyft.com>\nVerzonden: woensdag 18 november 2026 09:12\nAan: Bakker, T. <t.bakker@politie.example.nl>\nOnderwerp: Preservation complete - LYF-PR-66120\nOnze referentie: PL0900-2026118877\n\n' +
      'Dear Officer Bakker,\n\nThe account linked to +31 6 55501234 was preserved on 17 November 2026.\n\nLyft Legal\n';
    expect(Object.keys(byReference(text))).not.toContain('PL0900-2026118877');
  });
});
