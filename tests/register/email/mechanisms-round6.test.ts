import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Mechanisms found on holdout3 (round 6), each shown on invented mail in other words than the corpus's. */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Tue, 24 Nov 2026 10:00:00 -0800\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Preservation\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);
const references = (body: string) => parse(body).confirmations.map((c) => c.reference);

describe('references: the provider names its own number', () => {
  it("in the first person ('Our case number is …'), across a line break", () => {
    expect(references('We have preserved the account. Our case number is\n70412259031.')).toEqual(['70412259031']);
  });

  it("as its internal reference, which the page reader would take for the agency's", () => {
    expect(references('The account was preserved on 20.11.2026.\n\nInternal reference: QX-LE-551208-09')).toEqual(['QX-LE-551208-09']);
  });

  it("while 'Our case' without 'number is' stays the agency's, quoted back", () => {
    expect(references('We preserved the account. Preservation ID: PRS-88120417\nYou wrote: please preserve it, our case: AGY-26-1187.')).toEqual(['PRS-88120417']);
  });
});

describe('references: what a ticket or tracking number is called', () => {
  it("a support case gives way to the preservation's number", () => {
    expect(references('Following up on support case #SUP-CS-44120991.\nPreserved on 11/23/2026.\nProvider preservation number: PPN-771203')).toEqual(['PPN-771203']);
  });

  it('a number the next words call a tracking number of a submission is no reference', () => {
    expect(
      references('Preserved on 11/20/2026. Preservation number: PRN-660412.\nTRK-2026-0077120 is the tracking number of your submission.'),
    ).toEqual(['PRN-660412']);
  });
});

describe('extensions: the earlier reference and the words that announce one', () => {
  it("'Extends preservation ID' names the earlier one beside the new one", () => {
    const parsed = parse('Your extension request was approved.\n\nNew preservation ID:      QPR-2026-100221\nExtends preservation ID:  QPR-2026-100007\nExtension processed: Nov 24, 2026\n');
    expect(parsed.confirmations.map((c) => [c.reference, c.extension?.ofReference])).toEqual([['QPR-2026-100221', 'QPR-2026-100007']]);
  });

  it("'we've extended' is an extension; a previous case is the earlier reference, its date the extension's", () => {
    const parsed = parse("We've extended the preservation.\n\nCase #55120448 (new)\nPrevious case: #51002377\n\nThe extension took effect 11/23/2026.");
    expect(parsed.confirmations).toHaveLength(1);
    const [c] = parsed.confirmations;
    expect([c!.reference, c!.extension?.ofReference, c!.extension?.requestedOn, c!.preservedOn]).toEqual(['55120448', '51002377', '2026-11-23', null]);
  });

  it('an original preservation date is no earlier reference', () => {
    const parsed = parse('The preservation has been extended.\nReference: CBX-LER-0042118\nOriginal preservation: 2026-08-29\n');
    expect(parsed.confirmations.map((c) => c.reference)).toEqual(['CBX-LER-0042118']);
  });
});
