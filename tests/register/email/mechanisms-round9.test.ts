import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { findDates, readings } from '../../../register/email/dates';

/** Mechanisms of round 9 (holdout6: dates and distractors), each shown on invented mail in other words than the corpus's. */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Preservation\n\n';
const parse = (body: string, head = HEAD) => parseProviderEmail(`${head}${body}`, NOW);
const dateOf = (body: string, head = HEAD) => {
  const on = parse(body, head).confirmations[0]?.preservedOn;
  return on ? [on.day, on.source] : null;
};

describe('dates: the ways a provider writes the day a preservation took effect', () => {
  it('a year-first date with dots (2026.11.19) reads like ISO, dots or dashes alike', () => {
    const [mention] = findDates('Kept since 2026.11.19 on our side');
    expect(mention && readings(mention)).toEqual({ mdy: '2026-11-19', dmy: '2026-11-19' });
    expect(dateOf('Reference: QA-7781200\nDate of preservation: 2026.11.19\n')).toEqual(['2026-11-19', 'stated']);
  });

  it('a dotted version or address is no date (1.2026.11.19, 2026.11.19.4)', () => {
    expect(findDates('build 1.2026.11.19 and host 2026.11.19.4')).toEqual([]);
  });

  it('"On <weekday> <day> <month>, we <preservation verb> …": verbs other than preserved (took a snapshot, secured, captured, froze)', () => {
    expect(dateOf('Reference: QA-7781200\n\nOn Thursday 19 November we took a snapshot of the account.\n')).toEqual(['2026-11-19', 'stated']);
    expect(dateOf('Reference: QA-7781200\n\nOn 18 November, the Trust team secured the records.\n')).toEqual(['2026-11-18', 'stated']);
  });

  it('"On <date> we received …" is still no preservation date: the e-mail\'s date stands', () => {
    expect(dateOf('Reference: QA-7781200\n\nOn 18 November we received your request. The account is preserved.\n')).toEqual(['2026-11-25', 'email-date']);
  });

  it('in an extension, "originally processed under <ref> on <date>" dates the first preservation, not the extension', () => {
    const parsed = parse('We have extended the hold originally processed under QA-2609-1180 on October 2, 2026.\n\nNew reference: QA-2611-5520\nExtension processed: November 24, 2026\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.preservedOn?.day, c.extension?.ofReference])).toEqual([['QA-2611-5520', '2026-10-02', 'QA-2609-1180']]);
  });
});

describe('headers told by their shape: field names in a language the parser does not list', () => {
  const ESTONIAN = 'Saatja: Provider Legal <legal@provider.example>\nSaadetud: kolmapäev, 25. november 2026 10:41\nAdressaat: Mari Tamm <mari.tamm@police.example.ee>\nTeema: Preservation QA-7781200\n\n';

  it("the recipient of such a block is the officer, never an account; the body's own addresses still are", () => {
    const parsed = parseProviderEmail(`${ESTONIAN}We preserved the account tidal.moss@mail.example on November 24, 2026.\nReference: QA-7781200\n`, NOW);
    expect(parsed.confirmations.map((c) => c.accounts.map((a) => a.value))).toEqual([['tidal.moss@mail.example']]);
  });

  it("such a block below the officer's own reply heads the provider's message", () => {
    const parsed = parseProviderEmail(`Noted, thanks.\n\n${ESTONIAN}We preserved the account tidal.moss@mail.example on November 24, 2026.\nReference: QA-7781200\n`, NOW);
    expect(parsed.confirmations[0]?.accounts.map((a) => a.value)).toEqual(['tidal.moss@mail.example']);
    expect(parsed.confirmations[0]?.preservedOn?.day).toBe('2026-11-24');
  });

  it('key-value lines of a body with an address but no date-time are no header: their account stays', () => {
    const body = 'Reference: QA-7781200\nAccount: Tidal Moss <tidal.moss@mail.example>\nStatus: preserved\n\nThe account was preserved on November 24, 2026.\n';
    expect(parse(body).confirmations[0]?.accounts.map((a) => a.value)).toEqual(['tidal.moss@mail.example']);
  });
});

describe("a help desk's post: its date-time line is the message's date", () => {
  it('"Nov 24, 2026, 16:20 CET" on its own line under the author dates a weekday without a year', () => {
    const post = 'Your request (#55120) has been updated.\n\nProvider Legal Desk\nNov 24, 2026, 16:20 CET\n\nWe preserved the account on Monday, November 23. Preservation number: QA-7781200.\n';
    expect(dateOf(post, '')).toEqual(['2026-11-23', 'stated']);
  });

  it('a date-time inside a sentence is no such line', () => {
    // Without its weekday the preservation's "November 23" has no year: the sentence's date-time gives the e-mail none.
    const post = 'Provider Legal Desk\n\nWe preserved the account on November 23; see the log of Nov 24, 2026, 16:20 for details.\nPreservation number: QA-7781200.\n';
    expect(dateOf(post, '')).toBeNull();
    // With it ("Monday, November 23"), the weekday names the year (weekday-year.test.ts): still no e-mail date.
    expect(dateOf(post.replace('on November 23', 'on Monday, November 23'), '')).toEqual(['2026-11-23', 'stated']);
  });
});
