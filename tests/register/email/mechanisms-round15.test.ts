import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 15: each shown on invented mail in other words, orders and layouts than the corpus's, with
 * probes that must read the new way and probes that must not.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const HEAD = 'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: officer@agency.example\nSubject: Your request\n\n';
const parse = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW);

describe('a copied page\'s grid: a label, a gap of spaces, then its value alone to the line\'s end, as after a colon', () => {
  it.each([
    ['Case overview\n\nSnap case number        SNAP-LE-2611-0093\nPortal request ID       pr_77QXT4\nStatus                  Preserved\n\nPreserved: quarry.lark_9\n', 'SNAP-LE-2611-0093'],
    ['TikTok LE portal\n\nRequest ID              rq_88120X\nTikTok case number      7308841926603\n\nThe account @quarry.lark_9 is preserved.\n', '7308841926603'],
    ['Preservation details\n  Submission ID       sb_4471x\n  Meta case number    41177302958\n  Account             quarry.lark_9\n', '41177302958'],
  ])('reads the provider\'s number by its label: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['Your agency reference   CR-2026-118842\nSnap reference: SNAP-LE-2611-0093\nPreserved: quarry.lark_9\n', 'SNAP-LE-2611-0093'],
    ['Snap reference: SNAP-LE-2611-0093\nKodex request ID        REQ-2026-118842\nPreserved: quarry.lark_9\n', 'SNAP-LE-2611-0093'],
    ['Preserved: quarry.lark_9, Snap reference SNAP-LE-2611-0093.\nNotes      case 4471 of 2026 is on hold\n', 'SNAP-LE-2611-0093'],
  ])('the agency\'s label, a request\'s label or a value that is not alone gives no other number: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });
});

describe('a list\'s heading wrapped over lines is read whole (its last sentence, less a leading subordinate clause)', () => {
  it.each([
    ['We preserved the account below under reference SNAP-LE-2611-0093:\n\n  - @quarry.lark_9\n\nThe following username did not match any Snapchat account, and nothing was preserved\nfor it:\n\n  - @tern_west.4\n'],
    ['Reference SNAP-LE-2611-0093. Preserved:\n  - @quarry.lark_9\n\nWe searched our records for the identifiers listed below but could not\nlocate an account for any of them:\n  - @tern_west.4\n'],
    ['Reference SNAP-LE-2611-0093: the account @quarry.lark_9 is preserved.\n\nFor the following, which your letter also named, no\naccount exists on our service:\n  1. @tern_west.4\n'],
  ])('the wrapped heading denies what it lists: %s', (body) => {
    expect(parse(body).accountIdentifiers).toEqual(['@quarry.lark_9']);
  });

  it.each([
    ['Reference SNAP-LE-2611-0093. The account @tern_west.4 was not found. We have preserved\nthe following account:\n  - @quarry.lark_9\n'],
    ['Reference SNAP-LE-2611-0093. Where an account could not be found, we say so below; we have\npreserved the following:\n  - @quarry.lark_9\n'],
    ['Reference SNAP-LE-2611-0093. Although one of the names was not found at first, the\naccount was located and preserved:\n  - @quarry.lark_9\n'],
  ])('a denial in an earlier sentence or a leading subordinate clause is not the heading\'s: %s', (body) => {
    expect(parse(body).accountIdentifiers).toEqual(['@quarry.lark_9']);
  });
});

describe('a reference written in spaced groups, named as the provider\'s own in prose by a copula', () => {
  it.each([
    ['We preserved the account @quarry.lark_9 today. Our reference is BNB LE 2611 0093 - please quote it as written.', 'BNB LE 2611 0093'],
    ['The account @quarry.lark_9 is preserved.\nThe case number for this preservation is\nPIN 2026 4471 09.', 'PIN 2026 4471 09'],
    ['Hello, @quarry.lark_9 has been preserved; our internal reference\nis KX PR 4471 3390, kept with its spaces.', 'KX PR 4471 3390'],
  ])('reads the spaced number whole: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['We preserved the account @quarry.lark_9 (reference BNB-LE-2611-0093). Your reference is CR 2026 4471 09.', 'BNB-LE-2611-0093'],
    ['We preserved the account @quarry.lark_9 (reference BNB-LE-2611-0093). The reason is GDPR ART 2026 4471 of the law.', 'BNB-LE-2611-0093'],
    ['We preserved the account @quarry.lark_9 (reference BNB-LE-2611-0093). The reference is short for us: LE 26 11.', 'BNB-LE-2611-0093'],
  ])('not the addressee\'s, not after another noun, not a number of too few digits: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });
});

describe('an id\'s label gives a scheme-prefixed id whole, its namespaces after the colon', () => {
  it.each([
    ['We preserved the account under reference MSP-2611-30918; its user ID is live:.cid.7d21e0a94b3f1c55.', 'live:.cid.7d21e0a94b3f1c55'],
    ['We preserved the account under reference LNK-2611-30918.\nProfile ID: urn:li:member:48812093\n', 'urn:li:member:48812093'],
    ['Preserved on 20 November 2026, reference STM-2611-30918:\n  Steam ID   :  steam:1:88120934\n', 'steam:1:88120934'],
  ])('takes the id: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toEqual([account]);
  });

  it.each([
    ['We preserved the account under reference MSP-2611-30918.\nAccount ID: see: attached letter\n'],
    ['We preserved the account under reference MSP-2611-30918.\nUser ID: https://example.com/u/x\n'],
    ['We preserved the account under reference MSP-2611-30918.\nUser ID: note:pending\n'],
  ])('a word before a colon, a web address or a word with no digit, dot or underscore is no id: %s', (body) => {
    expect(parse(body).accountIdentifiers).toEqual([]);
  });
});

describe('a product\'s name is read less the registry\'s bracketed qualifier ("Skype (legacy)" is written "Skype ID")', () => {
  it.each([
    ['Microsoft preserved the account under LENS reference LNS-26-0048812.\n\n  Skype ID:  live:.cid.7d21e0a94b3f1c55\n', 'live:.cid.7d21e0a94b3f1c55'],
    ['Microsoft preserved the Skype-ID 8812093344 under reference LNS-26-0048812.', '8812093344'],
    ['Microsoft a conservé le compte, référence LNS-26-0048812.\nID de Skype : live:quarry.lark_9\n', 'live:quarry.lark_9'],
  ])('takes the id: %s', (body, account) => {
    expect(parse(body).accountIdentifiers).toEqual([account]);
  });

  it.each([
    ['Microsoft preserved the account under LENS reference LNS-26-0048812.\nLegacy ID: 8812093344\n'],
    ['Microsoft preserved the account under LENS reference LNS-26-0048812.\nSkypeline ID: 8812093344\n'],
    ['Microsoft preserved the account under LENS reference LNS-26-0048812.\nSkype (legacy) ID: none on file\n'],
  ])('the qualifier alone, a longer word or a value that is no id gives nothing: %s', (body) => {
    expect(parse(body).accountIdentifiers).toEqual([]);
  });
});

describe('a table row that holds one reference holds that reference\'s accounts, with the indented lines under it', () => {
  const accountsOf = (body: string) => Object.fromEntries(parse(body).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)]));
  it.each([
    ['We preserved the following.\n\nAccount                     Reference          Preserved\n@quarry.lark_9              SNAP-LE-2611-0093  2026-11-20\n@tern_west.4                SNAP-LE-2611-0094  2026-11-21\n', { 'SNAP-LE-2611-0093': ['@quarry.lark_9'], 'SNAP-LE-2611-0094': ['@tern_west.4'] }],
    ['Preserved:\n\n| Account | Reference | Date |\n|---|---|---|\n| @quarry.lark_9 | SNAP-LE-2611-0093 | 2026-11-20 |\n| @tern_west.4 | SNAP-LE-2611-0094 | 2026-11-21 |\n', { 'SNAP-LE-2611-0093': ['@quarry.lark_9'], 'SNAP-LE-2611-0094': ['@tern_west.4'] }],
    ['Preservation numbers below.\n\nService    Identifier            Preservation No.   Date\nOutlook    quarry.lark@outlook.com   MSP-2611-30918   2026-11-10\nXbox       gamertag "Low Tide Runner"   MSP-2611-30919   2026-11-11\n           XUID 2535412998770093\n', { 'MSP-2611-30918': ['quarry.lark@outlook.com'], 'MSP-2611-30919': ['Low Tide Runner', '2535412998770093'] }],
  ])('gives each row\'s accounts to its reference: %s', (body, expected) => {
    expect(accountsOf(body)).toEqual(expected);
  });

  it.each([
    ['We preserved @quarry.lark_9 under reference SNAP-LE-2611-0093.\nWe preserved @tern_west.4 under reference SNAP-LE-2611-0094.\n', { 'SNAP-LE-2611-0093': ['@quarry.lark_9'], 'SNAP-LE-2611-0094': ['@tern_west.4'] }],
    ['Reference SNAP-LE-2611-0093:\n  - @quarry.lark_9\nReference SNAP-LE-2611-0094:\n  - @tern_west.4\n', { 'SNAP-LE-2611-0093': ['@quarry.lark_9'], 'SNAP-LE-2611-0094': ['@tern_west.4'] }],
    ['Reference      SNAP-LE-2611-0093      2026-11-20\nAccounts: @quarry.lark_9\n\nReference      SNAP-LE-2611-0094      2026-11-21\nAccounts: @tern_west.4\n', { 'SNAP-LE-2611-0093': ['@quarry.lark_9'], 'SNAP-LE-2611-0094': ['@tern_west.4'] }],
  ])('prose, a list and a reference row over an unindented line read as before: %s', (body, expected) => {
    expect(accountsOf(body)).toEqual(expected);
  });
});

describe('a closing paragraph headed by what the provider lists, or laid out as a grid, is content, not a signature', () => {
  it.each([
    ['Reference SNAP-LE-2611-0093\nStatus          Preserved\n\nAccounts\n  quarry.lark9@gmail.example    Preserved\n', ['quarry.lark9@gmail.example']],
    ['Preservation complete, reference SNAP-LE-2611-0093.\n\nTargets\n+44 7700 900461\nquarry.lark9@gmail.example\n', ['+44 7700 900461', 'quarry.lark9@gmail.example']],
    ['Preservation complete, case 41177309215.\n\nMeta Platforms\nFacebook user ID     100089912345678\nInstagram username   quarry.lark_9\n', ['100089912345678', 'quarry.lark_9']],
  ])('keeps the accounts: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });

  it.each([
    ['We preserved @quarry.lark_9 under reference SNAP-LE-2611-0093.\n\nJane Roe\nLaw Enforcement Operations\n+1 650 555 0100\nj.roe@snap.example\n'],
    ['We preserved @quarry.lark_9 under reference SNAP-LE-2611-0093.\n\nJane Roe\nTel     +1 650 555 0100\nMail    j.roe@agency.example\n'],
    ['We preserved @quarry.lark_9 under reference SNAP-LE-2611-0093.\n\nKind regards,\nJane Roe, User Operations\n+1 650 555 0100\n'],
  ])('a signature stays one: %s', (body) => {
    expect(parse(body).accountIdentifiers).toEqual(['@quarry.lark_9']);
  });
});

describe('a name right before an id in brackets that is the account\'s is that account\'s name', () => {
  it.each([
    ['Preserved on 26 November 2026 under reference DSC-LE-2611-7731:\n\n  - quarry.lark (user ID 1130447726918239931)\n', ['quarry.lark', '1130447726918239931']],
    ['Preserved accounts, reference RBX-LE-0091-8812:\n  • SpookyBrickSr (ID: 5120087799)\n', ['SpookyBrickSr', '5120087799']],
    ['Reference KIK-PR-2611-0093 covers FernQuiet (member ID 88120934417) as of today.', ['FernQuiet', '88120934417']],
  ])('takes the name and the id: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });

  it.each([
    ['We preserved the user @quarry.lark_9 under reference DSC-LE-2611-7731. The server (ID 1130447726918239999) is no account and was not preserved.', ['@quarry.lark_9']],
    ['We preserved the user @quarry.lark_9 under reference DSC-LE-2611-7731; its guild Harbour (ID 1130447726918239999) was not preserved.', ['@quarry.lark_9']],
    ['We preserved the account deleted (user ID 1130447726918239931) under reference DSC-LE-2611-7731.', ['1130447726918239931']],
  ])('not a plain word before a bare id, nor a word of state: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });
});

describe('a reference a line wrap cut at one of its hyphens reads whole', () => {
  it.each([
    ['We preserved @quarry.lark_9 on 19 November 2026.\n\nPreservation reference: TT-LE-2026-\n118842\n', 'TT-LE-2026-118842'],
    ['We preserved @quarry.lark_9 on 19 November 2026 under reference SNAP-LE-\n   2611-0093. Data is kept for 90 days.', 'SNAP-LE-2611-0093'],
    ['The account @quarry.lark_9 was preserved; please quote case UBR-PR-2611-\n4471 in any legal process.', 'UBR-PR-2611-4471'],
  ])('reads the reference whole: %s', (body, reference) => {
    const r = parse(body);
    expect(r.references).toEqual([reference]);
    // The evidence still points into the paste, across the line end.
    expect(r.confirmations[0]!.evidence.quote.replace(/\s+/g, '')).toBe(reference);
  });

  it.each([
    ['We preserved @quarry.lark_9 under reference SNAP-LE-2611-0093. It is a well-\nknown account.', ['SNAP-LE-2611-0093']],
    ['We preserved @quarry.lark_9 under reference SNAP-LE-2611-0093. Call 0800-\n555 0100 with questions.', ['SNAP-LE-2611-0093']],
    ['We preserved @quarry.lark_9 under reference SNAP-LE-2611-0093 -\nplease quote it.', ['SNAP-LE-2611-0093']],
  ])('a word\'s hyphen, a single part or a dash before prose is no wrap: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });
});

describe('a table column the addressee\'s or another party\'s label heads holds their numbers, not the provider\'s', () => {
  it.each([
    ['We preserved the account below on November 23, 2026.\n\nService       Handle            Your case\nSnapchat      @quarry.lark_9    26-CR-041977\n\nReference: SNAP-LE-2611-0093\n'],
    ['Preserved on November 23, 2026.\n\n| Handle | Your case | Reference |\n|---|---|---|\n| @quarry.lark_9 | 26-CR-041977 | SNAP-LE-2611-0093 |\n'],
    ['We preserved the account below on November 23, 2026; reference SNAP-LE-2611-0093.\n\nHandle            Warrant no.\n@quarry.lark_9    SW-2026-118842\n'],
  ])('reads only the provider\'s reference: %s', (body) => {
    expect(parse(body).references).toEqual(['SNAP-LE-2611-0093']);
  });

  it.each([
    ['We preserved the accounts below on November 23, 2026.\n\nHandle            Snap reference\n@quarry.lark_9    SNAP-LE-2611-0093\n@tern_west.4      SNAP-LE-2611-0094\n', ['SNAP-LE-2611-0093', 'SNAP-LE-2611-0094']],
    ['Preserved on November 23, 2026.\n\n| Handle | Preservation no. |\n|---|---|\n| @quarry.lark_9 | SNAP-LE-2611-0093 |\n| @tern_west.4 | SNAP-LE-2611-0094 |\n', ['SNAP-LE-2611-0093', 'SNAP-LE-2611-0094']],
    ['We preserved the account below on November 23, 2026.\n\nHandle            Case\n@quarry.lark_9    SNAP-LE-2611-0093\n', ['SNAP-LE-2611-0093']],
  ])('the provider\'s own column still gives its references: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });
});

describe('a column headed "Identifier" holds the accounts the request named', () => {
  it.each([
    ['We preserved the account below on November 23, 2026.\n\nService       Identifier        Your case\nSnapchat      quarry.lark_9     26-CR-041977\n\nReference: SNAP-LE-2611-0093\n', ['quarry.lark_9']],
    ['The data below was preserved on 23 November 2026.\n\nPlatform    Identifiers      Your reference\nSnapchat    quarry.lark_9    CID/26/0412\n\nSnap case: SNAP-LE-2611-0093\n', ['quarry.lark_9']],
    ['Conservation effectuée le 23 novembre 2026.\n\nService     Identifiant      Votre dossier\nSnapchat    quarry.lark_9    PV-2026-004417\n\nRéférence : SNAP-LE-2611-0093\n', ['quarry.lark_9']],
  ])('takes the cell: %s', (body, accounts) => {
    expect(parse(body).accountIdentifiers).toEqual(accounts);
  });

  it.each([
    ['We preserved @quarry.lark_9 on November 23, 2026.\n\nPreservation identifier     Date\nSNAP-LE-2611-0093           2026-11-23\n'],
    ['We preserved @quarry.lark_9 on November 23, 2026, reference SNAP-LE-2611-0093.\n\nRequest identifier     Received\nrq_7731.x              2026-11-22\n'],
    ['We preserved @quarry.lark_9 on November 23, 2026, reference SNAP-LE-2611-0093.\n\nIdentifier     Status\nsee.below_1    not found\n'],
  ])('not a preservation\'s or a request\'s identifier, nor one the row denies: %s', (body) => {
    expect(parse(body).accountIdentifiers).toEqual(['@quarry.lark_9']);
  });
});

describe('a day-month-year date with the month in Roman numerals', () => {
  it.each([
    ['The account @quarry.lark_9 was preserved on 20.XI.2026, reference DSC-LE-2611-3390.', '2026-11-20'],
    ['Reference DSC-LE-2611-3390\nAccount: @quarry.lark_9\nPreserved: 19. XI. 2026\n', '2026-11-19'],
    ['Preservation of @quarry.lark_9 effective 18-xi-2026 under reference DSC-LE-2611-3390.', '2026-11-18'],
  ])('reads the date: %s', (body, day) => {
    expect(parse(body).preservedOn).toBe(day);
  });

  it.each([
    ['The account @quarry.lark_9 was preserved under reference DSC-LE-2611-3390; see points 1 i 2026 of the policy.'],
    ['The account @quarry.lark_9 was preserved under reference DSC-LE-2611-3390, as set out in Part XI.2026 of the terms.'],
    ['The account @quarry.lark_9 was preserved under reference DSC-LE-2611-3390 (section 20.XI.20 of our guide).'],
  ])('no date where the shape is not whole: %s', (body) => {
    // The e-mail's own date, marked as such: no stated date was read.
    const r = parse(body);
    expect(r.confirmations[0]!.preservedOn?.source).toBe('email-date');
  });
});

describe('a leading clause of reason or concession does not negate the preservation the main clause asserts', () => {
  it.each([
    ['Because the accounts you listed are not linked, we preserved them under separate references. This one is SNAP-LE-2611-0093:\n  - @quarry.lark_9\n'],
    ['Although the second name you gave was not found, we preserved @quarry.lark_9 under reference SNAP-LE-2611-0093.'],
    ['Since no legal process was attached, we have preserved @quarry.lark_9 only (reference SNAP-LE-2611-0093).'],
  ])('a confirmation: %s', (body) => {
    const r = parse(body);
    expect(r.references).toEqual(['SNAP-LE-2611-0093']);
    expect(r.accountIdentifiers).toEqual(['@quarry.lark_9']);
  });

  it.each([
    ['Once your legal process is received, the data of @quarry.lark_9 is preserved. Reference SNAP-LE-2611-0093.'],
    ['Because the request lacks a signature, we have not preserved @quarry.lark_9. Reference SNAP-LE-2611-0093.'],
    ['If the account exists, we will preserve @quarry.lark_9 under reference SNAP-LE-2611-0093.'],
  ])('a condition, a negated main clause or a promise is still no confirmation: %s', (body) => {
    expect(parse(body).references).toEqual([]);
  });
});

describe('the Polish impersonal past ("zabezpieczono", "zachowano") dates the preservation as its participle does', () => {
  it.each([
    ['Reference DSC-LE-2611-3390: konto @quarry.lark_9 zabezpieczono dnia 19. XI. 2026 r.', '2026-11-19'],
    ['Numer referencyjny: DSC-LE-2611-3390. Dane konta @quarry.lark_9 zachowano 18 listopada 2026 r.', '2026-11-18'],
    ['Numer referencyjny: DSC-LE-2611-3390. Konto @quarry.lark_9 zabezpieczono 17.11.2026.', '2026-11-17'],
  ])('the stated date: %s', (body, day) => {
    const r = parse(body);
    expect(r.preservedOn).toBe(day);
    expect(r.confirmations[0]!.preservedOn?.source).toBe('stated');
  });

  it.each([
    ['Numer referencyjny: DSC-LE-2611-3390. Konto @quarry.lark_9 zabezpieczono. Wniosek otrzymaliśmy 17.11.2026.'],
    ['Numer referencyjny: DSC-LE-2611-3390. Konto @quarry.lark_9 zabezpieczono; dane przechowujemy przez 90 dni.'],
    ['Numer referencyjny: DSC-LE-2611-3390. Konto @quarry.lark_9 zabezpieczono. Pismo z dnia 16.11.2026 przyjęto.'],
  ])('a date of another act, or none, gives the e-mail\'s date: %s', (body) => {
    expect(parse(body).confirmations[0]!.preservedOn?.source).toBe('email-date');
  });
});

describe('a value in a column a ticket\'s label heads is a ticket\'s number, as after that label', () => {
  it.each([
    ['| Ticket ID | Case ID            | Preserved (PST)   |\n|-----------|--------------------|-------------------|\n| 88120934  | SNAP-LE-2611-55120 | 20 Nov 2026 23:30 |\n\nAccount preserved: @quarry.lark_9\n', 'SNAP-LE-2611-55120'],
    ['We preserved @quarry.lark_9 on 20 November 2026.\n\nSupport ticket     Case number\n00612093           RBX-LE-0091-8812\n', 'RBX-LE-0091-8812'],
    ['We preserved @quarry.lark_9 on 20 November 2026.\n\n| Portal ticket | Case ID |\n|---|---|\n| 55120934 | DSC-LE-2611-7731 |\n', 'DSC-LE-2611-7731'],
  ])('reads only the preservation\'s number: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['We preserved @quarry.lark_9.\n\n| Ticket ID | Status |\n|---|---|\n| 88120934 | preserved |\n', ['88120934']],
    ['We preserved @quarry.lark_9.\n\n| Case ID | Preserved |\n|---|---|\n| SNAP-LE-2611-55120 | 2026-11-20 |\n', ['SNAP-LE-2611-55120']],
    ['We preserved @quarry.lark_9.\n\n| Snap ticket reference | Preserved |\n|---|---|\n| SNAP-LE-2611-55120 | 2026-11-20 |\n', ['SNAP-LE-2611-55120']],
  ])('a ticket alone, or a column of the provider\'s reference, still gives its number: %s', (body, references) => {
    expect(parse(body).references).toEqual(references);
  });
});

describe('a case number\'s label in another language ("Numero di caso", "Fallnummer", "Zaaknummer") introduces the provider\'s number', () => {
  it.each([
    ['abbiamo conservato in data 24/11/2026 l\'account @quarry.lark_9\nNumero di caso Meta: 41177305512\n', '41177305512'],
    ['Wir haben das Konto @quarry.lark_9 gesichert. Fallnummer: 41177305512.', '41177305512'],
    ['Wij hebben het account @quarry.lark_9 bewaard. Zaaknummer Meta: 41177305512', '41177305512'],
  ])('reads the number: %s', (body, reference) => {
    expect(parse(body).references).toEqual([reference]);
  });

  it.each([
    ['Wir haben das Konto @quarry.lark_9 gesichert.\nGitHub-Referenz: GH-LE-2611-0093\nIhre Fallnummer: 26-4471-0093\n'],
    ['Hemos conservado la cuenta @quarry.lark_9.\nReferencia: GH-LE-2611-0093\nSu número de caso: 2026-118842\n'],
    ['Nous avons conservé le compte @quarry.lark_9.\nRéférence : GH-LE-2611-0093\nVotre numéro de dossier : 2026-118842\n'],
  ])('the addressee\'s case number is not the provider\'s: %s', (body) => {
    expect(parse(body).references).toEqual(['GH-LE-2611-0093']);
  });
});
