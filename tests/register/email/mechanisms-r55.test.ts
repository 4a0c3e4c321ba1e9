import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 55: each shown on invented mail in wordings and layouts not in the development sets, with
 * look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-04T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

const HEADER = (from: string, subject: string, date = 'Tue, 24 Nov 2026 16:20:41 -0800', to = 'Det. Ana Ruiz <a.ruiz@police.example.gov>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('"your request #…": the number the provider gave the addressee\'s request', () => {
  const body = 'Hello,\n\nWe have completed your preservation request on November 23, 2026 for the account mossline.tern (User ID 5512093384).\n\nThe records will be kept for 90 days.\n\nLegal Response Team\n';
  it.each(['Your Request #7730418', 'Your Records Request #7730418', 'Update on your request number 7730418'])('is the provider\'s reference (%s)', (subject) => {
    expect(references(HEADER('Legal Response <legal-noreply@photoshare.example>', subject) + body)).toEqual(['7730418']);
  });

  it('keeps the agency\'s number in "your letter no." and "your request reference" beside the provider\'s', () => {
    const text =
      HEADER('Legal Response <legal-noreply@photoshare.example>', 'Re: your request reference SO-26-0419 / Case 7730418') +
      'Hello,\n\nYour letter no. 2026-0043817 was received. We have completed the preservation under case 7730418 on November 23, 2026 for the account mossline.tern.\n\nLegal Response Team\n';
    expect(references(text)).toEqual(['7730418']);
  });
});

describe('the provider\'s undertaking for a period, wrapped at a line\'s width', () => {
  const text = (sentence: string) =>
    HEADER('Messaging Law Enforcement <no-reply@chatapp.example>', 'Preservation Request Confirmation - Reference 4470918823') +
    `Hello,\n\nThank you for your preservation request. We have completed your request for the following account:\n\n+44 7700 900512\n\n${sentence}\n\nReference: 4470918823\n`;
  it.each([
    'ChatApp LLC will preserve the available records for the account above for 90 days pending receipt of formal legal process.',
    'ChatApp LLC will preserve the available records for the account above\nfor 90 days pending receipt of formal legal process.',
  ])('asserts the preservation (%s)', (sentence) => {
    expect(references(text(sentence))).toEqual(['4470918823']);
  });

  it('still confirms nothing where the undertaking is put off to a later date', () => {
    expect(references(text('ChatApp LLC will preserve the available records once we have verified your request.\nWe will then keep them for 90 days.').replace('We have completed your request for', 'We have received your request for'))).toEqual([]);
  });
});
