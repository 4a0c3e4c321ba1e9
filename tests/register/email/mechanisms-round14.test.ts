import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 14: each shown on invented mail in other words, orders and layouts than the corpus's, with
 * probes that must read the new way and probes that must not.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Your request\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('"internal reference is X": the provider\'s internal number given by a copula as by a colon', () => {
  it.each([
    ['We preserved the account fen_harrow.77 on 20 November 2026. Our internal reference is QX/LE/2611/0091.', 'QX/LE/2611/0091'],
    ['The account fen_harrow.77 has been preserved.\nThe internal reference is PV/RQ/2026/4471, please keep it.', 'PV/RQ/2026/4471'],
    ['Thank you. The data of fen_harrow.77 is preserved; its internal case number is\nKZ.PR.3390.12 for any follow-up.', 'KZ.PR.3390.12'],
  ])('reads the number: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['We preserved the account fen_harrow.77 on 20 November 2026. Your internal reference is QX/LE/2611/0091.'],
    ['We preserved the account fen_harrow.77. Our reference to your letter QX/LE/2611/0091 is noted.'],
  ])('not from the addressee or another construction: %s', (body) => {
    expect(parse(body).references).not.toContain('QX/LE/2611/0091');
  });
});

describe('a conversation view\'s header without field names (sender with its address, then the time) starts a message', () => {
  const QUOTED = '\n\nOn Mon, Nov 16, 2026 at 9:02 AM Det. Jo Roe <j.roe@agency.example> wrote:\n> Please preserve the account quarry.lark_9 and tern_west.4\n> under our case 26-CR-0419.\n';
  it.each([
    ['Snap Law Enforcement <lawenforcement@snapchat.com>\n10:12 AM (3 hours ago)\nto me\n\nHi Jo, the account quarry.lark_9 was preserved on November 17, 2026 under reference SNAP-PR-2611-4471.' + QUOTED, 'snap'],
    ['Discord Trust & Safety <legal@discord.com>\n09:41 (vor 2 Stunden)\nan mich\n\nThe account quarry.lark_9 was preserved on November 17, 2026, reference DSC-LE-2611-4471.' + QUOTED, 'discord'],
    ['Reddit Legal <legal@reddit.com>\nTue 11/17/2026 4:05 PM\n\nWe preserved the account quarry.lark_9 on November 17, 2026. Reference: RDT-LE-2611-4471.' + QUOTED, 'reddit'],
  ])('reads the provider\'s message, not the quoted request: %s', (text, provider) => {
    const r = parseProviderEmail(text, NOW);
    expect(r.providerId).toBe(provider);
    expect(r.references).toHaveLength(1);
    expect(r.references[0]).toMatch(/-2611-4471$/);
    expect(r.preservedOn).toBe('2026-11-17');
    expect(r.accountIdentifiers).toEqual(['quarry.lark_9']);
  });

  it.each([
    ['Please write to our desk, Legal Desk <desk@reddit.com>\nbetween 9:00 and 17:00 if anything is unclear.\n\nWe preserved the account quarry.lark_9. Reference: RDT-LE-2611-4471.'],
    ['We preserved the account quarry.lark_9. Reference: RDT-LE-2611-4471.\nFor questions: Legal Desk <desk@reddit.com>\nOffice hours 9:00-17:00.'],
  ])('a correspondent line in prose or a signature starts nothing: %s', (body) => {
    const r = parse(body);
    expect(r.references).toEqual(['RDT-LE-2611-4471']);
    expect(r.accountIdentifiers).toEqual(['quarry.lark_9']);
  });
});

describe('a cell under a column of names is the name whole: a plain lower-case name, or words with a discriminator', () => {
  it.each([
    ['We preserved the accounts below under reference DSC-LE-2611-0093.\n\nUser                    User ID\n----------------------  --------------------\nslatewren               991827364510293847\n', ['slatewren', '991827364510293847']],
    ['Reference DSC-LE-2611-0093. Preserved:\n\nUsername                 Status\nLow Tide Runner#7781     preserved\nmossgate                 preserved\n', ['Low Tide Runner#7781', 'mossgate']],
    ['Preservation complete, reference TWC-PR-2611-0093.\n\n| Handle   | Preserved on |\n|----------|--------------|\n| quillfen | 2026-11-20   |\n', ['quillfen']],
  ])('takes the cells: %s', (body, accounts) => {
    const r = parse(body);
    for (const a of accounts) expect(r.accountIdentifiers).toContain(a);
  });

  it.each([
    ['We preserved the accounts below under reference DSC-LE-2611-0093.\n\nUser                    User ID\n----------------------  --------------------\nunknown                 991827364510293847\n', 'unknown'],
    ['Reference DSC-LE-2611-0093.\n\nServer                  Channel\nsalt cellar             general\n', 'general'],
    ['Reference DSC-LE-2611-0093. The user slatewren was preserved.\n\nRole          Count\nmoderator     3\n', 'moderator'],
  ])('not a state word, nor a column of other things: %s', (body, value) => {
    expect(parse(body).accountIdentifiers).not.toContain(value);
  });
});

describe('in a table row, a cell that says another detail of the account is missing does not deny the account', () => {
  it.each([
    ['We preserved the following accounts under reference BNC-PR-2611-0417.\n\nUID           E-mail              Phone\n550193847     (none on file)      +44 7700 900123\n', '550193847'],
    ['Reference BNC-PR-2611-0417. Accounts preserved:\n\nUsername        Registered phone       Preserved on\nmarl_quay.8     not registered         20/11/2026\n', 'marl_quay.8'],
    ['Reference BNC-PR-2611-0417. Accounts preserved:\n\n| Account ID | Linked e-mail | Date |\n|---|---|---|\n| 7730019284 | no e-mail linked | 2026-11-20 |\n', '7730019284'],
  ])('keeps the account: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toContain(account);
  });

  it.each([
    ['Reference BNC-PR-2611-0417. Results:\n\nUID           E-mail              Status\n550193847     -                   not found\n', '550193847'],
    ['Reference BNC-PR-2611-0417. Results:\n\nUsername          Phone\nmarl_quay.8 (no such user)    -\n', 'marl_quay.8'],
    ['Reference BNC-PR-2611-0417. Results:\n\nAccount ID      Result\n7730019284      no account found\n', '7730019284'],
  ])('still denied by its own cell or an outcome column: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).not.toContain(account);
  });
});

describe('"x and y are not …": an "and" with no verb on its left joins two subjects of one verb, ending no clause', () => {
  const KEPT = 'We preserved the account fen_harrow.77 under reference QX-PR-440912. ';
  it.each([
    [`${KEPT}The handle @quiet_moth and the number you gave were not found.`, '@quiet_moth'],
    [`${KEPT}The user "moth.quiet" and the alias you mentioned could not be identified.`, 'moth.quiet'],
    [`${KEPT}The organization "tern-works" and the project you listed are not user accounts.`, 'tern-works'],
  ])('denies the first subject too: %s', (body, value) => {
    const r = parse(body);
    expect(r.accountIdentifiers).toContain('fen_harrow.77');
    expect(r.accountIdentifiers).not.toContain(value);
  });

  it.each([
    ['Reference QX-PR-440912. The account fen_harrow.77 has been preserved and the handle @quiet_moth does not exist.'],
    ['Reference QX-PR-440912. We preserved the account fen_harrow.77 and could not locate @quiet_moth.'],
  ])('a left side with its own verb is still a clause of its own: %s', (body) => {
    expect(parse(body).accountIdentifiers).toContain('fen_harrow.77');
  });
});

describe('a bare "UUID" labels the account\'s id, as "UID" does, unless another thing\'s noun heads it', () => {
  it.each([
    ['The rider account has been preserved, reference UBR-LE-2611-0093.\n\n  Phone: +1 415-555-0188\n  UUID: 7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f\n', '7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
    ['Preserved on 20 November 2026 under reference LYF-PR-2611-0093:\n\nE-mail .......... jay.fen_2@example.com\nUUID ............ 0c9b8a76-5d4e-4f3a-9b2c-1d0e9f8a7b6c\n', '0c9b8a76-5d4e-4f3a-9b2c-1d0e9f8a7b6c'],
    ['Reference AIR-PR-2611-0093. Data preserved as of 20 November 2026.\n\n| E-mail | jay.fen_2@example.com |\n| UUID | 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a |\n', '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a'],
  ])('reads the id: %s', (body, id) => {
    expect(parse(body).accountIdentifiers).toContain(id);
  });

  it.each([
    ['The rider account jay.fen_2@example.com has been preserved, reference UBR-LE-2611-0093. Trip UUID: 7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f.', '7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f'],
    ['The account jay.fen_2@example.com has been preserved, reference UBR-LE-2611-0093.\nDevice UUID: 0c9b8a76-5d4e-4f3a-9b2c-1d0e9f8a7b6c\n', '0c9b8a76-5d4e-4f3a-9b2c-1d0e9f8a7b6c'],
  ])('not another thing\'s: %s', (body, id) => {
    expect(parse(body).accountIdentifiers).not.toContain(id);
  });
});
