import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Mechanisms found on holdout4 (round 7), each shown on invented mail in other words than the corpus's. */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Tue, 24 Nov 2026 10:00:00 -0800\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Preservation\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);
const references = (body: string) => parse(body).confirmations.map((c) => c.reference);

describe('references: the number a label for the preservation names, and nothing beside it', () => {
  it("a key/value table's bar reads as the label's colon, so its preservation row beats the platform's request id", () => {
    const table = 'Request ID: PLT-REQ-5521907\n\n| Item            | Detail      |\n|-----------------|-------------|\n| Preservation ID | 55310042    |\n| Preserved on    | 2026-11-19  |\n';
    const parsed = parse(table);
    expect(parsed.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['55310042', '2026-11-19']]);
  });

  it('a booking or order code mentioned beside a labelled preservation number is no second reference', () => {
    expect(references('We preserved the host account on 20 November 2026.\nPreservation reference: BKG-PR-2026-0912\n\nThe order you named (order no. ORD-2026-88123) is covered.')).toEqual(['BKG-PR-2026-0912']);
  });

  it("an agency's case number in a ticket thread's subject line gives way to the labelled preservation number", () => {
    const thread = '[Ticket #55120987] Records hold – Westbury Sheriff case WSO-26-0713\n\nHello,\n\nThe account has been preserved.\n\nPreservation ID: PRX-KEEP-440912\nDate preserved: Nov 18, 2026\n';
    expect(references(thread)).toEqual(['PRX-KEEP-440912']);
  });

  it('without a labelled preservation number, an unlabelled number is still proposed', () => {
    expect(references('We preserved the account on 20 November 2026 under case QRS-2026-55102.')).toEqual(['QRS-2026-55102']);
  });
});

describe('extensions: "new" nearer the number than an "under" further back', () => {
  it('a new number on the next line after "under the new case number" is the new reference, the other the earlier one', () => {
    const parsed = parse(
      'We extended the preservation first made under\nreference #PVX-2026-100412. It is now filed under the new reference number\nPVX-2026-100977, effective 23 November 2026.\n',
    );
    expect(parsed.confirmations.map((c) => [c.reference, c.extension?.ofReference])).toEqual([['PVX-2026-100977', 'PVX-2026-100412']]);
  });
});

describe('accounts: a copied correspondent line is no target', () => {
  it("a 'Name <address>' line without a header label (helpdesk or print-view header) is the sender's, never an account", () => {
    const mail = 'Acme Trust Desk <desk@acmehelp.helpdesk-host.example>\nTue, Nov 24, 2026, 9:18 AM\n\nHello,\n\nAcme has preserved the account of the user\nriver.moss@yahoo.com as of Nov. 23, 2026. Preservation number: ACM-PRV-55012\n';
    expect(parseProviderEmail(mail, NOW).accountIdentifiers).toEqual(['river.moss@yahoo.com']);
  });

  it('an address named in the text with a colon label stays an account', () => {
    expect(parse('Preserved on 11/20/2026. Preservation number: PRN-660412.\nAccount: Jo Doe <jo.doe.77@gmail.com>').accountIdentifiers).toContain('jo.doe.77@gmail.com');
  });
});

describe('blocks: a header flattened to the foot of an HTML copy', () => {
  const copy =
    'Acme Legal\n| Preservation notice |\n\nHi,\n• Preservation number: ACM-PRV-77120\n• Preserved on: Nov 21, 2026\n• Account: @harbour_fox\n' +
    'From: Acme Legal <legal@acme-social.example> | Sent: Monday, November 23, 2026 08:15 | To: officer@agency.example\n';

  it('heads the text above it: the reference, the date and the account come from that text', () => {
    const parsed = parseProviderEmail(copy, NOW);
    expect(parsed.confirmations.map((c) => [c.reference, c.preservedOn?.day, c.accounts.map((a) => a.value)])).toEqual([
      ['ACM-PRV-77120', '2026-11-21', ['@harbour_fox']],
    ]);
  });

  it("reads the bar-parted fields of the one header line (the e-mail's date from 'Sent:')", () => {
    expect(parseProviderEmail(copy, NOW).emailDate?.day).toBe('2026-11-23');
  });
});

describe('dates: "on <date>, <who> preserved …"', () => {
  it("a company's name with commas and a period between the date and the verb", () => {
    const parsed = parse('We confirm that on November 17, 2026, Lumen Media Group, Ltd. preserved the records of the account below.\n\nCase number: LMG-88120417\n');
    expect(parsed.confirmations.map((c) => [c.preservedOn?.day, c.preservedOn?.source])).toEqual([['2026-11-17', 'stated']]);
  });

  it('a date after "on" that no preservation verb follows stays no preservation date', () => {
    const parsed = parse('Your letter reached us on November 17, 2026, and Lumen Media Group reviewed it.\nWe have preserved the account. Case number: LMG-88120417\n');
    expect(parsed.confirmations[0]?.preservedOn?.source).toBe('email-date');
  });
});

describe('extensions: "<who> extended the preservation …"', () => {
  it('is an extension whose date is the extension\'s, with no preservation date proposed', () => {
    const parsed = parse('Acme extended the preservation ACM-PRV-440120 for the account\nfern.lake@gmail.com on November 23, 2026, for one further period of 90 days.\n');
    const c = parsed.confirmations[0]!;
    expect([c.reference, c.preservedOn, c.extension?.ofReference, c.extension?.requestedOn]).toEqual(['ACM-PRV-440120', null, 'ACM-PRV-440120', '2026-11-23']);
  });
});

describe('dates: a day named relative to the sender\'s own day', () => {
  const late = 'Date: Mon, 23 Nov 2026 22:41:07 -0800\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: RE: request\n\n';

  it("'yesterday' in the preservation's sentence is the day before the e-mail's date in the sender's zone (not UTC's)", () => {
    const parsed = parseProviderEmail(`${late}Hi,\n\nWe secured the account you asked about yesterday; our reference is QRS-2026-55102.\n`, NOW);
    expect(parsed.confirmations.map((c) => [c.preservedOn?.day, c.preservedOn?.source, c.preservedOn?.evidence?.quote])).toEqual([['2026-11-22', 'stated', 'yesterday']]);
  });

  it("a 'today' in a sentence about something else dates nothing", () => {
    const parsed = parseProviderEmail(`${late}Hi,\n\nI am in the office today. The account has been preserved under reference QRS-2026-55102.\n`, NOW);
    expect(parsed.confirmations.map((c) => [c.preservedOn?.day, c.preservedOn?.source])).toEqual([['2026-11-23', 'email-date']]);
  });
});

describe('accounts: shapes and labels seen in no earlier set', () => {
  const accounts = (body: string) => parse(body).accountIdentifiers;

  it('an address with letters outside ASCII is taken whole', () => {
    expect(accounts('Preservation number: PRN-660412, preserved on 11/20/2026.\nAccount: søren.ælvik@outlook.dk\n')).toEqual(['søren.ælvik@outlook.dk']);
  });

  it('a phone label in another language, a qualifying word before its colon, and a national number in pairs', () => {
    expect(accounts('Référence : PRN-660412\n\nNuméro de téléphone lié : 01 99 00 48 52\n')).toEqual(['01 99 00 48 52']);
    expect(accounts('Referenz: PRN-660412\n\nTelefon hinterlegt: 030 5550 1234\n')).toEqual(['030 5550 1234']);
  });

  it("a system's prefixed id in brackets right after an account is that account's, kept whole", () => {
    expect(accounts('Preservation number: PRN-660412\nThe account registered to\nkettle.fern@gmail.com (uid:QX7-41kd92PzLw) has been preserved.\n')).toEqual([
      'kettle.fern@gmail.com',
      'uid:QX7-41kd92PzLw',
    ]);
  });

  it("a table column headed by an id's abbreviation (UID) holds accounts", () => {
    const table = 'Preservation reference | UID        | Preserved on\nPRN-660412             | 4410229183 | 2026-11-20\n';
    expect(accounts(table)).toEqual(['4410229183']);
  });
});

describe('accounts: a phone number close after an account word', () => {
  const accounts = (body: string) => parse(body).accountIdentifiers;

  it("in prose ('the customer account tied to (212) 555-0147'), even where the sentence mentions the officer's call", () => {
    expect(accounts('As discussed on your call, we preserved the customer account linked to (212) 555-0147 today.\nReference: QRS-2026-55102\n')).toEqual(['(212) 555-0147']);
  });

  it("not another thing's numbers in plural ('the account hosted meetings with IDs 731 4408 2219')", () => {
    expect(accounts('Reference: QRS-2026-55102. The account hosted webinars and meetings with IDs 731 4408 2219; those are included.\n')).toEqual([]);
  });

  it('a sentence inviting the reader to call still makes its number the provider\'s', () => {
    expect(accounts('Reference: QRS-2026-55102. We preserved the account. For any question about this account call us on (212) 555-0199.\n')).toEqual([]);
  });
});

describe('accounts: a display name identifies nothing', () => {
  it("'user id 4407718820 (display name \"Moss\")' proposes the id, not the name", () => {
    expect(parse('Preservation ID: PRV-2026-77120, preserved 11/20/2026.\nuser id 4407718820 (display name "Moss")\n').accountIdentifiers).toEqual(['4407718820']);
  });
});
