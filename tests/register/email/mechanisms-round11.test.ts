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

describe('numbers the words set aside: tickets, the addressee’s numbers, numbers unrelated to the preservation', () => {
  it.each([
    ['| Portal ticket | HD-2611-77120 |\n| Case          | PV-2611-40092 |'],
    ['Ticket ref for this update: UPD-20261123-07 (not a case number).\nCase PV-2611-40092 is preserved.'],
    ['Case PV-2611-40092 is preserved. Billing record 771029384456 is unrelated to this preservation.'],
    ['Case PV-2611-40092 is preserved. Your incident report number CR/2026/550193 is noted.'],
    ['Case PV-2611-40092 is preserved. We logged your county crime no. 26-CR-004417 with it.'],
  ])('%s', (body) => {
    expect(parse(`We have preserved the account.\n\n${body}\n`).references).toEqual(['PV-2611-40092']);
  });

  it('"your preservation number" and "your case number is" stay the provider’s words', () => {
    expect(parse('Your preservation number: QN-2611-00451. The account is preserved.\n').references).toEqual(['QN-2611-00451']);
  });
});

describe('references named in other shapes', () => {
  it('a correction names the reference ("the correct number is X")', () => {
    const r = parse('| Portal ticket | TKT-0093377 |\n| Number | LEPR-26-11-2088 1 |\n\nCorrection: the correct number is LEPR-26-11-20881. The account is preserved.\n');
    expect(r.references).toEqual(['LEPR-26-11-20881']);
  });

  it.each([
    ['1) New preservation - case 0611-LPR-7720455\n   Account: @reedmoss_7\n   Preserved as of November 20, 2026.', '0611-LPR-7720455'],
    ['Preserved under reference 2026/LE/448120.', '2026/LE/448120'],
    ['Record # 88-ZT-104452 has been preserved.', '88-ZT-104452'],
  ])('a file word names a number that starts with digits: %s', (body, reference) => {
    expect(parse(`${body}\n`).references).toEqual([reference]);
  });
});

describe('a thread whose provider is not in the registry', () => {
  it('the provider’s reply on top of the investigator’s quoted request is the provider’s message', () => {
    const text =
      'From: Clipstream Safety <legal@clipstream.example>\nDate: Mon, 23 Nov 2026 15:10:04 +1000\nTo: Det. Ann Roe <a.roe@harbour-police.example.au>\nSubject: Re: preservation\n\nThe channel was preserved. Reference for your records is CLP-PR-44120.\n\n' +
      'On Mon, Nov 23, 2026 at 8:02 AM Det. Ann Roe <a.roe@harbour-police.example.au> wrote:\n> Any news on my request HPD-26-0091 for the channel tidewalker_9?\n';
    expect(parseProviderEmail(text, NOW).references).toEqual(['CLP-PR-44120']);
  });

  it('a forward of the provider’s mail to a colleague still reads the forwarded mail', () => {
    const text =
      'From: Det. Ann Roe <a.roe@harbour-police.example.au>\nTo: Sgt. Ben Lo <b.lo@harbour-police.example.au>\nSubject: FW: preservation\n\nFYI.\n\n-----Original Message-----\nFrom: Clipstream Safety <legal@clipstream.example>\nTo: Det. Ann Roe <a.roe@harbour-police.example.au>\nSubject: preservation\n\nThe channel was preserved. Reference for your records is CLP-PR-44120.\n';
    expect(parseProviderEmail(text, NOW).references).toEqual(['CLP-PR-44120']);
  });
});

const accountsOf = (body: string) => parse(`Reference: QP-2611-70443\n\n${body}\n`).accountIdentifiers;

describe('account labels in other shapes', () => {
  it.each([
    ['Xbox gamertag ........ Ember Fox 19\nXbox user id (XUID) .... 2535400918822731', ['Ember Fox 19', '2535400918822731']],
    ['User ID (numeric) : 88123409917', ['88123409917']],
    ['ID Yubo : 6a0f3c19d2e84b7710aa93ce', ['6a0f3c19d2e84b7710aa93ce']],
    ['Identifiant Snapchat : 771203948812', ['771203948812']],
  ])('%s', (body, accounts) => {
    expect(accountsOf(`We preserved the accounts below.\n\n${body}`)).toEqual(accounts);
  });

  it('a bare system id in brackets after an account is its id; a bare word in brackets is not', () => {
    expect(accountsOf('Accounts:\n u/Pale_Orchard_4 (t2_7qm2zk1a)\n')).toEqual(['u/Pale_Orchard_4', 't2_7qm2zk1a']);
    expect(accountsOf('Account: @quill_heron (1721448820355117099)\n')).toEqual(['@quill_heron', '1721448820355117099']);
    expect(accountsOf('Account: @quill_heron (suspended)\n')).toEqual(['@quill_heron']);
  });

  it('a profile address by numeric id is an account; a post’s is not', () => {
    expect(accountsOf('Accounts:\n  @tern_rise  (https://x.com/i/user/1790033122845519999)\n')).toEqual(['@tern_rise', 'https://x.com/i/user/1790033122845519999']);
    expect(accountsOf('Preserved: twitter.com/intent/user?user_id=1790033122845519999')).toEqual(['twitter.com/intent/user?user_id=1790033122845519999']);
  });

  it('a "Mobile:" line in an account’s record is the account’s; in the officer’s block it is not', () => {
    expect(accountsOf('We preserved the rider account:\n\n  Rider name on account: "J. Doe"\n  Mobile: 0491 570 188\n  Email: tern.rise@icloud.com')).toEqual(['0491 570 188', 'tern.rise@icloud.com']);
    expect(accountsOf('We preserved tern.rise@icloud.com.\n\nDet. Ann Roe\nMobile: 0491 570 993')).toEqual(['tern.rise@icloud.com']);
  });
});

describe('accounts the provider says have none', () => {
  it.each([
    ['+44 7700 900219 - no WhatsApp account registered to this number'],
    ['+44 7700 900219: no account associated'],
    ['+44 7700 900219 (this number is not registered to any WhatsApp account)'],
    ['+44 7700 900219 - no user on file'],
  ])('%s', (line) => {
    expect(accountsOf(`We preserved the accounts below.\n\n  +44 7700 900481 - preserved\n  ${line}`)).toEqual(['+44 7700 900481']);
  });
});

describe('distractors: the officer’s and the provider’s own details', () => {
  it('a line naming an officer by rank anywhere in it holds the officer’s details', () => {
    expect(accountsOf('We preserved kestrel.dune@yahoo.com.\n\nYour case: 26-CR-04417 (Det. Ines Varga, ines.varga@dunmoor-pd.example.com)')).toEqual(['kestrel.dune@yahoo.com']);
    expect(accountsOf('We preserved kestrel.dune@yahoo.com.\n\nRequested for DC Hwang (mobile +44 7700 900123).')).toEqual(['kestrel.dune@yahoo.com']);
  });

  it('a line that names the provider’s line or hotline gives no account', () => {
    expect(accountsOf('We preserved kestrel.dune@yahoo.com.\n\nMicrosoft Corporation | One Microsoft Way\nLENS line: +1 (425) 555-0117')).toEqual(['kestrel.dune@yahoo.com']);
    expect(accountsOf('We preserved kestrel.dune@yahoo.com.\n\nLE emergency hotline: +44 20 7946 0321')).toEqual(['kestrel.dune@yahoo.com']);
  });

  it('an address on the lines indented under a letter’s To: field is the addressee’s', () => {
    const letter = 'To:  Special Agent Rowan Pike\n     Digital Evidence Unit\n     r.pike@county-sheriff.example.us\n\n';
    expect(accountsOf(`${letter}We have preserved https://github.com/marrow-dev (user ID 142288099).`)).toEqual(['https://github.com/marrow-dev', '142288099']);
  });

  it('an identifier the provider did not match to any account is not confirmed', () => {
    expect(accountsOf('We preserved kestrel.dune@yahoo.com. A second identifier (kestrel.dune2@yahoo.com) did not match any\nYahoo account.')).toEqual(['kestrel.dune@yahoo.com']);
  });

  it('lines quoted deeper than the provider’s own (its quote of the request) are not the provider’s', () => {
    const text =
      'Thanks - logged.\n\nOn Tue, Nov 17, 2026 at 6:31 PM WhatsApp LLC <records-wa@support.whatsapp.com> wrote:\n> We have preserved the account of +1 415 555 0163.\n>\n> WhatsApp Reference: WA-LER-4097799B\n>\n> > In our request we also listed +55 13 95555-0199.\n';
    const r = parseProviderEmail(text, NOW);
    expect(r.references).toEqual(['WA-LER-4097799B']);
    expect(r.accountIdentifiers).toEqual(['+1 415 555 0163']);
  });
});

describe('the provider’s name inside an address labels nothing', () => {
  it('"x@gmail.com and the phone number 07700 …" makes no reference of the phone', () => {
    const r = parseProviderEmail(
      'Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Google LE <uslawenforcement@google.com>\nTo: officer@agency.example\nSubject: Preservation\n\nReference: GG-2611-70443\n\nWe have preserved the account with the e-mail address fern.q@gmail.com and the phone number 07700 900456.\n',
      NOW,
    );
    expect(r.references).toEqual(['GG-2611-70443']);
    expect(r.accountIdentifiers).toEqual(['fern.q@gmail.com', '07700 900456']);
  });
});

describe('nothing preserved, in the other languages read', () => {
  it.each([
    ['Es wurden keine Daten gesichert.'],
    ['Aucune donnée n’a été conservée.'],
    ['No se han preservado datos.'],
    ['Nessun dato è stato conservato.'],
    ['Er zijn geen gegevens bewaard.'],
    ['Nenhum dado foi preservado.'],
  ])('%s', (sentence) => {
    expect(parse(`Referenz: QP-2611-70443\n\n${sentence}\n`).confirmations).toEqual([]);
  });

  it('said of one number, it drops only that number', () => {
    const r = parse('Référence : QP-2611-70443\n\nLe compte x_1 est conservé. Aucune donnée n’a été conservée pour le numéro +33 6 12 34 56 78.\n');
    expect(r.references).toEqual(['QP-2611-70443']);
    expect(r.accountIdentifiers).toEqual(['x_1']);
  });
});

describe('references in a notice’s other layouts', () => {
  it('a heading above its value, maybe under a rule, labels it like a colon', () => {
    expect(parse('Preserved.\n\nUsername: fern.quiet\n\nReference\n---------\n8812004413\n').references).toEqual(['8812004413']);
    const r = parse('Preserved.\n\nUsername: fern.quiet\n\nYOUR CASE NUMBER\n=========\n26-44871\n\nPRESERVATION ID\n=========\nPX-88120044\n');
    expect(r.references).toEqual(['PX-88120044']);
  });

  it('"our file number for this matter is X", slashes in it', () => {
    expect(parse('The account fern.quiet has been preserved. Our file number for this matter is SNP/LE/88120.\n').references).toEqual(['SNP/LE/88120']);
  });

  it('"X (your reference)" is the addressee’s', () => {
    expect(parse('Thanks for the request regarding SC-REQ-11029 (your reference). We have preserved fern.quiet under SNAP-PRES-77120.\n').references).toEqual(['SNAP-PRES-77120']);
  });

  it('a plural account word and its colon list names parted by semicolons', () => {
    expect(accountsOf('We preserved these.\nAccounts: fern.quiet; fern.quiet2; quiet_fern')).toEqual(['fern.quiet', 'fern.quiet2', 'quiet_fern']);
    expect(accountsOf('We preserved the account fern.quiet; the order 55_12 was not.')).toEqual(['fern.quiet']);
  });
});

describe('distractors: the agency’s domain and the company’s postal line', () => {
  it('an address at the domain the provider wrote to is the agency’s, not a consumer domain', () => {
    expect(accountsOf('We preserved fern.quiet@gmail.com.\nWe will send updates to jane.roe@agency.example.')).toEqual(['fern.quiet@gmail.com']);
    const toGmail = parseProviderEmail('Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Legal <legal@provider.example>\nTo: det.roe@gmail.com\nSubject: Preservation\n\nReference: QP-2611-70443\n\nWe preserved fern.quiet@gmail.com.\n', NOW);
    expect(toGmail.accountIdentifiers).toEqual(['fern.quiet@gmail.com']);
  });

  it('a phone on the line of a postal address is the company’s', () => {
    expect(accountsOf('We preserved fern.quiet@gmail.com.\n\nSnap Inc. · 3000 31st Street · Santa Monica, CA 90405 · +1 310 555 0100')).toEqual(['fern.quiet@gmail.com']);
    expect(accountsOf('We preserved fern.quiet@gmail.com.\n\nExample GmbH, Hauptstraße 5, 10115 Berlin, Tel. +49 30 1234 5678')).toEqual(['fern.quiet@gmail.com']);
  });
});

describe('renamed references and the preservation’s own object', () => {
  it.each([
    ['Reference: DSC-PR-55120 (previously DSC-REQ-44100)'],
    ['Your request has been renumbered: the reference is now DSC-PR-55120 (formerly DSC-REQ-44100).'],
    ['Reference DSC-PR-55120, renumbered from DSC-REQ-44100.'],
  ])('the old number of a renamed reference is none: %s', (line) => {
    expect(parse(`We have preserved the account fern_quiet.\n${line}\n`).references).toEqual(['DSC-PR-55120']);
  });

  it('an extension’s earlier number is still its earlier reference', () => {
    const r = parse('The preservation has been extended. New reference DSC-PR-55120 (previously DSC-PR-44100).\n');
    expect(r.confirmations.map((c) => c.extension?.ofReference)).toEqual(['DSC-PR-44100']);
  });

  it.each([
    ['We preserved fern_quiet under QP-2611-70443.', ['fern_quiet']],
    ['Preservation complete for fern_quiet and quiet.owner. Reference QP-2611-70443.', ['fern_quiet', 'quiet.owner']],
    ['We have secured the data of rook_77, @tern.rise. Reference QP-2611-70443.', ['rook_77', '@tern.rise']],
    ['Records preserved for 90 days under QP-2611-70443.', []],
    ['We preserved fern_quiet under QP-2611-70443. Data could not be preserved for fern_q2.', ['fern_quiet']],
  ])('a name right after the preservation’s verb is its object: %s', (body, accounts) => {
    expect(parse(`${body}\n`).accountIdentifiers).toEqual(accounts);
  });
});

describe('account labels of other platforms', () => {
  it.each([
    ['Preserved: SteamID64 76561198012345678', ['76561198012345678']],
    ['Preserved: https://steamcommunity.com/profiles/76561198012345678 and steamcommunity.com/id/fernq', ['https://steamcommunity.com/profiles/76561198012345678', 'steamcommunity.com/id/fernq']],
    ['Preserved: Telegram user @fernq (user_id 5512004412)', ['@fernq', '5512004412']],
    ['Preserved: WeChat ID wxid_8812abcd9910', ['wxid_8812abcd9910']],
    ['Preserved: PlayStation Network ID (Online ID): Fern_Quiet-77', ['Fern_Quiet-77']],
    ['Preserved: Yahoo ID fern_q77', ['fern_q77']],
    ['Preserved: Discord user fernquiet (ID: 881200441122334455)', ['fernquiet', '881200441122334455']],
  ])('%s', (body, accounts) => {
    expect(accountsOf(body)).toEqual(accounts);
  });

  it.each([['Uber Ride ID 1984420335517702891'], ['Twitch Clip ID BraveTinyOtterPJSalt-3kX9'], ['Google Meet ID abc-defg-hij9'], ['Amazon Order ID 113-5520874-3390117']])('"%s" names another thing', (line) => {
    expect(accountsOf(`Preserved: fern.q@gmail.com.\n${line} is from your request.`)).toEqual(['fern.q@gmail.com']);
  });
});

describe('labels that name another party’s number', () => {
  const unknownSender = (body: string) =>
    parseProviderEmail(`Date: Wed, 25 Nov 2026 09:30:00 +0100\nFrom: Trust Desk <desk@smallapp.example>\nTo: det.roe@metro-pd.example.gov\nSubject: Preservation\n\n${body}`, NOW).references;
  it.each([
    ['Case 10482291035517 preserved for @fern.quiet.\nCase Number (Agency): MPD-26-4471\n'],
    ['Case 10482291035517 preserved for @fern.quiet.\nCustomer reference: MPD-26-4471\n'],
    ['Case 10482291035517 preserved for @fern.quiet.\nInvestigation: Operation Nightjar (MPD-26-4471)\n'],
    ['Case 10482291035517 preserved for @fern.quiet.\nCourt order reference: 2026/SW/0041\n'],
    ['Case 10482291035517 preserved for @fern.quiet.\nSearch warrant no. SW-2026-0041\n'],
    ['| Field | Value |\n|---|---|\n| Agency case | MPD-26-4471 |\n| Case | 10482291035517 |\n| Account | @fern.quiet |\n'],
  ])('%s', (body) => {
    expect(unknownSender(body)).toEqual(['10482291035517']);
  });

  it('"Xbox LE case:" stays the provider’s own', () => {
    expect(unknownSender('Xbox LE case: XBX-IE-26-41077\nGamertag: Moss Lantern 88\n')).toEqual(['XBX-IE-26-41077']);
  });
});

describe('an extension’s two numbers, and a renamed one', () => {
  it.each([
    ['Your extension request for preservation TT-PR-44100 has been completed. Extension reference: TT-EXT-55120.'],
    ['Extension for TT-PR-44100 processed. Extension ID: TT-EXT-55120.'],
  ])('%s', (body) => {
    const r = parse(`${body}\n`);
    expect(r.confirmations.map((c) => [c.reference, c.extension?.ofReference])).toEqual([['TT-EXT-55120', 'TT-PR-44100']]);
  });

  it('"replacing our earlier number Y" outside an extension leaves Y out', () => {
    expect(parse('Preservation complete for @fern.q under reference TT-PR-44100, replacing our earlier number TT-REQ-44000.\n').references).toEqual(['TT-PR-44100']);
  });
});

describe('more ways to say an identifier has no account', () => {
  it.each([
    ['No account matches fern.q2.'],
    ['The identifier fern.q2 appears to be invalid.'],
    ['The account fern.q2 was deleted before your request; nothing remains to preserve.'],
    ['Le compte fern.q2 est introuvable.'],
    ['Das Konto fern.q2 existiert nicht.'],
    ['Accounts:\n  fern.quiet - preserved\n  fern.q2 - no match'],
    ['Accounts:\n  fern.quiet - preserved\n  fern.q2 - invalid username'],
  ])('%s', (body) => {
    expect(accountsOf(`We preserved the account fern.quiet.\n${body}`)).toEqual(['fern.quiet']);
  });
});
