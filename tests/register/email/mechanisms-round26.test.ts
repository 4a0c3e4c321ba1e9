import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 26 (dev15's kinds: e-mails of several references, an extension's old and new numbers, ticket
 * threads where only some numbers are preservation references): each shown on invented mail in other providers, words,
 * languages and layouts than the corpus's, with probes that must read the new way (each failed before its change) and
 * probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return {
    providerId: r.providerId,
    references: r.references,
    preservedOn: r.preservedOn,
    accounts: r.accountIdentifiers,
    emailDate: r.emailDate?.day ?? null,
    byReference: Object.fromEntries(r.confirmations.map((c) => [c.reference, { day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value), of: c.extension?.ofReference ?? null }])),
  };
};

describe('accounts: an item of a numbered list that a later sentence denies by its number ("(3) x@…" … "Identifier (3) is not a Google account")', () => {
  it.each([
    ['From: Microsoft Law Enforcement <lealert@microsoft.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nFor clarity, the identifiers as we understood them:\n\n  (1) tarn.ash@outlook.com\n  (2) reed.wren@hotmail.com\n\nIdentifier (2) does not match any Microsoft account. We preserved identifier (1) on November 9, 2026 under reference GCC-2611-40017.\n', ['tarn.ash@outlook.com'], 'reed.wren@hotmail.com'],
    ['From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nThe identifiers as we read them:\n1. tide.orb@gmail.com\n2. marl.fox@gmail.com\n3. kelp.ray@outlook.com\n\nItem 3 is not a Google account and nothing was preserved for it. Items 1 and 2 are preserved under Google reference 61990012 as of November 10, 2026.\n', ['tide.orb@gmail.com', 'marl.fox@gmail.com'], 'kelp.ray@outlook.com'],
    ['From: WhatsApp Law Enforcement <records@whatsapp.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nThe numbers you sent:\n[1] +44 7700 900112\n[2] +44 7700 900113\n\nWe could not locate an account for entry [2]. The account in entry [1] has been preserved, reference WA-LER-2611-4471.\n', ['+44 7700 900112'], '+44 7700 900113'],
  ])('leaves the item denied by its number out: %s', (text, accounts, denied) => {
    const r = read(text);
    expect(r.accounts).toEqual(accounts);
    expect(r.accounts).not.toContain(denied);
  });

  it.each([
    // Each item preserved by its number: both, as before.
    ['From: Microsoft Law Enforcement <lealert@microsoft.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nFor clarity, the identifiers as we understood them:\n\n  (1) tarn.ash2@outlook.com\n  (2) reed.wren2@hotmail.com\n\nIdentifier (2) has been preserved, and so has identifier (1), under reference GCC-2611-40018.\n', ['tarn.ash2@outlook.com', 'reed.wren2@hotmail.com']],
    // A number after another noun ("page 2") names no item.
    ['From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nThe identifiers as we read them:\n1. tide.orb2@gmail.com\n2. marl.fox2@gmail.com\n\nPage 2 of your letter names the same two addresses. Both accounts are preserved under Google reference 61990013 as of November 10, 2026.\n', ['tide.orb2@gmail.com', 'marl.fox2@gmail.com']],
    // The item the denial does not name stays, as before.
    ['From: WhatsApp Law Enforcement <records@whatsapp.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nThe numbers you sent:\n[1] +44 7700 900114\n[2] +44 7700 900115\n\nBoth accounts have been preserved, reference WA-LER-2611-4472. Entry [3] of your letter was not found.\n', ['+44 7700 900114', '+44 7700 900115']],
  ])('reads the accounts as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});
describe('references: a reference label a wrap parts before its "No." or "number" ("under Google Ref.⏎No. 61822049")', () => {
  it.each([
    ['From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Thu, 12 Nov 2026 09:10:00 -0800\nSubject: Re: Preservation request\n\nWe have preserved the account fen.harrow@gmail.com as of November 11, 2026 under the single Google Ref.\nNo. 61822049.\n\nRegards,\nGoogle LIS\n', '61822049'],
    ['From: Microsoft Law Enforcement <lealert@microsoft.com>\nDate: Tue, 10 Nov 2026 14:00:00 -0800\nSubject: Preservation\n\nMicrosoft has preserved the Outlook.com account tarn.vale@outlook.com. Our reference\nnumber: 33018842. The data is kept for 90 days.\n', '33018842'],
    ['From: Yahoo Law Enforcement <le-response@yahooinc.com>\nDate: Mon, 9 Nov 2026 08:00:00 -0500\nSubject: Preservation\n\nYahoo preserved the account merle.cask@yahoo.com on November 8, 2026, Yahoo case\n#5512093. Please quote it on any legal process.\n', '5512093'],
  ])('reads the reference across the wrap: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // The label whole on its line: as before.
    ['From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Thu, 12 Nov 2026 09:10:00 -0800\nSubject: Re: Preservation request\n\nWe have preserved the account fen.harrow2@gmail.com as of November 11, 2026 under Google Ref. No. 61822050.\n', ['61822050']],
    // A sentence that ends with the word, the next one opening with "No": no label across the stop.
    ['From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Thu, 12 Nov 2026 09:10:00 -0800\nSubject: Re: Preservation request\n\nWe have preserved the account fen.harrow3@gmail.com under Google reference 61822051. The data is kept for 90 days from the case.\nNo. 2 of your list was not a Google account.\n', ['61822051']],
    // The addressee's label wrapped: the agency's number, as before.
    ['From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Thu, 12 Nov 2026 09:10:00 -0800\nSubject: Re: Preservation request\n\nWe have noted your case\nNo. 2026-44712. We have preserved the account fen.harrow4@gmail.com under Google reference 61822052.\n', ['61822052']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('accounts and references: a list whose item names the account on its head line and its reference on a line indented under it ("  Driver account - x@…⏎                   Reference: UBR-…")', () => {
  it.each([
    ['From: Lyft Legal <legal-requests@lyft.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nWe preserved both accounts on November 9, 2026, each under its own reference:\n\n  Rider account  - phone +1 312-555-0144\n                   Reference: LYF-LE-70011\n  Driver account - pike.marsh@gmail.com\n                   Reference: LYF-LE-70012\n\nThe records will be held for 90 days.\n', { 'LYF-LE-70011': ['+1 312-555-0144'], 'LYF-LE-70012': ['pike.marsh@gmail.com'] }],
    ['From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nWe have preserved both accounts:\n\n  User ID 1190022334455660001 (username: fernlight)\n    Preservation ID: DSC-PRV-700001\n  User ID 1190022334455660002 (username: quietmoss)\n    Preservation ID: DSC-PRV-700002\n\nPreserved 11/09/2026.\n', { 'DSC-PRV-700001': ['1190022334455660001', 'fernlight'], 'DSC-PRV-700002': ['1190022334455660002', 'quietmoss'] }],
    ['From: Apple Law Enforcement <lawenforcement@apple.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nApple has preserved the following accounts on November 9, 2026.\n\nApple ID tessa.rook@icloud.com\n      Apple case ID PRS-2026-1109-0001\nApple ID marlo.quay@icloud.com\n      Apple case ID PRS-2026-1109-0002\n', { 'PRS-2026-1109-0001': ['tessa.rook@icloud.com'], 'PRS-2026-1109-0002': ['marlo.quay@icloud.com'] }],
  ])('gives each reference its item\'s accounts: %s', (text, want) => {
    const got = read(text).byReference;
    for (const [reference, accounts] of Object.entries(want)) expect(got[reference]?.accounts).toEqual(accounts);
  });

  it.each([
    // The reference heads its item, the accounts indented under it: as before.
    ['From: Lyft Legal <legal-requests@lyft.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nWe preserved both accounts on November 9, 2026:\n\nReference: LYF-LE-70013\n    Account: birch.wold@gmail.com\nReference: LYF-LE-70014\n    Account: +1 312-555-0145\n', { 'LYF-LE-70013': ['birch.wold@gmail.com'], 'LYF-LE-70014': ['+1 312-555-0145'] }],
    // Records parted by blank lines, nothing indented: as before.
    ['From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nWe have preserved both accounts on November 9, 2026.\n\nPreservation ID: DSC-PRV-700003\nUser ID: 1190022334455660003\n\nPreservation ID: DSC-PRV-700004\nUser ID: 1190022334455660004\n', { 'DSC-PRV-700003': ['1190022334455660003'], 'DSC-PRV-700004': ['1190022334455660004'] }],
    // One head line over both references: no item of one reference, as before.
    ['From: Apple Law Enforcement <lawenforcement@apple.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nApple has preserved these accounts on November 9, 2026:\n      PRS-2026-1109-0003 for tessa.rook2@icloud.com\n      PRS-2026-1109-0004 for marlo.quay2@icloud.com\n', { 'PRS-2026-1109-0003': ['tessa.rook2@icloud.com'], 'PRS-2026-1109-0004': ['marlo.quay2@icloud.com'] }],
  ])('gives each reference its accounts as before: %s', (text, want) => {
    const got = read(text).byReference;
    for (const [reference, accounts] of Object.entries(want)) expect(got[reference]?.accounts).toEqual(accounts);
  });
});

describe('messages: a ticket\'s transcript that frames each message\'s header with its stamp first ("-----⏎Nov 18, 2026 10:12 AM PST - Twitch Law Enforcement Response⏎⏎")', () => {
  it.each([
    ['Roblox Trust & Safety - Request #RB-44120 (newest first)\n\n--------------------------------\nNov 14, 2026 9:30 AM PST - Roblox Law Enforcement\n\nWe have preserved the account below.\n\nPreservation ID: RBX-PRES-80011\nUser ID: 4418820001\n\n--------------------------------\nNov 12, 2026 3:00 PM PST - Det. Ana Reyes\n\nPlease preserve Roblox user 4418820001. Case 26-RB-0412.\n', '2026-11-14'],
    ['Reddit Legal ticket 77120\n\n==========\n2026-11-13 08:15 UTC | Reddit Legal\n\nWe preserved the account u/Heron_Slate_4 under reference RDT-LE-2611-77120.\n\n==========\n2026-11-12 19:40 UTC | Officer Lee Park\n\nPlease preserve u/Heron_Slate_4 for our case 26-0912.\n', '2026-11-13'],
    ['Ticket DSC-T-5512\n\n-----\n13/11/2026 14:02 — Discord Trust & Safety\n\nThe account 1190033445566770011 has been preserved. Preservation ID: DSC-PRV-551201.\n\n-----\n12/11/2026 09:12 — DC Ruth Allen\n\nPlease preserve the account 1190033445566770011.\n', '2026-11-13'],
  ])('reads the confirming message\'s stamp: %s', (text, day) => {
    const r = read(text);
    expect(r.emailDate).toBe(day);
    expect(r.preservedOn).toBe(day);
  });

  it.each([
    // The author first, as before.
    ['Roblox Trust & Safety - Request #RB-44121\n\n--------------------------------\nRoblox Law Enforcement - Nov 14, 2026 9:30 AM PST\n\nWe have preserved the account below.\n\nPreservation ID: RBX-PRES-80012\nUser ID: 4418820002\n', '2026-11-14', '2026-11-14'],
    // A time with no date after a rule, and a dash: no header, as before.
    ['From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Sat, 14 Nov 2026 09:30:00 -0800\nSubject: Preservation\n\nWe have preserved the account below.\n\n--------------------------------\nUpdate at 10:15 - still reviewing\n\nPreservation ID: RBX-PRES-80013\nUser ID: 4418820003\n', '2026-11-14', '2026-11-14'],
    // A printout's footer with a page number after the dash: no header, as before.
    ['From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Sat, 14 Nov 2026 09:30:00 -0800\nSubject: Preservation\n\nWe have preserved the account 4418820004 under Preservation ID RBX-PRES-80014.\n\n--------------------------------\nPrinted 18 Nov 2026 10:12 - page 1 of 1\n\n', '2026-11-14', '2026-11-14'],
  ])('reads the dates as before: %s', (text, emailDate, day) => {
    const r = read(text);
    expect(r.emailDate).toBe(emailDate);
    expect(r.preservedOn).toBe(day);
  });
});

describe('messages: a help desk\'s notification whose updates put a blank line between the author and the stamp ("X Legal Policy (X Corp.)⏎⏎Nov 17, 2026, 14:06 PST⏎⏎")', () => {
  it.each([
    ['Your request (#5512001) has been updated.\n\n----------------------------------------------\n\nSnap Law Enforcement\n\nNov 15, 2026, 10:02 PST\n\nHi Detective, we preserved the Snapchat account moss.harbor_2 under reference SNAP-LE-2611-55120.\n\n----------------------------------------------\n\nDet. Ana Cruz\n\nNov 14, 2026, 09:00 PST\n\nPlease preserve moss.harbor_2 again. It was preserved on August 2, 2026 under our earlier request.\n', '2026-11-15'],
    ['##- Please type your reply above this line -##\n\nMeta Records\n\n16 Nov 2026 16:41 GMT\n\nWe have preserved the Instagram account @tarn.lake_9. Case number: 7301189945.\n\n--------\n\nPC Rhys Doyle\n\n15 Nov 2026 11:20 GMT\n\nPlease preserve @tarn.lake_9. Previously preserved 3 September 2026.\n', '2026-11-16'],
    ['Ticket 88120 updated\n\nTikTok Law Enforcement\n\nNov 17, 2026, 08:30 PST\n\nThe account @dune.ferry_3 has been preserved. Reference: TT-LE-2611-88120.\n\nTikTok Law Enforcement\n\nNov 16, 2026, 17:05 PST\n\nWe have received your request.\n\nOfficer Kim Lowe\n\nNov 16, 2026, 17:00 PST\n\nPlease preserve @dune.ferry_3; the account was preserved on July 30, 2026 by another unit.\n', '2026-11-17'],
  ])('reads the provider\'s update as its own message: %s', (text, day) => {
    const r = read(text);
    expect(r.emailDate).toBe(day);
    expect(r.preservedOn).toBe(day);
  });

  it.each([
    // The stamp right under the author: as before.
    ['Your request (#5512002) has been updated.\n\nSnap Law Enforcement\nNov 15, 2026, 10:02 PST\n\nHi Detective, we preserved the Snapchat account moss.harbor_3 under reference SNAP-LE-2611-55121.\n\nDet. Ana Cruz\nNov 14, 2026, 09:00 PST\n\nPlease preserve moss.harbor_3.\n', '2026-11-15', '2026-11-15'],
    // One such block only: no thread, as before.
    ['From: Meta Records <records@fb.com>\nDate: Mon, 16 Nov 2026 16:41:00 +0000\nSubject: Preservation\n\nMeta Records\n\n16 Nov 2026 16:41 GMT\n\nWe have preserved the Instagram account @tarn.lake_10 on 15 November 2026. Case number: 7301189946.\n', '2026-11-16', '2026-11-15'],
    // A date without a time under a line of words: no header, as before.
    ['From: TikTok Law Enforcement <lawenforcement@tiktok.com>\nDate: Tue, 17 Nov 2026 08:30:00 -0800\nSubject: Preservation\n\nTikTok Law Enforcement\n\nNov 16, 2026\n\nThe account @dune.ferry_4 has been preserved. Reference: TT-LE-2611-88121.\n\nTikTok Law Enforcement\n\nNov 15, 2026\n\nWe have received your request.\n', '2026-11-17', '2026-11-17'],
  ])('reads the dates as before: %s', (text, emailDate, day) => {
    const r = read(text);
    expect(r.emailDate).toBe(emailDate);
    expect(r.preservedOn).toBe(day);
  });
});

describe('references: in an extension, the number the account is "now preserved under" is the new one ("the account below is now preserved⏎under case #0193-80552")', () => {
  it.each([
    ['From: X Legal Policy <legal-policy@x.com>\nDate: Tue, 17 Nov 2026 14:06:00 -0800\nSubject: Re: extension\n\nThe extension for case #4411-20001 has been processed. The account @fen_quarry is now preserved under case #4411-20907 for an additional 90 days.\n', '4411-20907', '4411-20001'],
    ['From: Pinterest Law Enforcement <lawenforcement@pinterest.com>\nDate: Tue, 17 Nov 2026 14:06:00 -0800\nSubject: Re: extension\n\nYour extension of reference PIN-LE-5518-20 has been processed. The account pinterest.com/moss_weir is now held under reference PIN-LE-6120-44.\n', 'PIN-LE-6120-44', 'PIN-LE-5518-20'],
    ['From: Apple Law Enforcement <lawenforcement@apple.com>\nDate: Tue, 17 Nov 2026 14:06:00 -0800\nSubject: Re: extension\n\nWe extended the preservation made under Apple case PRS-2026-0901-0011. The data of lark.vale@icloud.com is now kept under case PRS-2026-1101-0042.\n', 'PRS-2026-1101-0042', 'PRS-2026-0901-0011'],
  ])('reads the new number as the extension\'s, the other as the earlier one: %s', (text, reference, of) => {
    const r = read(text);
    expect(r.references).toEqual([reference]);
    expect(r.byReference[reference]?.of).toBe(of);
  });

  it.each([
    // An extension that keeps its number: as before.
    ['From: X Legal Policy <legal-policy@x.com>\nDate: Tue, 17 Nov 2026 14:06:00 -0800\nSubject: Re: extension\n\nThe preservation under case #4411-20002 has been extended by 90 days for @fen_quarry2.\n', ['4411-20002']],
    // No extension: the number the account is now preserved under, alone, as before.
    ['From: X Legal Policy <legal-policy@x.com>\nDate: Tue, 17 Nov 2026 14:06:00 -0800\nSubject: Re: preservation\n\nThe account @fen_quarry3 is now preserved under case #4411-20003.\n', ['4411-20003']],
    // "now" with no verb of keeping before "under": as before.
    ['From: X Legal Policy <legal-policy@x.com>\nDate: Tue, 17 Nov 2026 14:06:00 -0800\nSubject: Re: extension\n\nThe extension has been processed. Your earlier case #4411-20004 is now closed; @fen_quarry4 stays under new case #4411-20905.\n', ['4411-20905']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: a number written whole in the body beside a longer one it heads ("Reference: 61930482" … "sub-reference 61930482-YT1"), and one written without the provider\'s prefix ("#2611-5528" for "Y-2611-5528")', () => {
  it.each([
    ['From: Google LERS <lers-noreply@google.com>\nDate: Tue, 10 Nov 2026 07:05:44 -0500\nSubject: Preservation confirmed\n\nGoogle has preserved the account on November 9, 2026.\n\nReference: 61877001\nAccount: brisk.alder@gmail.com\n\nThe linked YouTube channel is preserved under sub-reference 61877001-YT1:\nhttps://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL\n', ['61877001', '61877001-YT1']],
    ['From: Microsoft Law Enforcement <lealert@microsoft.com>\nDate: Tue, 10 Nov 2026 07:05:44 -0800\nSubject: Preservation\n\nMicrosoft has preserved the Outlook.com account fen.loft@outlook.com under case GCC-2611-77001.\nThe Xbox profile of the same user is preserved under case GCC-2611-77001-XB.\n', ['GCC-2611-77001', 'GCC-2611-77001-XB']],
    ['Re: [Yahoo LE #2611-7702] Preservation\n\nYahoo Law Enforcement Response <le-response@yahooinc.com>\nNov 19, 2026, 6:40 AM (1 day ago)\nto me\n\nOn November 18, 2026, Yahoo preserved the account below.\n\nPreservation Reference No.: Y-2611-7702\nYahoo ID: quill.fen@yahoo.com\n', ['Y-2611-7702']],
    ['From: TikTok Law Enforcement <lawenforcement@tiktok.com>\nDate: Tue, 10 Nov 2026 07:05:44 -0800\nSubject: Preservation\n\nWe preserved the account @fen.wharf on November 9, 2026.\n\nReference: TT-LE-2611-4410\n\nIts linked second account @fen.wharf.alt is preserved under TT-LE-2611-4410-2.\n', ['TT-LE-2611-4410', 'TT-LE-2611-4410-2']],
  ])('reads the references the body writes whole: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // A number cut short of its last part ("KIK-PR-11240" of "KIK-PR-11240-3"), whole nowhere: the longer one, as before.
    ['From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 10 Nov 2026 07:05:44 -0500\nSubject: Preservation\n\nWe preserved the account fen_kite under reference KIK-PR-11240-3 on November 9, 2026.\n', ['KIK-PR-11240-3']],
    // The shorter one whole only in the subject: the body's longer one, as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 07:05:44 -0800\nSubject: Re: SNAP-LE-2611-7704\n\nWe preserved the Snapchat account moss.kite_7 under reference SNAP-LE-2611-7704-B on November 9, 2026.\n', ['SNAP-LE-2611-7704-B']],
    // Two numbers that only share their digits' tail ("A-2611-7705" and "B-2611-7705"): both, as before.
    ['From: Yahoo Law Enforcement <le-response@yahooinc.com>\nDate: Tue, 10 Nov 2026 07:05:44 -0500\nSubject: Preservation\n\nWe preserved fen.moss@yahoo.com under reference Y-2611-7705 and fen.moss@aol.com under reference A-2611-7705 on November 9, 2026.\n', ['Y-2611-7705', 'A-2611-7705']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: the same number written with and without the provider\'s prefix ("[Yahoo LE #2611-5528]" over "Y-2611-5528")', () => {
  it.each([
    ['Re: [Snap LE #2611-7711] Preservation\nInbox x\n\nSnap Law Enforcement <lawenforcement@snapchat.com>\nNov 19, 2026, 6:40 AM (1 day ago)\nto me\n\nOn November 18, 2026, Snap preserved the account below.\n\nPreservation Reference No.: SNAP-2611-7711\nUsername: fen.wake_2\n', ['SNAP-2611-7711']],
    ['Re: [Microsoft LE #26-0091735] Preservation\nInbox x\n\nMicrosoft Law Enforcement <lealert@microsoft.com>\nNov 12, 2026, 9:10 AM (3 days ago)\nto me\n\nMicrosoft preserved the account below on November 11, 2026.\n\nPreservation Reference No.: GCC-26-0091735\nAccount: fen.row@outlook.com\n', ['GCC-26-0091735']],
  ])('reads the body\'s whole number only: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // A table cell that cut the number ("LEPR-26-1120-77 4") beside the whole one: the whole one, as before.
    ['From: Microsoft Law Enforcement <lealert@microsoft.com>\nDate: Tue, 10 Nov 2026 07:05:44 -0800\nSubject: Preservation\n\n| Field       | Value              |\n| LEPR number | LEPR-26-1120-77 4  |\n| Account     | moss.fen@outlook.com |\n\nThe account was preserved on November 9, 2026. The LEPR number is LEPR-26-1120-774.\n', ['LEPR-26-1120-774']],
    // A number and a longer one after a slash: the longer, as before.
    ['From: Telegram Legal <legal@telegram.org>\nDate: Tue, 10 Nov 2026 07:05:44 +0000\nSubject: Preservation\n\nWe preserved the data of @fen_wake on 9 November 2026 under our reference TG-LE-26/4471. TG-LE-26 is our series.\n', ['TG-LE-26/4471']],
    // Two numbers that end alike after different prefixes, both in the body: both, as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 07:05:44 -0800\nSubject: Preservation\n\nWe preserved moss.wake_1 under reference SNAP-2611-7712 and moss.wake_2 under reference SNAP-B-2611-7712 on November 9, 2026.\n', ['SNAP-2611-7712', 'SNAP-B-2611-7712']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('confirmations: "Nothing was preserved" inside a list item that names an account ("- \'h0llowpine\': this username is not registered on Kik. Nothing was preserved.") is that item\'s fate', () => {
  it.each([
    ['From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0500\nSubject: Re: Preservation request\n\nResults:\n\n  - \'fen_owl\': preserved. Kik reference KIK-LE-26-4401.\n  - \'moss_owl\': this username is not registered on Kik. Nothing was\n    preserved.\n\nThe preservation was completed on November 16, 2026.\n', 'KIK-LE-26-4401'],
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0800\nSubject: Re: Preservation request\n\nOutcome per account:\n1. fen.crow_1 – preserved under reference SNAP-LE-2611-4402 on November 16, 2026.\n2. fen.crow_2 – we found no such user. No data was preserved.\n', 'SNAP-LE-2611-4402'],
    ['From: TikTok Law Enforcement <lawenforcement@tiktok.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0800\nSubject: Re: Preservation request\n\n• @fen_lark – the account was deleted in 2025. Nothing has been preserved.\n• @fen_rook – preserved on November 16, 2026, reference TT-LE-2611-4403.\n', 'TT-LE-2611-4403'],
  ])('confirms the other item\'s preservation: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // An item that names no account: the whole request's fate, as before.
    'From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0500\nSubject: Re: Preservation request KIK-LE-26-4404\n\nResults:\n  - Status: Nothing was preserved.\n  - Reference: KIK-LE-26-4404\n',
    // Not a list: the sentence alone, as before.
    'From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0500\nSubject: Re: Preservation request\n\nThe username you sent is not registered on Kik. Nothing was preserved. Reference KIK-LE-26-4405.\n',
    // The request refused as a whole in an item: as before.
    'From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0500\nSubject: Re: Preservation request\n\n  - Your request has been rejected; nothing was preserved for user fen_owl2.\n  - Reference: KIK-LE-26-4406\n',
  ])('confirms nothing, as before: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });
});

describe('accounts: a list item that names the account on its head line and denies it in the lines indented under it ("3. UID 401177263⏎   We could not locate an account with this UID.")', () => {
  it.each([
    ['From: Binance Law Enforcement <le-request@binance.com>\nDate: Wed, 11 Nov 2026 10:48:00 +0000\nSubject: Preservation\n\nOur response to each item:\n\n1. UID 381100221\n   Preserved as of 10 November 2026 under preservation number PRSV-3811-0001.\n\n2. UID 381100222\n   We could not locate an account with this UID. Please verify it.\n', '381100222', ['381100221']],
    ['From: Kraken Law Enforcement <lawenforcement@kraken.com>\nDate: Wed, 11 Nov 2026 10:48:00 +0000\nSubject: Preservation\n\nKraken preserved the account below on 10 November 2026 under case KRK-LE-2611-0002.\n\n  - Account ID: AA47 N84G 3KZT 9QWA\n  - Account ID: AA47 N84G 3KZT 9QWB\n      This identifier does not match any Kraken account.\n', 'AA47 N84G 3KZT 9QWB', ['AA47 N84G 3KZT 9QWA']],
    ['From: Coinbase Law Enforcement <no-reply@kodex.us>\nDate: Wed, 11 Nov 2026 10:48:00 +0000\nSubject: Preservation\n\nCoinbase preserved the following on 10 November 2026, reference CB-LE-2026-0003:\n\n  * fen.ledger@gmail.com\n  * moss.ledger@gmail.com\n      No Coinbase account is registered to this address.\n', 'moss.ledger@gmail.com', ['fen.ledger@gmail.com']],
  ])('leaves the item\'s account out: %s', (text, denied, accounts) => {
    const r = read(text);
    expect(r.accounts).not.toContain(denied);
    for (const a of accounts) expect(r.accounts).toContain(a);
  });

  it.each([
    // The lines under the item say it was preserved: as before.
    ['From: Binance Law Enforcement <le-request@binance.com>\nDate: Wed, 11 Nov 2026 10:48:00 +0000\nSubject: Preservation\n\nOur response to each item:\n\n1. UID 381100223\n   Preserved as of 10 November 2026 under preservation number PRSV-3811-0004.\n', ['381100223']],
    // A denial of something else under the item, in a clause after a contrast: as before.
    ['From: Coinbase Law Enforcement <no-reply@kodex.us>\nDate: Wed, 11 Nov 2026 10:48:00 +0000\nSubject: Preservation\n\nCoinbase preserved the following on 10 November 2026, reference CB-LE-2026-0005:\n\n  * fen.ledger5@gmail.com\n      We preserved the account, but could not find a linked wallet.\n', ['fen.ledger5@gmail.com']],
    // A denial on an unindented line after the list, naming another value: as before.
    ['From: Binance Law Enforcement <le-request@binance.com>\nDate: Wed, 11 Nov 2026 10:48:00 +0000\nSubject: Preservation\n\nPreserved as of 10 November 2026 under preservation number PRSV-3811-0006:\n\n- UID 381100226\nWe could not locate UID 381100227.\n', ['381100226']],
  ])('reads the accounts as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('accounts: a table pasted one cell a line, whose other row says "Not a Coinbase account": each account\'s own row says its fate, not the paragraph', () => {
  const stacked = (rows: string[][], header = ['Account', 'Reference', 'Status']) => [...header, ...rows.flat()].join('\n');
  it.each([
    [`Coinbase\nLaw Enforcement Portal\n\nYour preservation request has been completed.\n\n${stacked([['fen.till@gmail.com', 'CB-LE-2026-070001', 'Preserved'], ['0x7Ab3c91E4d2F8a06B5c1e9D3f4A2b7C8e0D1f6B1', '-', 'Not a Coinbase account']])}\n\nPreserved: Nov 13, 2026\n`, ['fen.till@gmail.com']],
    [`Kraken\nLaw Enforcement\n\nYour preservation request has been completed.\n\n${stacked([['moss.till@gmail.com', 'KRK-LE-2611-0701', 'Preserved'], ['wren.till@gmail.com', 'KRK-LE-2611-0702', 'Preserved'], ['kelp.till@gmail.com', '-', 'No account found']], ['Email', 'Case', 'Result'])}\n\nPreserved: Nov 13, 2026\n`, ['moss.till@gmail.com', 'wren.till@gmail.com']],
    [`Binance\nLaw Enforcement\n\nYour preservation request has been completed.\n\n${stacked([['381100701', 'PRSV-3811-0701', 'Preserved'], ['381100702', '-', 'UID does not exist']], ['User ID', 'Preservation number', 'Outcome'])}\n\nPreserved: Nov 13, 2026\n`, ['381100701']],
  ])('proposes the accounts whose rows say they were preserved: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // No row denied: every account, as before.
    [`Coinbase\nLaw Enforcement Portal\n\nYour preservation request has been completed.\n\n${stacked([['fen.till2@gmail.com', 'CB-LE-2026-070003', 'Preserved'], ['moss.till2@gmail.com', 'CB-LE-2026-070004', 'Preserved']])}\n\nPreserved: Nov 13, 2026\n`, ['fen.till2@gmail.com', 'moss.till2@gmail.com']],
    // Prose, no table: the sentence denies the one it names, as before.
    ['From: Coinbase Law Enforcement <no-reply@kodex.us>\nDate: Fri, 13 Nov 2026 10:00:00 +0000\nSubject: Preservation\n\nWe preserved fen.till3@gmail.com on November 13, 2026 under CB-LE-2026-070005. No account was found for kelp.till3@gmail.com.\n', ['fen.till3@gmail.com']],
    // A table laid out in rows on their lines: as before.
    ['From: Coinbase Law Enforcement <no-reply@kodex.us>\nDate: Fri, 13 Nov 2026 10:00:00 +0000\nSubject: Preservation\n\nPreserved on November 13, 2026:\n\nAccount\tReference\tStatus\nfen.till4@gmail.com\tCB-LE-2026-070006\tPreserved\nkelp.till4@gmail.com\t-\tNot a Coinbase account\n', ['fen.till4@gmail.com']],
  ])('reads the accounts as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('accounts: a name in capitals and small letters with no digit or mark, in a column of names ("Username⇥…⏎TundraByteYT⇥3307718852⇥RBX-PRES-70320")', () => {
  it.each([
    ['From: Roblox Law Enforcement via Kodex <no-reply@kodexglobal.com>\nDate: Thu, 12 Nov 2026 20:11:58 -0800\nSubject: Preservation Completed\n\nEach account has its own preservation reference.\n\nUsername\tUser ID\tPreservation Reference\tStatus\nMossGiantYT\t4418820501\tRBX-PRES-80501\tPreserved\nfen_hollow_9\t4418820502\tRBX-PRES-80502\tPreserved\n\nPreserved as of: 2026-11-12\n', 'MossGiantYT'],
    ['From: Twitch Law Enforcement <lawenforcement@twitch.tv>\nDate: Thu, 12 Nov 2026 20:11:58 -0800\nSubject: Preservation\n\nPreserved on November 12, 2026:\n\n| Handle      | Reference        |\n|-------------|------------------|\n| DuskRiverTV | TW-PRES-2611-801 |\n', 'DuskRiverTV'],
    ['From: Microsoft Law Enforcement <lealert@microsoft.com>\nDate: Thu, 12 Nov 2026 20:11:58 -0800\nSubject: Preservation\n\nThe Xbox profiles below were preserved on November 12, 2026, reference GCC-2611-80301.\n\nGamertag      XUID\nFenHollow     2535411987600001\n', 'FenHollow'],
  ])('reads the name: %s', (text, name) => {
    expect(read(text).accounts).toContain(name);
  });

  it.each([
    // A word of state where the name would stand: no name, as before.
    ['From: Roblox Law Enforcement via Kodex <no-reply@kodexglobal.com>\nDate: Thu, 12 Nov 2026 20:11:58 -0800\nSubject: Preservation Completed\n\nUsername\tUser ID\tPreservation Reference\tStatus\nPending\t4418820503\tRBX-PRES-80503\tPreserved\n\nPreserved as of: 2026-11-12\n', 'Pending', false],
    // Capitals and small letters in a status column: no account, as before.
    ['From: Roblox Law Enforcement via Kodex <no-reply@kodexglobal.com>\nDate: Thu, 12 Nov 2026 20:11:58 -0800\nSubject: Preservation Completed\n\nUsername\tUser ID\tPreservation Reference\tStatus\nfen_hollow_10\t4418820504\tRBX-PRES-80504\tPreservedOK\n\nPreserved as of: 2026-11-12\n', 'PreservedOK', false],
    // A lower-case name in the column: as before.
    ['From: Roblox Law Enforcement via Kodex <no-reply@kodexglobal.com>\nDate: Thu, 12 Nov 2026 20:11:58 -0800\nSubject: Preservation Completed\n\nUsername\tUser ID\tPreservation Reference\tStatus\nmossgiant\t4418820505\tRBX-PRES-80505\tPreserved\n\nPreserved as of: 2026-11-12\n', 'mossgiant', true],
  ])('reads the column as before: %s', (text, value, proposed) => {
    expect(read(text).accounts.includes(value as string)).toBe(proposed);
  });
});

describe('dates: a date in a paragraph after records parted by blank lines, one reference each ("Member profile: …⏎LinkedIn reference: LI-…⏎⏎Member profile: …⏎LinkedIn reference: LI-…⏎⏎Date of preservation: …"), dates them all', () => {
  const HEAD = 'From: LinkedIn Law Enforcement Response <le-response@linkedin.com>\nDate: Fri, 6 Nov 2026 16:33:00 +0000\nSubject: RE: Preservation request\n\nEach member profile has been given a separate reference:\n\n';
  it.each([
    [`${HEAD}Member profile: https://www.linkedin.com/in/fen-arlo-1\nLinkedIn reference: LI-PR-0940001\n\nMember profile: https://www.linkedin.com/in/fen-arlo-2\nLinkedIn reference: LI-PR-0940002\n\nDate of preservation: 3 November 2026\n`, ['LI-PR-0940001', 'LI-PR-0940002']],
    [`${HEAD}User ID: 1190055667788990001\nPreservation ID: DSC-PRV-940003\n\nUser ID: 1190055667788990002\nPreservation ID: DSC-PRV-940004\n\nPreserved: November 3, 2026\n`, ['DSC-PRV-940003', 'DSC-PRV-940004']],
    [`${HEAD}Account: fen.arlo3@gmail.com\nReference: G-940005\n\nAccount: fen.arlo4@gmail.com\nReference: G-940006\n\nAccount: fen.arlo5@gmail.com\nReference: G-940007\n\nPreservation date: 2026-11-03\n`, ['G-940005', 'G-940006', 'G-940007']],
  ])('dates every record: %s', (text, references) => {
    const r = read(text);
    for (const reference of references) expect(r.byReference[reference]?.day).toBe('2026-11-03');
  });

  it.each([
    // The date inside the second record: that record's, as before.
    [`${HEAD}Member profile: https://www.linkedin.com/in/fen-arlo-6\nLinkedIn reference: LI-PR-0940008\n\nMember profile: https://www.linkedin.com/in/fen-arlo-7\nLinkedIn reference: LI-PR-0940009\nPreserved: 3 November 2026\n\nThe data will be retained for 90 days.\n`, { 'LI-PR-0940008': '2026-11-06', 'LI-PR-0940009': '2026-11-03' }],
    // A date whose sentence names one reference: that one's, as before.
    [`${HEAD}User ID: 1190055667788990003\nPreservation ID: DSC-PRV-940010\n\nUser ID: 1190055667788990004\nPreservation ID: DSC-PRV-940011\n\nThe hold under DSC-PRV-940011 was placed on November 3, 2026.\n`, { 'DSC-PRV-940010': '2026-11-06', 'DSC-PRV-940011': '2026-11-03' }],
    // Records parted by a paragraph of prose are no list; from round 65 the message's one day of preservation after
    // every record, its sentence naming no number and no single account, dates them all (early rather than late).
    [`${HEAD}Account: fen.arlo8@gmail.com\nReference: G-940012\n\nThe second account was harder to find, as it had been renamed twice this year.\n\nAccount: fen.arlo9@gmail.com\nReference: G-940013\n\nPreservation date: 2026-11-03\n`, { 'G-940012': '2026-11-03', 'G-940013': '2026-11-03' }],
  ])('dates the records as before: %s', (text, days) => {
    const r = read(text);
    for (const [reference, day] of Object.entries(days)) expect(r.byReference[reference]?.day).toBe(day);
  });
});

describe('accounts: a list item headed by a quoted name and its outcome after a colon or dash ("  - \'driftwood_sable\': preserved. Kik reference KIK-LE-26-3391.")', () => {
  const HEAD = 'From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0500\nSubject: Re: Preservation request\n\nResults:\n\n';
  it.each([
    [`${HEAD}  - 'fen_raven2': preserved. Kik reference KIK-LE-26-5501.\n\nPreservation was completed on November 16, 2026.\n`, 'fen_raven2'],
    [`${HEAD}1. "moss.raven" – preserved under reference KIK-LE-26-5502 on November 16, 2026.\n`, 'moss.raven'],
    [`${HEAD}• ‘wren_42’: preserved on November 16, 2026 (reference KIK-LE-26-5503).\n`, 'wren_42'],
  ])('reads the quoted name: %s', (text, name) => {
    expect(read(text).accounts).toContain(name);
  });

  it.each([
    // A quoted word that is no name ("'Status'"): no account, as before.
    [`${HEAD}  - 'Status': preserved. Kik reference KIK-LE-26-5504.\n\nPreservation was completed on November 16, 2026.\n`, 'Status'],
    // The item's outcome denies it: not proposed, as before.
    [`${HEAD}  - 'fen_raven4': this username is not registered on Kik.\n  - 'fen_raven6': preserved. Kik reference KIK-LE-26-5505.\n`, 'fen_raven4'],
    // A quoted name with no outcome after it: as before.
    [`${HEAD}  - 'fen_raven5' and two others were named in your letter.\n\nKik reference KIK-LE-26-5506, completed on November 16, 2026.\n`, 'fen_raven5'],
  ])('does not propose it, as before: %s', (text, value) => {
    expect(read(text).accounts).not.toContain(value);
  });
});

describe('accounts: an item\'s denial on a line a wrap left unindented ("  - x@…: the account was closed … ago⏎and⏎    no data remains. We are unable to preserve it.")', () => {
  it('reads the wrapped line as the item\'s', () => {
    const text = 'From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0500\nSubject: Re: Preservation request\n\nResults:\n\n  - fen.raven8@gmail.com: preserved. Kik reference KIK-LE-26-5508.\n  - kelp.raven8@gmail.com: the account was closed by its owner more than 30 days ago\nand\n    no data remains. We are unable to preserve it.\n';
    expect(read(text).accounts).toEqual(['fen.raven8@gmail.com']);
  });

  it('reads an unindented line after a short item line as before (no continuation)', () => {
    const text = 'From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 08:15:40 -0500\nSubject: Re: Preservation request\n\nPreserved under Kik reference KIK-LE-26-5509:\n\n  - fen.raven9@gmail.com\nWe could not locate it in a second system, which holds no data for this user.\n';
    expect(read(text).accounts).toEqual(['fen.raven9@gmail.com']);
  });
});

describe('accounts and references: each account followed by its reference in brackets, in one sentence ("u/Glasswing_Kestrel (Reference: RDT-LE-2026-00918) u/mothlight_ferry (Reference: RDT-LE-2026-00919)")', () => {
  it.each([
    ['From: Reddit Law Enforcement <le@reddit.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nWe have preserved the following accounts on November 9, 2026: u/Fen_Harrow_1 (Reference: RDT-LE-2026-01001) u/moss_harrow_2 (Reference: RDT-LE-2026-01002). Data is held for 90 days.\n', { 'RDT-LE-2026-01001': ['u/Fen_Harrow_1'], 'RDT-LE-2026-01002': ['u/moss_harrow_2'] }],
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nOn November 9, 2026 we preserved @fen.harrow_3 (case SNAP-LE-2611-01003) and @moss.harrow_4 (case SNAP-LE-2611-01004).\n', { 'SNAP-LE-2611-01003': ['@fen.harrow_3'], 'SNAP-LE-2611-01004': ['@moss.harrow_4'] }],
    ['From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nPreserved on November 9, 2026: fen.harrow5@gmail.com (Google reference 61001005), moss.harrow6@gmail.com (Google reference 61001006) and kelp.harrow7@gmail.com (Google reference 61001007).\n', { '61001005': ['fen.harrow5@gmail.com'], '61001006': ['moss.harrow6@gmail.com'], '61001007': ['kelp.harrow7@gmail.com'] }],
  ])('gives each reference the account before its bracket: %s', (text, want) => {
    const got = read(text).byReference;
    for (const [reference, accounts] of Object.entries(want)) expect(got[reference]?.accounts).toEqual(accounts);
  });

  it.each([
    // Each reference before its account: as before.
    ['From: Reddit Law Enforcement <le@reddit.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nOn November 9, 2026 we preserved the accounts under these references:\nRDT-LE-2026-01008: u/Fen_Harrow_8\nRDT-LE-2026-01009: u/moss_harrow_9\n', { 'RDT-LE-2026-01008': ['u/Fen_Harrow_8'], 'RDT-LE-2026-01009': ['u/moss_harrow_9'] }],
    // One reference in brackets after two accounts: both its own, as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nOn November 9, 2026 we preserved fen.harrow_10 and moss.harrow_11 (ref. SNAP-LE-2611-01010).\n', { 'SNAP-LE-2611-01010': ['fen.harrow_10', 'moss.harrow_11'] }],
    // One sentence per account and reference: as before.
    ['From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nWe preserved fen.harrow12@gmail.com on November 9, 2026 (Google Ref. 61001012). We preserved moss.harrow13@gmail.com on November 9, 2026 (Google Ref. 61001013).\n', { '61001012': ['fen.harrow12@gmail.com'], '61001013': ['moss.harrow13@gmail.com'] }],
  ])('gives each reference its accounts as before: %s', (text, want) => {
    const got = read(text).byReference;
    for (const [reference, accounts] of Object.entries(want)) expect(got[reference]?.accounts).toEqual(accounts);
  });
});

describe('text: a phone\'s copy run onto one line with no header fields, its sign-off at its end ("Reddit Law Enforcement Operations Hi Officer Kettering, thanks … Sent from my iPhone")', () => {
  it.each([
    ['Reddit Law Enforcement Operations Hi Officer Marsh, thanks for waiting. We have preserved the following accounts: u/Fen_Lantern_3 (Reference: RDT-LE-2026-02001) u/moss_lantern_4 (Reference: RDT-LE-2026-02002) Preserved data will be held for 90 days. If you need an extension please reply before it expires, quoting the reference for each account. Reddit, Inc. Law Enforcement Operations Sent from my iPhone', { 'RDT-LE-2026-02001': ['u/Fen_Lantern_3'], 'RDT-LE-2026-02002': ['u/moss_lantern_4'] }],
    ['Snap Law Enforcement Hello Detective Ruiz, we have preserved the Snapchat account @fen.kettle_5 under reference SNAP-LE-2611-02003 as of November 9, 2026. The data will be held for 90 days and may be extended once on request. Please quote the reference in any legal process you serve on us. Regards, Snap Law Enforcement Operations Sent from my iPad', { 'SNAP-LE-2611-02003': ['@fen.kettle_5'] }],
    ['Discord Trust and Safety Dear Officer Hale, we preserved the account 1190066778899001122 (Preservation ID: DSC-PRV-02004) and the account 1190066778899001123 (Preservation ID: DSC-PRV-02005) on 11/09/2026. Data is retained for 90 days; reply to this thread to extend. Discord Trust and Safety team Enviado desde mi iPhone', { 'DSC-PRV-02004': ['1190066778899001122'], 'DSC-PRV-02005': ['1190066778899001123'] }],
  ])('reads the accounts: %s', (text, want) => {
    const got = read(text).byReference;
    for (const [reference, accounts] of Object.entries(want)) expect(got[reference]?.accounts).toEqual(accounts);
  });

  it.each([
    // A long paragraph with no sign-off at its end: as before.
    ['From: Reddit Law Enforcement <le@reddit.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nHi Officer Marsh, thanks for waiting. We have preserved the account u/Fen_Lantern_6 under reference RDT-LE-2026-02006 on November 9, 2026, and the data will be held for 90 days from that date. If you need an extension please reply to this thread before it expires, quoting the reference for the account, and we will process it within a few business days of receipt.\n', { 'RDT-LE-2026-02006': ['u/Fen_Lantern_6'] }],
    // A short line ending in a sign-off: no run-on, as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nPreserved @fen.kettle_7 under SNAP-LE-2611-02007 on November 9, 2026.\n\nSent from my iPhone\n', { 'SNAP-LE-2611-02007': ['@fen.kettle_7'] }],
    // A run-on copy with header fields: read as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com> Date: Tue, 10 Nov 2026 10:00:00 -0800 Subject: Preservation Hello Detective Ruiz, we have preserved the Snapchat account @fen.kettle_8 under reference SNAP-LE-2611-02008 as of November 9, 2026. The data will be held for 90 days and may be extended once on request. Regards, Snap Law Enforcement Sent from my iPhone', { 'SNAP-LE-2611-02008': ['@fen.kettle_8'] }],
  ])('reads the accounts as before: %s', (text, want) => {
    const got = read(text).byReference;
    for (const [reference, accounts] of Object.entries(want)) expect(got[reference]?.accounts).toEqual(accounts);
  });
});
