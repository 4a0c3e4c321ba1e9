import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { findDates, readings } from '../../../register/email/dates';
import { readSource } from '../../../register/email/text';

const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const preserved = (text: string) => read(text).confirmations.map((c) => c.preservedOn?.day ?? null);

describe('date formats', () => {
  it.each([
    ['18-Nov-2026', '2026-11-18'],
    ['on the 16th of November 2026', '2026-11-16'],
    ['pon., 7 gru 2026 o 16:40', '2026-12-07'],
    ['quinta-feira, 3 de dezembro de 2026 15:10', '2026-12-03'],
    ['16/11/26', '2026-11-16'],
  ])('%s', (written, day) => {
    const [mention] = findDates(written);
    expect(mention && (readings(mention).dmy ?? readings(mention).mdy)).toBe(day);
  });

  it('a date without a year is the last such day on or before the e-mail\'s date, never after it', () => {
    const [nov] = findDates('preserved on Tuesday 24 November.');
    expect(readings(nov!, '2026-11-25').mdy).toBe('2026-11-24');
    const [dec] = findDates('preserved on Dec 30.');
    expect(readings(dec!, '2027-01-02').mdy).toBe('2026-12-30');
    expect(readings(dec!, null).mdy).toBeNull();
  });

  it('"may" in a sentence is no month; no two-digit year inside a longer number', () => {
    expect(findDates('You may 3 times ask us.')).toEqual([]);
    expect(findDates('Order 403-7729110-2283519 and 10.1.2.33')).toEqual([]);
  });
});

describe('the date each reference states', () => {
  it('each reference takes the date in its own section', () => {
    expect(preserved('Date: Mon, 26 Oct 2026 20:15:09 +0800\nFrom: Binance <le@binance.com>\n\n1. Case ID: BNB-LE-20261023-4410\n   Status: Data preserved on 2026-10-23\n\n2. Case ID: BNB-LE-20261026-4488\n   Status: Data preserved on 2026-10-26\n')).toEqual(['2026-10-23', '2026-10-26']);
  });

  it('a weekday date without a year, resolved against the e-mail\'s date', () => {
    expect(preserved('Date: Wed, 25 Nov 2026 23:58:10 -0500\nFrom: Kik <le@kik.com>\n\nKik preserved the account on Tuesday 24 November.\nKik Reference: KIK-26-10477')).toEqual(['2026-11-24']);
    expect(preserved('Sent: Tuesday, October 27, 2026 2:10:41 AM\nFrom: GitHub Legal <legal@github.com>\n\nOn Monday, 26 October GitHub preserved the account.\nGitHub reference: GH-LE-2026-1342')).toEqual(['2026-10-26']);
  });

  it('a text in a European language writes its numeric dates day first', () => {
    expect(preserved('Date: Mon, 16 Nov 2026 11:05:22 +0100\n\nNous vous confirmons que les données du compte ont été conservées en date du 06/11/2026.\nRéf. YUBO-REQ-2611-883')).toEqual(['2026-11-06']);
  });
});

describe('dates in an extension', () => {
  it('the original preservation\'s date is the preservation date; the extension\'s own date is not', () => {
    const r = read('Date: Thu, 3 Dec 2026 15:10:00 -0800\n\nCoinbase has processed your extension request under CB-LE-2026-00917.\n\nRequest received:      11/30/2026\nExtension processed:   12/03/2026\nOriginal preservation: 09/04/2026\nPreservation now extended through: 03/03/2027');
    expect(r.confirmations[0]).toMatchObject({ preservedOn: { day: '2026-09-04' }, extension: { requestedOn: '2026-12-03', expiresOn: '2027-03-03' } });
  });

  it('"we have extended … processed on" names no preservation date of its own', () => {
    const r = read('Date: Tue, 24 Nov 2026 10:03:00 -0800\n\nWe have extended the preservation. Your extension was processed on 11/24/2026 under the existing Case 14455021061.');
    expect(r.confirmations[0]).toMatchObject({ preservedOn: null, extension: { requestedOn: '2026-11-24' } });
  });
});

describe('quoted text', () => {
  it('takes the ">" marks off every quoted line, not only the first', () => {
    expect(readSource('a\n> b\n>> c\n').text).toBe('a\nb\nc\n');
  });
});

describe('words that state the preservation', () => {
  it.each(['The preservation was carried out on 21 November 2026.', 'the preservation for the user below was put in place\non 11/09/2026, when your request came in.'])('%s', (sentence) => {
    expect(preserved(`Date: Sun, 22 Nov 2026 15:03:22 -0800\n\n${sentence}\nReference: DCP-550917`)[0]).toMatch(/^2026-11-(?:21|09)$/);
  });
});

describe('numeric dates no date proves the order of, decided by the other dates (stated-dates.ts nearerOrder)', () => {
  const snap = (body: string) => `From: Snap LE <lawenforcement@snapchat.com>\nDate: Tue, 17 Nov 2026 10:12:00 +0000\nSubject: SNAP-PR-2026-8813\n\n${body}`;
  const read = (body: string) => parseProviderEmail(snap(body), new Date('2026-12-01T12:00:00Z')).confirmations[0]?.preservedOn;

  it('takes the order that puts every date near the e-mail, keeping the other reading as a choice', () => {
    const on = read('Preservation completed on 03/11/2026 (ref SNAP-PR-2026-8813). Request dated 02/11/2026, expiry 01/02/2027.');
    expect(on?.day).toBe('2026-11-03');
    expect(on?.ambiguous?.alternatives).toContain('2026-03-11');
  });

  it("keeps the sender's convention where both orders or neither put the dates near the e-mail", () => {
    expect(read('Preservation completed on 03/04/2026 (ref SNAP-PR-2026-8813). Request dated 03/02/2026.')?.day).toBe('2026-03-04');
    expect(read('Preservation completed on 11/10/2026 (ref SNAP-PR-2026-8813). Request dated 11/09/2026.')?.day).toBe('2026-11-10');
  });
});
