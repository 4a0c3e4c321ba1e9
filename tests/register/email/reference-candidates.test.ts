import { describe, expect, it } from 'vitest';
import type { Message } from '../../../register/email/blocks';
import { gatherCandidates, occurrence } from '../../../register/email/reference-candidates';
import { strongLabel } from '../../../register/email/reference-cues';
import { providerWords } from '../../../register/email/provider';

/** A message of the subject line and a body, the whole text the provider's, nothing quoted from the officer. */
function gather(subject: string, body: string, providerId: string | null = null) {
  const text = `Subject: ${subject}\n\n${body}`;
  const bodyStart = text.indexOf('\n\n') + 2;
  const message: Message = { start: 0, end: text.length, bodyStart, from: null, date: null, to: null, subject: { value: subject, at: 9 } };
  return gatherCandidates({ text, message, region: text, body: text.slice(bodyStart), strong: strongLabel(providerWords(providerId)), officersLine: () => false });
}

describe('gatherCandidates: the numbers a provider’s message may give as its reference', () => {
  it('takes the number the provider’s own label introduces, and marks it its own', () => {
    const c = gather('Preservation request', 'Our preservation reference is KLE-26-3391. The data has been preserved for 90 days.');
    expect(c.candidates).toContain('KLE-26-3391');
    expect(c.ownLabelled).toContain('KLE-26-3391');
  });

  it('keeps the number a provider asks to be quoted among the quoted ones', () => {
    const c = gather('Your request', 'Please quote reference SNAP-LE-884031 in any further correspondence.');
    expect(c.candidates).toContain('SNAP-LE-884031');
    expect(c.quoted).toContain('SNAP-LE-884031');
  });

  it('takes the bracketed number a provider’s own subject opens with, not a reply’s', () => {
    expect(gather('[52814409] Preservation request - account x', 'Thank you.').subjectOpening).toBe('52814409');
    expect(gather('Re: [52814409] Preservation request', 'Thank you.').subjectOpening).toBeUndefined();
  });

  it('names a help desk’s bracketed ticket in the subject as a ticket', () => {
    const c = gather('[OVHcloud #CS11842207] Your preservation request', 'Your request has been processed.');
    expect(c.subjectTickets).toEqual(['CS11842207']);
    expect(c.candidates).toContain('CS11842207');
  });

  it('reads the values listed after a labelled one, and which one they follow', () => {
    const c = gather('Preservation', 'Reference: 73391048, 73391062\nBoth accounts have been preserved.', 'google');
    expect(c.candidates).toEqual(expect.arrayContaining(['73391048', '73391062']));
    expect(c.listedWith.get('73391062')).toBe('73391048');
  });

  it('knows an earlier request named as such', () => {
    const c = gather('Preservation', 'Your earlier request, case 7741199, was closed as a duplicate. Reference: GGL-26-118204.');
    expect(c.otherRequests.has('7741199')).toBe(true);
    expect(c.candidates).toContain('GGL-26-118204');
  });
});

describe('occurrence: the first place a number stands as the provider’s', () => {
  it('is null where the text labels the number the addressee’s wherever it stands', () => {
    const text = 'Subject: Preservation - Your Ref SV/OP-KESTREL/26\n\nWe have preserved the account under your request SV/OP-KESTREL/26.';
    expect(occurrence(text, 'SV/OP-KESTREL/26')).toBeNull();
  });

  it('is the place of a number the provider asks to be quoted, though the addressee’s label stands before it too', () => {
    const text = 'Your case number: KX-2026-0419\nPlease quote KX-2026-0419 in all correspondence.';
    expect(occurrence(text, 'KX-2026-0419')).toBe(text.lastIndexOf('KX-2026-0419'));
  });
});
