import { describe, expect, it } from 'vitest';
import { onReplySubject, REPLY_PREFIX, SUBJECT_LINE, subjectNumbers, wholeInTag } from '../../../register/email/subject-numbers';

const ADDRESSEES = /(?<![\p{L}])your(?![\p{L}])/iu;
const numbersOf = (text: string) => subjectNumbers([...text.matchAll(SUBJECT_LINE)], ADDRESSEES).map((n) => n.token);

describe('REPLY_PREFIX', () => {
  it.each(['Re: x', 'AW: x', 'RES: x', 'Rif: x', '[EXTERN] Fwd: x', 'Odp: x'])('reads %s as a reply or a forward', (subject) => {
    expect(REPLY_PREFIX.test(subject)).toBe(true);
  });
  it.each(['Preservation confirmed', 'Result: done', 'Resolution 2611'])('does not read %s as one', (subject) => {
    expect(REPLY_PREFIX.test(subject)).toBe(false);
  });
});

describe('subjectNumbers', () => {
  it("reads a provider subject's number led by digits with a group of capitals", () => {
    expect(numbersOf('Subject: [Snap LE] Preservation Extension - 8820-5517-PR\n')).toEqual(['8820-5517-PR']);
  });
  it("does not read that shape on a reply's subject, which may echo the agency's", () => {
    expect(numbersOf('Subject: Re: Preservation Extension - 8820-5517-PR\n')).toEqual([]);
  });
  it('reads the number a subject leads with, the outcome after it, behind reply prefixes of any language', () => {
    expect(numbersOf('Subject: RES: [EXTERN] 0731944205 - Records preserved\n')).toEqual(['0731944205']);
    expect(numbersOf('Subject: REF: 0731944205 - Records preserved\n')).toEqual(['0731944205']);
  });
  it("does not read a request's title as the provider's number", () => {
    expect(numbersOf('Subject: 26-03118 - Preservation request\n')).toEqual([]);
  });
  it("reads a bracketed tag's number where nothing else is, not the addressee's tag", () => {
    expect(numbersOf('Subject: Re: Records [Reddit Ref 30418822]\n')).toEqual(['30418822']);
    expect(numbersOf('Subject: Re: Records [Your ref 30418822]\n')).toEqual([]);
  });
});

describe('wholeInTag', () => {
  it("gives the tag's whole form of a number the body writes shorter", () => {
    expect(wholeInTag('WP-004183', ['2026-WP-004183'])).toBe('2026-WP-004183');
  });
  it('keeps the number where two tags could be its whole form', () => {
    expect(wholeInTag('WP-004183', ['2026-WP-004183', '2027-WP-004183'])).toBe('WP-004183');
  });
});

describe('onReplySubject', () => {
  it("tells a reply's subject line from the body", () => {
    const text = 'Subject: AW: Ersuchen 4471\n\nIhr Zeichen 4471';
    expect(onReplySubject(text, text.indexOf('4471'))).toBe(true);
    expect(onReplySubject(text, text.lastIndexOf('4471'))).toBe(false);
  });
});
