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

const accounts = (body: string) => parse(`We have preserved the data. Reference: PRV-2026-0001\n\n${body}`).accountIdentifiers;

describe('accounts in shapes holdout3 showed', () => {
  it('a phone number in international form without spaces', () => {
    expect(accounts('Data linked to +61491570188 has been preserved.')).toEqual(['+61491570188']);
  });

  it('a gamertag with spaces before a bracket, and the id in it', () => {
    expect(accounts('Gamertag: Quiet Fern 27 (XUID 2533274900011122)')).toEqual(['Quiet Fern 27', '2533274900011122']);
  });

  it('a u/ name longer than twenty characters, taken whole', () => {
    expect(accounts('Preserved: u/Harbourmaster_Cartwright')).toEqual(['u/Harbourmaster_Cartwright']);
  });

  it("a labelled name in brackets after an id ('(login: …)')", () => {
    expect(accounts('Member ID 55102937 (login: fen-lantern)')).toEqual(['55102937', 'fen-lantern']);
  });

  it("an id in brackets right after a name ('(ID …)'), but not a server's", () => {
    expect(accounts('User: gorse.finch (ID 1209934870011223344)')).toEqual(['gorse.finch', '1209934870011223344']);
    expect(accounts('User: gorse.finch\nServer: Heath Hall (ID 1209934870099887766)')).toEqual(['gorse.finch']);
  });
});

describe('accounts: a sentence that says the one before named nothing', () => {
  it.each([
    'Your letter also named @reed_warbler_2 (with two r). No such account exists on our service.',
    'You also asked about @reed_warbler_2. That account does not exist.',
    'The request listed @reed_warbler_2 as well. We could not find it.',
  ])('%s', (body) => {
    expect(accounts(`Preserved: @kept_one_7\n\n${body}`)).toEqual(['@kept_one_7']);
  });

  it('a next sentence about something else leaves the account confirmed', () => {
    expect(accounts('We preserved @kept_one_7. No further action is needed.')).toEqual(['@kept_one_7']);
  });
});

describe('accounts listed under an announcing sentence that wraps', () => {
  it('takes the items under it when the account word is on the line before the colon', () => {
    expect(accounts('Subscriber data associated with the accounts below has been\npreserved as of 20 November 2026:\n\n    07700 900415\n    fallow_reed_3\n')).toEqual([
      '07700 900415',
      'fallow_reed_3',
    ]);
  });

  it('not when the line before ends a sentence', () => {
    expect(accounts('We looked at every account you named.\nOther items:\n\n    07700 900415\n')).toEqual([]);
  });
});
