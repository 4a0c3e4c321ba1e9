import { describe, expect, it } from 'vitest';
import { askedAfter, askedToQuoteAt, LOGGED_AS, namedToQuote, quotedNumbers } from '../../../register/email/quoting';

const at = (text: string, token: string) => [text, text.indexOf(token), token.length] as const;

describe('quotedNumbers', () => {
  it('reads a number a quoting verb asks for on what follows', () => {
    expect(quotedNumbers('Please quote 7308841926603 on any future correspondence.')).toEqual(['7308841926603']);
    expect(quotedNumbers('Please put 58203719 on the face of any subsequent legal process.')).toEqual(['58203719']);
  });
  it('reads the passive, the number first', () => {
    expect(quotedNumbers('Case #0FX-2611-80144 should be quoted in any legal process.')).toEqual(['0FX-2611-80144']);
  });
  it('reads a quoting verb of another language before label words', () => {
    expect(quotedNumbers('Le rogamos que indique la Ref. de Google 61048823 en su orden.')).toEqual(['61048823']);
  });
  it('reads a number the next sentence asks to be quoted as "this number"', () => {
    expect(quotedNumbers('Ihre Fallnummer lautet: LERT-88213. Bitte geben Sie diese Nummer in allen Mitteilungen an.')).toEqual(['LERT-88213']);
  });
  it("does not read the addressee's own number after a quoting verb", () => {
    expect(quotedNumbers('Please quote your case number 2026-118420 when you reply.')).toEqual([]);
  });
  it('reads nothing where no number is asked for', () => {
    expect(quotedNumbers('We preserved the account under 58203719 for 90 days.')).toEqual([]);
  });
});

describe('namedToQuote', () => {
  it('reads the number the next words call the one to quote, in English and Spanish', () => {
    expect(namedToQuote('Our file for this is CB-LE-2026-77310, and that is the number to reference on any subpoena.')).toEqual(['CB-LE-2026-77310']);
    expect(namedToQuote('el expediente WLP-LE-26-7719, que es el que debe citar en el mandamiento')).toEqual(['WLP-LE-26-7719']);
  });
  it('reads the number later process should carry', () => {
    expect(namedToQuote('Any production order should mention 6620-3185.')).toEqual(['6620-3185']);
  });
  it('reads the German request to give the provider\'s file number', () => {
    expect(namedToQuote('Bitte geben Sie bei jeder weiteren Korrespondenz die Fall-ID 11846203951 an.')).toEqual(['11846203951']);
  });
  it('reads nothing in a plain confirmation', () => {
    expect(namedToQuote('Your request 58203719 has been processed.')).toEqual([]);
  });
});

describe('LOGGED_AS', () => {
  it('reads the number a request was logged as, for quoting', () => {
    expect([...'It has been logged as 1093384726105528, which you should quote.'.matchAll(LOGGED_AS)].map((m) => m[1])).toEqual(['1093384726105528']);
  });
  it('does not read a number logged as something with no request to quote it', () => {
    expect([...'The call was logged as 1093384726105528 in our system.'.matchAll(LOGGED_AS)]).toEqual([]);
  });
});

describe('askedToQuoteAt', () => {
  it('finds a request to quote after the number, before it, or on the line above its colon', () => {
    expect(askedToQuoteAt(...at('Your case number is X-44120. Please quote this number in all correspondence.', 'X-44120'))).toBe(true);
    expect(askedToQuoteAt(...at('Please quote 9F2K-7QX4-MP31 in all correspondence.', '9F2K-7QX4-MP31'))).toBe(true);
    expect(askedToQuoteAt(...at('Merci de rappeler la référence de notre dossier dans toute correspondance :\n\nDossier n° 2026-RQ-0788', '2026-RQ-0788'))).toBe(true);
    expect(askedToQuoteAt(...at('el expediente WLP-LE-26-7719, que es el que debe citar', 'WLP-LE-26-7719'))).toBe(true);
  });
  it('finds none around a number merely named', () => {
    expect(askedToQuoteAt(...at('Your case number 2026-118420 was noted. We preserved the account.', '2026-118420'))).toBe(false);
  });
  it('askedAfter looks only at the sentence after the number', () => {
    expect(askedAfter(...at('Please quote 9F2K-7QX4-MP31 in all correspondence.', '9F2K-7QX4-MP31'))).toBe(false);
    expect(askedAfter(...at('Your case ID is X-44120. Please quote it when you write.', 'X-44120'))).toBe(true);
  });
});
