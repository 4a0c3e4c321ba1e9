import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 11 for references, accounts and distractors (holdout8 spent, dev9, dev10), each shown on
 * invented mail in other words than the corpus's.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Preservation\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('a number a possessive labels is its possessor’s', () => {
  it.each([
    ["Detective Sergeant Ana Ruiz's reference: NPT/CY/2026/0412"],
    ["DC Ola Berg's case reference NB-26-77120 is recorded with this request."],
    ["The requesting agency's case number: 2026-CR-004471"],
    ["Officer Lund’s file no. LPD-26-11902"],
    ["Ms Dahl's investigation number 26-440918"],
  ])('%s', (line) => {
    const r = parse(`Case PX-2611-55210: the account is preserved.\n\n${line}\n`);
    expect(r.references).toEqual(['PX-2611-55210']);
  });

  it('the provider’s own possessive still names its reference', () => {
    const r = parseProviderEmail(
      "Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: WhatsApp LE <noreply@support.whatsapp.com>\nTo: officer@agency.example\nSubject: Done\n\nWe have preserved the account.\n\nWhatsApp's reference: WA-2611-88213\n",
      NOW,
    );
    expect(r.references).toEqual(['WA-2611-88213']);
  });
});

describe('a number the provider asks to be quoted, in the passive', () => {
  it.each([
    ['Case #QF-2611-40021 should be quoted in any legal process.'],
    ['Reference 7730019924 must be cited on all further correspondence.'],
    ['The number LR-55-01927 is to be included with any extension request.'],
    ['Ticket no. ZX-66-10293\nshould be\nquoted when you contact us.'],
  ])('%s', (line) => {
    const r = parse(`We have preserved the account @dawn_marsh.\n\n${line}\n\nSgt. Amy Roe's case reference AR-26-00118 is on file.\n`);
    expect(r.references).toHaveLength(1);
    expect(line.replace(/\n/g, ' ')).toContain(r.references[0]);
  });
});

describe('a message saying nothing was preserved confirms nothing', () => {
  it.each([
    ['This message does not confirm that any data has been preserved; a separate message will follow.'],
    ['As no account was found, no data\nhas been preserved under this reference.'],
    ['No records were preserved for this request.'],
    ['We did not preserve anything: the identifier matched no account.'],
    ['Nothing was\npreserved.'],
    ['As a result, no information was preserved under reference QP-2611-70443.'],
    ['We are unable to process your preservation request as it was not sent from a verified address.'],
    ['Your submission has been rejected because it lacked a signature.'],
  ])('%s', (sentence) => {
    const r = parse(`Reference: QP-2611-70443\n\n${sentence}\n\nIdentifier submitted: fern.lowell@gmail.com\n`);
    expect(r.confirmations).toEqual([]);
    expect(r.accountIdentifiers).toEqual([]);
  });

  it('what it says of one account it names leaves the others preserved', () => {
    const r = parse('Reference: QP-2611-70443\n\nWe preserved @cinder_vale. We could not find +44 7700 900611, so no data was preserved for that number.\n');
    expect(r.references).toEqual(['QP-2611-70443']);
    expect(r.accountIdentifiers).toEqual(['@cinder_vale']);
    const other = parse('Reference: QP-2611-70443\n\nWe preserved @cinder_vale.\n\nYou also listed order 55120934; it is not an account and nothing was preserved under it.\n');
    expect(other.accountIdentifiers).toEqual(['@cinder_vale']);
  });
});
