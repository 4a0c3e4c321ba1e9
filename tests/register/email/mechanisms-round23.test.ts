import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 23 (dev13's kinds: plain-text copies as mail clients make them, providers' staff in their own
 * words): each shown on invented mail in other providers, words, languages and layouts than the corpus's, with probes
 * that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers };
};

describe('references: the provider\'s file noun with a clause of its own before the copula ("The reference I\'ve given this request is …")', () => {
  it.each([
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nHi Detective,\n\nWe preserved the Snapchat account frostmoth.91 on November 14, 2026. The case number we opened for this is 77120934, so please use it in any follow-up.\n', '77120934'],
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nDone - user 1190022334455669001 is preserved as of today. The reference on our end is\n4471-LE-2209 if you need it later.\n', '4471-LE-2209'],
    ['From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nThe board owner pinterest.com/kelpmoor22 was preserved on 15 November 2026. The number we will use for your request from now on is 551902377; quote it when you serve process.\n', '551902377'],
  ])('reads the number: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // The addressee's number, by the clause's source.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the Snapchat account frostmoth.92 on November 14, 2026 (Snap reference 77120935). The reference we received from you is 2026004381.\n', '2026004381'],
    // A phone's number, no request named in the clause.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved user 1190022334455669002 on November 15, 2026 (reference 4471-LE-2210). The number we will call you on is 2065550144.\n', '2065550144'],
    // The addressee's own office in the clause.
    ['From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\npinterest.com/kelpmoor23 was preserved on 15 November 2026 under Pinterest case PIN-LE-55190. The case number we have for your agency is 88120455.\n', '88120455'],
  ])('does not read it: %s', (text, number) => {
    expect(read(text).references).not.toContain(number);
  });
});

describe('confirmations: the Polish active past of preserving asserts the preservation ("zabezpieczyliśmy", "zachowała")', () => {
  it.each([
    ['Od: Snap Law Enforcement <lawenforcement@snapchat.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nUprzejmie informujemy, że zachowaliśmy dane konta Snapchat mrozny.lis7. Dane zostaną zachowane przez okres 90 dni. Numer referencyjny: SNAP-LE-2611-7710.\n', 'SNAP-LE-2611-7710'],
    ['Od: Discord Legal <lawenforcement@discord.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nDzień dobry,\n\nnasz zespół zabezpieczył dane użytkownika 1190022334455669101.\nDane zostaną zachowane przez okres 90 dni.\nNumer sprawy: DSC-2611-77102\n', 'DSC-2611-77102'],
    ['Od: TikTok LE <lert@tiktok.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nTikTok zabezpieczyła dane konta @wierzba.szara; zostaną one zachowane przez okres 90 dni. Prosimy podawać numer TT-PL-2611-0773 w dalszej korespondencji.\n', 'TT-PL-2611-0773'],
  ])('confirms it: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // The future only: not yet done.
    'Od: Snap Law Enforcement <lawenforcement@snapchat.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nDane konta mrozny.lis8 zostaną zachowane po otrzymaniu podpisanego wniosku. Numer referencyjny: SNAP-LE-2611-7711.\n',
    // Negated.
    'Od: Discord Legal <lawenforcement@discord.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nNie zabezpieczyliśmy jeszcze danych; zostaną one zachowane po weryfikacji. Numer sprawy: DSC-2611-77103\n',
    // A request received, the preservation to come.
    'Od: TikTok LE <lert@tiktok.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nOtrzymaliśmy wniosek o zabezpieczenie danych konta @wierzba.szara2. Dane zostaną zachowane po weryfikacji. Prosimy podawać numer TT-PL-2611-0774 w dalszej korespondencji.\n',
  ])('still confirms nothing: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });
});

describe('dates: a date after a day\'s preposition, the clause\'s predicate of preserving further on ("dat … op 18 november 2026 de gegevens … heeft bewaard")', () => {
  it.each([
    ['Von: Snap Law Enforcement <lawenforcement@snapchat.com>\nGesendet: Montag, 16. November 2026 10:00\n\nHiermit bestätigen wir, dass wir am 12.11.2026 die Daten des Kontos moorfalke_7 gesichert haben. Referenz: SNAP-LE-2611-8801\n', '2026-11-12'],
    ['Van: Discord Legal <lawenforcement@discord.com>\nVerzonden: maandag 16 november 2026 10:00\n\nWij bevestigen dat Discord op 12 november 2026 de gegevens van gebruiker 1190022334455669201 heeft veiliggesteld. Kenmerk: DSC-2611-88020\n', '2026-11-12'],
    ['Od: Google LIS <lis-noreply@google.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nInformujemy, że dnia 12.11.2026 r. zachowaliśmy dane konta sosna.mglista@gmail.com. Numer referencyjny Google: 61190031.\n', '2026-11-12'],
  ])('dates the preservation: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    // The request's day: received, then preserved.
    ['Van: Discord Legal <lawenforcement@discord.com>\nVerzonden: maandag 16 november 2026 10:00\n\nWij bevestigen dat wij op 10 november 2026 uw verzoek hebben ontvangen en de gegevens van gebruiker 1190022334455669202 hebben bewaard. Kenmerk: DSC-2611-88021\n', '2026-11-16'],
    // The request's day in Polish.
    ['Od: Google LIS <lis-noreply@google.com>\nWysłano: poniedziałek, 16 listopada 2026 10:00\n\nW dniu 10.11.2026 r. otrzymaliśmy wniosek i zachowaliśmy dane konta sosna.mglista2@gmail.com. Numer referencyjny Google: 61190032.\n', '2026-11-16'],
    // A clause with no predicate of preserving: the e-mail's date, as before.
    ['Von: Snap Law Enforcement <lawenforcement@snapchat.com>\nGesendet: Montag, 16. November 2026 10:00\n\nDie Daten des Kontos moorfalke_8 sind gesichert. Ihr Schreiben ist am 12.11.2026 bei uns eingegangen. Referenz: SNAP-LE-2611-8802\n', '2026-11-16'],
  ])('dates as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe('messages: a thread export\'s numbered header with no field names ("[2] Name <address>" over its time, under a rule)', () => {
  it.each([
    ['Snap ticket 4471 - conversation\n\n(1) Det. Ana Roe <a.roe@metro-pd.example.gov>\n    Nov 12, 2026 9:02 AM\n\nPlease preserve frostmoth.93 and saltbirch_77. Our case number is MPD-2026-5531.\n\n-----------------------------------------------\n(2) Snap Law Enforcement <lawenforcement@snapchat.com>\n    Nov 16, 2026 10:05 AM\n\nWe preserved the Snapchat account frostmoth.93 on November 15, 2026. We could not find saltbirch_77.\nReference: SNAP-LE-2611-9901\n', ['frostmoth.93']],
    ['Discord request history\n==========\n\n#1 Cst. Lee Park <l.park@police.example.ca>\n  2026-11-12 09:02\n\n  Please preserve users 1190022334455669301 and 1190022334455669302 (our file CA-26-00871).\n\n==========\n#2 Discord Legal <lawenforcement@discord.com>\n  2026-11-16 10:05\n\n  Only user 1190022334455669301 exists; we preserved it today under DSC-2611-99020.\n', ['1190022334455669301']],
    ['[1] Reddit Legal <legal@reddit.com>\n    16 Nov 2026, 10:05 (UTC-08:00)\n\n    We preserved u/Salt_Heron_7 today. Reference RDT-LE-99030.\n\n----------------------------------------\n[2] DS Kim Rowe <k.rowe@police.example.uk>\n    12 Nov 2026, 09:02 (UTC+00:00)\n\n    Please preserve u/Salt_Heron_7 and u/Gale_Drift_2.\n', ['u/Salt_Heron_7']],
  ])('reads the provider\'s message alone: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A numbered list of accounts in a provider's notice, a time on the line under one.
    ['From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the following accounts on November 15, 2026:\n\n(1) fenquill.77@gmail.com\n    last login 14:05\n(2) mosslark.22@gmail.com\n\nGoogle Ref. No. 61190041\n', ['fenquill.77@gmail.com', 'mosslark.22@gmail.com']],
    // A conversation header not numbered, as before.
    ['Snap Law Enforcement <lawenforcement@snapchat.com>\nNov 16, 2026 10:05 AM\n\nWe preserved frostmoth.94 on November 15, 2026. Reference: SNAP-LE-2611-9902\n', ['frostmoth.94']],
    // A numbered paragraph of prose under a rule.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\n-----\n[1] We preserved user 1190022334455669303 on November 15, 2026 (DSC-2611-99021).\n[2] Contact: Jo Lane <lawenforcement@discord.com>\n    Mon-Fri 9:00\n', ['1190022334455669303']],
  ])('reads as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('references: the provider\'s name as one segment of a subject does not label the next segment\'s number ("Preservation - Coinbase - Case FC-26-00912")', () => {
  it.each([
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nSent: Monday, November 16, 2026 10:00 AM\nSubject: RE: Preservation - Snap - Case 2026-99123\n\nWe preserved the Snapchat account frostmoth.95 on November 14, 2026 and logged it under our reference 77120991.\n', '77120991'],
    ['From: Discord Legal <lawenforcement@discord.com>\nSent: Monday, November 16, 2026 10:00 AM\nSubject: RE: Preservation request | Discord | Case no. 26-4471-PD\n\nUser 1190022334455669401 was preserved on November 15, 2026. Reference: 8812004413.\n', '8812004413'],
    ['From: Google LIS <lis-noreply@google.com>\nSent: Monday, November 16, 2026 10:00 AM\nSubject: RE: Preservation – Google – Case MPD-2026-0091\n\nWe preserved lichen.gate@gmail.com on November 15, 2026.\nReference: 61190051\n', '61190051'],
  ])('reads the body\'s reference: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // The provider's name and its case in one phrase, as before.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nSent: Monday, November 16, 2026 10:00 AM\nSubject: RE: Preservation - Case 2026-99124\n\nWe preserved the Snapchat account frostmoth.96 on November 14, 2026. Snap case 77120992.\n', '77120992'],
    // The provider's notice whose subject alone gives its case, as before.
    ['From: Meta Law Enforcement <records@fb.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\nSubject: Meta - Case #55120093 - preservation completed\n\nWe preserved the Instagram account @heronmoss_2 on November 15, 2026.\n', '55120093'],
    // A dash inside the provider's own label.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nUser 1190022334455669402 was preserved on November 15, 2026.\nDiscord-LE reference: 4471-2026-0093\nYour case: 2026-99125\n', '4471-2026-0093'],
  ])('reads as before: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });
});

describe('references: digit groups in prose right after a file noun and its "number" ("the reference⏎number 771 402 58, and …")', () => {
  it.each([
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nUser 1190022334455669501 was preserved on November 15, 2026 and logged under case number 4471 9920 31.\n', '4471 9920 31'],
    ['Von: Dropbox Legal <legal@dropbox.com>\nGesendet: Montag, 16. November 2026 10:00\n\nDas Konto heide.mond@web.de wurde am 15.11.2026 gesichert (Referenznummer 5512 0093 41).\n', '5512 0093 41'],
    ['From: Uber Legal <lert@uber.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nUber preserved the rider account for +1 555-010-4471 on November 15, 2026. Uber has given this request the file\nnumber 88 1204 5577 (please keep the spaces).\n', '88 1204 5577'],
  ])('reads the number: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // A phone's number.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nUser 1190022334455669502 was preserved on November 15, 2026 (DSC-2611-55502). Call our desk on phone number 0207 946 0958.\n', '0207 946 0958'],
    // Too few digits for a reference.
    ['From: Uber Legal <lert@uber.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nUber preserved the rider account for +1 555-010-4472 on November 15, 2026 (UBR-LE-55503); it is file number 12 34 of this batch.\n', '12 34'],
    // Groups that run on into words: a count, not the number.
    ['From: Dropbox Legal <legal@dropbox.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved heide.mond2@web.de on November 15, 2026 (DBX-LE-55504). Case number 2026 11 15 items were reviewed.\n', '2026 11 15'],
  ])('does not read it: %s', (text, number) => {
    expect(read(text).references).not.toContain(number);
  });
});

describe('text: an HTML copy with every line its own paragraph, no two lines in a row ("Date Preserved⏎⏎Nov 13, 2026")', () => {
  const doubled = (lines: string[]) => lines.join('\n\n');
  it.each([
    [doubled(['Kodex', 'Snap Inc. has responded to your request', 'Hello Det. Vance,', 'A response has been posted. Summary:', 'Request ID', 'SNAP-PRS-2026-77120', 'Request Type', 'Preservation', 'Date Preserved', 'Nov 12, 2026', 'Identifiers preserved', 'frostmoth.97 (username)', 'View Request']), '2026-11-12', ['frostmoth.97']],
    [doubled(['LinkedIn Law Enforcement', 'Preservation completed', 'Member profile', 'https://www.linkedin.com/in/heron-vale-77a1', 'Preserved on', '2026-11-14', 'Reference', 'LI-PRV-2611-55601', 'Status', 'Completed', 'Questions?', 'Reply to this message.']), '2026-11-14', ['https://www.linkedin.com/in/heron-vale-77a1']],
    [doubled(['Pinterest Law Enforcement', 'Your preservation request has been completed.', 'Reference', 'PIN-LE-55602', 'Preservation date', '15 November 2026', 'Account', 'pinterest.com/kelpmoor24', 'Retention', '90 days', 'Notes', 'None']), '2026-11-15', ['pinterest.com/kelpmoor24']],
  ])('reads the values under their labels: %s', (text, day, accounts) => {
    const r = read(text);
    expect(r.preservedOn).toBe(day);
    expect(r.accounts).toEqual(accounts);
  });

  it.each([
    // Fewer than a dozen lines.
    [doubled(['Pinterest Law Enforcement', 'Case', 'PIN-LE-55603', 'Preserved on 15 November 2026:', 'pinterest.com/kelpmoor25']), '2026-11-15', ['pinterest.com/kelpmoor25']],
    // Two lines in a row somewhere: a mail's own paragraphs.
    [doubled(['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800', 'Hi,', 'We preserved user 1190022334455669601 on November 15, 2026.', 'Reference: DSC-2611-55604', 'We could not find user 1190022334455669602.', 'Regards,', 'Discord Legal', 'Trust & Safety', 'Discord Inc.', 'San Francisco', 'CA', 'USA']), '2026-11-15', ['1190022334455669601']],
    // Every sentence its own paragraph, one of them a refusal: the same accounts once the gaps are halved.
    [doubled(['Reddit Legal', 'Hello,', 'We preserved u/Salt_Heron_8 on November 15, 2026.', 'We could not find u/Gale_Drift_3.', 'Reference: RDT-LE-55605', 'The data is kept for 90 days.', 'Extensions are possible once.', 'Please reply to this thread.', 'Regards,', 'Reddit Legal', 'Reddit, Inc.', 'San Francisco']), '2026-11-15', ['u/Salt_Heron_8']],
  ])('reads as before: %s', (text, day, accounts) => {
    const r = read(text);
    expect(r.preservedOn).toBe(day);
    expect(r.accounts).toEqual(accounts);
  });
});

describe('accounts: an id in brackets after a quoted name, past its closing quote ("the user \'vantablack.oriole\' (ID 1087…)")', () => {
  it.each([
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the account “marsh.wren_4” (ID 1190022334455669701) on November 15, 2026. Reference: DSC-2611-77001\n', ['marsh.wren_4', '1190022334455669701']],
    ['From: Roblox Legal <legal@roblox.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nRoblox preserved the username \'SpookyFen_7\' (5120087712) on November 15, 2026. Case RBX-PR-77002.\n', ['SpookyFen_7', '5120087712']],
    ['From: Kik Legal <lawenforcement@kik.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe have preserved the user "kestrel.fog" (id: 4471009912) as of November 15, 2026. Reference KIK-PR-77003.\n', ['kestrel.fog', '4471009912']],
  ])('proposes the id too: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A word of state in the brackets.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved the account “marsh.wren_5” (deleted) on November 15, 2026. Reference: DSC-2611-77004\n', ['marsh.wren_5']],
    // A server named in quotes, its id in brackets: no account.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe preserved user 1190022334455669703 on November 15, 2026 (DSC-2611-77005). The server “Fen Hall” (ID 1190022334455669704) was not preserved.\n', ['1190022334455669703']],
    // A ticket's title in quotes.
    ['From: Kik Legal <lawenforcement@kik.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe have preserved the user "kestrel.fog2" as of November 15, 2026 (KIK-PR-77006). Your ticket "Access issue" (ID 5512009) is closed.\n', ['kestrel.fog2']],
  ])('proposes as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('accounts: a list of names in a name label\'s value, to the end of its line ("Usernames⇥pallidmoth_, frostgrape")', () => {
  it.each([
    ['Snap has completed your request\n\nRequest\t#SNAP-LE-2611-88101\nType\tPreservation\nPreserved\t2026-11-15\nUsernames\tfrostmoth, dunelark_4\n', ['frostmoth', 'dunelark_4']],
    ['From: Telegram Legal <legal@telegram.org>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPreservation completed on November 15, 2026.\nReference: TG-LE-88102\nUsername: saltreed and quillfen\n', ['saltreed', 'quillfen']],
    ['From: Twitch LE <lawenforcement@twitch.tv>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPreserved on November 15, 2026 (TWL-2611-88103).\nHandles: emberfen; marshglow; tidecall\n', ['emberfen', 'marshglow', 'tidecall']],
  ])('proposes every name: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A word of state after the name.
    ['Snap has completed your request\n\nRequest\t#SNAP-LE-2611-88104\nPreserved\t2026-11-15\nUsername\tfrostmoth_2, deleted\n', ['frostmoth_2']],
    // A clause after the comma, not a name.
    ['From: Telegram Legal <legal@telegram.org>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPreservation completed on November 15, 2026.\nReference: TG-LE-88105\nUsername: saltreed_2, registered in 2019\n', ['saltreed_2']],
    // The plural in prose, no label.
    ['From: Twitch LE <lawenforcement@twitch.tv>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nThe handles were preserved on November 15, 2026 (TWL-2611-88106): @emberfen_2.\n', ['@emberfen_2']],
  ])('proposes as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('dates: in an extension, a clause on the preservation\'s noun with no relative word dates the first preservation ("the preservation we put in place on October 2")', () => {
  it.each([
    'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe have extended the preservation we placed on August 28, 2026 for the Snapchat account frostmoth.98. Reference: SNAP-LE-2611-99101. The data is now held until February 26, 2027.\n',
    'From: Zoom Legal <legal@zoom.us>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nThis message confirms an extension of the hold we put in place on August 28, 2026 for heron.dune@outlook.com (ZM-LE-99102). It now runs until February 26, 2027.\n',
    'From: Coinbase LE <subpoenas@coinbase.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nAs you asked, we extended the preservation I processed on 2026-08-28 for kelp.vault@gmail.com. Case 4402999. New expiry: 2027-02-26.\n',
  ])('dates the first preservation: %s', (text) => {
    expect(read(text).preservedOn).toBe('2026-08-28');
  });

  it.each([
    // The extension's own day.
    'From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nThe extension we processed on November 15, 2026 covers the Snapchat account frostmoth.99. Reference: SNAP-LE-2611-99103.\n',
    // The request's day, the addressee's verb.
    'From: Zoom Legal <legal@zoom.us>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe extended the preservation you requested on November 14, 2026 for heron.dune2@outlook.com (ZM-LE-99104).\n',
    // An extension with no first date.
    'From: Coinbase LE <subpoenas@coinbase.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe extended the preservation for kelp.vault2@gmail.com. Case 4403000. New expiry: 2027-02-26.\n',
  ])('no first preservation date: %s', (text) => {
    expect(read(text).preservedOn).toBeNull();
  });
});

describe('accounts: an account "not part of the original preservation" an extension extends was not preserved', () => {
  it.each([
    ['From: Zoom Legal <legal@zoom.us>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe have extended the preservation ZM-LE-99201 for heron.dune3@outlook.com until February 26, 2027. We could not extend it for kelp.dune@outlook.com: that account was not part of the original preservation.\n', ['heron.dune3@outlook.com']],
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nThe preservation SNAP-LE-2611-99202 for the Snapchat account frostmoth.101 is extended to February 26, 2027. The Snapchat account dunelark_9 is not part of our earlier hold.\n', ['frostmoth.101']],
    ['From: Coinbase LE <subpoenas@coinbase.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe extended the preservation of the account kelp.vault3@gmail.com until 2027-02-26 (case 4403101). The address reed.vault@gmail.com was not part of the initial request.\n', ['kelp.vault3@gmail.com']],
  ])('proposes only the preserved account: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // Part of it, said plainly.
    ['From: Zoom Legal <legal@zoom.us>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe have extended the preservation ZM-LE-99203 until February 26, 2027. The account heron.dune4@outlook.com is part of the original preservation and was extended.\n', ['heron.dune4@outlook.com']],
    // Another thing not part of it, in its own sentence.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nThe preservation SNAP-LE-2611-99204 for the Snapchat account frostmoth.102 is extended to February 26, 2027. Message content is not part of the original preservation.\n', ['frostmoth.102']],
    // A negated extension alone is no account's refusal.
    ['From: Coinbase LE <subpoenas@coinbase.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nWe extended the preservation of the account kelp.vault4@gmail.com until 2027-02-26 (case 4403102); we cannot extend a preservation a second time.\n', ['kelp.vault4@gmail.com']],
  ])('proposes as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});


describe('text: a quoted line a client hard-wrapped, its rest on the next line with no quote mark ("> … the Snapchat account x and⏎assigned the reference …⏎> …")', () => {
  it.each([
    ['Thanks, logged.\n\nOn Mon, Nov 16, 2026 at 10:05 AM Snap Law Enforcement <lawenforcement@snapchat.com> wrote:\n\n> Hello Detective, we have preserved the Snapchat account sandrift.41 and\nassigned the reference SNAP-LE-2611-50501 to this request on November 15, 2026.\n> The preserved data is kept for 90 days.\n', 'SNAP-LE-2611-50501'],
    ['Gracias.\n\nEl lun, 16 nov 2026 a las 10:05, Discord Legal (<lawenforcement@discord.com>) escribió:\n\n> Hola, hemos conservado el 15 de noviembre de 2026 los datos del usuario\n1190022334455669901. Referencia: DSC-2611-50502.\n> Saludos, Discord Legal\n', 'DSC-2611-50502'],
    ['Danke.\n\nAm Mo., 16. Nov. 2026 um 10:05 Uhr schrieb Google LIS <lis-noreply@google.com>:\n\n> Guten Tag, wir haben die Daten des Google-Kontos felsblick.77@gmail.com am\n15.11.2026 gesichert. Google-Referenznummer: 61190091.\n> Mit freundlichen Grüßen\n', '61190091'],
  ])('reads the rest as the quote\'s: %s', (text, reference) => {
    expect(read(text).references).toEqual([reference]);
  });

  it.each([
    // A quoted line that ends its sentence: the line under it is the replier's.
    ['Thanks.\n\nOn Mon, Nov 16, 2026 at 10:05 AM Reddit Legal <legal@reddit.com> wrote:\n\n> We preserved u/Salt_Heron_9 on November 15, 2026. Reference RDT-LE-50504.\nAlso, can you preserve u/Gale_Drift_9 too? Case MPD-2026-77120.\n> Regards, Reddit Legal\n', ['RDT-LE-50504'], ['u/Salt_Heron_9']],
    // An inline answer under a short question.
    ['> Can you preserve kelp_91?\nDone, preserved on November 15, 2026 under reference KIK-PR-50505.\n> Thanks\n', [], []],
    // The replier's text after the quote's last line.
    ['Noted, see below.\n\nOn Mon, Nov 16, 2026 at 10:05 AM Zoom Legal <legal@zoom.us> wrote:\n\n> We preserved the account heron.dune9@outlook.com on November 15, 2026 under\n> reference ZM-LE-50506.\nMy own case is MPD-2026-77121 and my phone is +1 555 010 7799.\n', ['ZM-LE-50506'], ['heron.dune9@outlook.com']],
  ])('reads as before: %s', (text, references, accounts) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.accounts).toEqual(accounts);
  });
});


describe('text: a correspondent\'s header line a client wrapped ("Para: Brigada Central de Ciberdelincuencia⏎<bcc.unidad@…>")', () => {
  it.each([
    ['FYI.\n\n-----Original Message-----\nFrom: Snap Law Enforcement <lawenforcement@snapchat.com>\nSent: Monday, November 16, 2026 10:05 AM\nTo: Det. Ana Roe, Cyber Investigations Unit, Metro Police Department\n<a.roe@metro-pd.example.gov>\nSubject: Preservation confirmed\n\nWe preserved the Snapchat account frostfen.41 on November 15, 2026. Reference: SNAP-LE-2611-60601.\n', ['frostfen.41']],
    ['-------- Weitergeleitete Nachricht --------\nVon: Discord Legal <lawenforcement@discord.com>\nGesendet: Montag, 16. November 2026 10:05\nAn: Kriminaloberkommissarin Lena Stratmann, Landeskriminalamt\n<l.stratmann@polizei.example.de>\nBetreff: Sicherung\n\nDie Daten des Nutzers moorbirke.fen@web.de wurden am 15.11.2026 gesichert. Referenz: DSC-2611-60602\n', ['moorbirke.fen@web.de']],
    ['Da: Zoom Legal <legal@zoom.us>\nInviato: lunedì 16 novembre 2026 10:05\nA: Isp. Marco Ferri <m.ferri@polizia.example.it>\nCc: segreteria@procura.example.it;\npm.ferri@procura.example.it\nOggetto: Conservazione\n\nAbbiamo conservato il 15/11/2026 i dati dell\'account lucciola.91@outlook.it. Riferimento: ZM-LE-60603.\n', ['lucciola.91@outlook.it']],
  ])('reads the wrapped address as a correspondent\'s: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A header line ended by its whole address.
    ['From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\nTo: Det. Ana Roe <a.roe@metro-pd.example.gov>\nSubject: Preservation\n\nWe preserved fenquill.92@gmail.com on November 15, 2026. Google Ref. No. 61190602.\n', ['fenquill.92@gmail.com']],
    // Labels that name no correspondent, an address under one.
    ['From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nPreserved on November 15, 2026 (Google Ref. No. 61190603).\nAccount: fenquill.93@gmail.com\nAlso: mossfen.93@gmail.com\n', ['fenquill.93@gmail.com', 'mossfen.93@gmail.com']],
    // A wrapped subject.
    ['From: Google LIS <lis-noreply@google.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\nSubject: Preservation of\nfenquill.94@gmail.com\n\nWe preserved the account fenquill.94@gmail.com on November 15, 2026. Google Ref. No. 61190604.\n', ['fenquill.94@gmail.com']],
  ])('reads as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});


describe('text: a phone number a wrap parted between its groups ("(602)⏎555-0147", "+39 347⏎555 0199")', () => {
  it.each([
    ['From: Lyft Legal <legal@lyft.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nWe preserved the rider account for the phone number (602)\n555-0147 on November 15, 2026. Reference LYFT-LE-70701.\n', ['(602) 555-0147']],
    ['Da: WhatsApp LE <lawenforcement@whatsapp.com>\nInviato: lunedì 16 novembre 2026 10:05\n\nAbbiamo conservato il 15/11/2026 i dati dell\'account +39 347\n555 0199. Riferimento: WA-PR-70702.\n', ['+39 347 555 0199']],
    ['From: Uber LERT <lert@uber.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nPreserved on November 15, 2026 (UBR-LE-70703): the rider account registered to +1\n312-555-0188.\n', ['+1 312-555-0188']],
  ])('reads the number whole: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // The provider's desk, parted the same way: a contact line's, as before.
    ['From: Lyft Legal <legal@lyft.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nWe preserved the rider account for (602) 555-0148 on November 15, 2026. Reference LYFT-LE-70704.\nQuestions? Call our desk on +1 (415)\n555-0100.\n', ['(602) 555-0148']],
    // A count in brackets, then a number of items: no phone.
    ['From: Uber LERT <lert@uber.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nPreserved on November 15, 2026 (UBR-LE-70705): rider jess.fen@gmail.com, trips (12)\n3456 items.\n', ['jess.fen@gmail.com']],
    // A signature's number parted the same way.
    ['From: Lyft Legal <legal@lyft.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nWe preserved the rider account for (602) 555-0149 on November 15, 2026. Reference LYFT-LE-70706.\n\nDet. Ana Roe\nMetro PD | +1 (415)\n555-0101\n', ['(602) 555-0149']],
  ])('reads as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});


describe('accounts: a plural account noun heading names joined by "and" after a verb of preserving ("for the GitHub users octo-fennel and brindle-hq")', () => {
  it.each([
    ['From: Twitch LE <lawenforcement@twitch.tv>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nWe preserved the Twitch accounts ember-fen, marsh-glow and tide-call on November 15, 2026.\nReference TWL-2611-80801\n', ['ember-fen', 'marsh-glow', 'tide-call']],
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nDiscord preserved the usernames quiet-moth and fen-lark, as of November 15, 2026. Reference: DSC-2611-80802\n', ['quiet-moth', 'fen-lark']],
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nSnap has preserved the accounts sand-drift and reed-moor (reference SNAP-LE-2611-80803) on November 15, 2026.\n', ['sand-drift', 'reed-moor']],
  ])('proposes every name: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // Hyphenated words with no verb of preserving before them.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nWe preserved user 1190022334455669801 on November 15, 2026 (DSC-2611-80804). Note that some of the users self-deleted and re-registered.\n', ['1190022334455669801']],
    // Plain names, no handle's shape.
    ['From: Twitch LE <lawenforcement@twitch.tv>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nWe preserved the channel twitch.tv/emberfen_9 on November 15, 2026 (TWL-2611-80805). We spoke with the users Alice and Bob.\n', ['twitch.tv/emberfen_9']],
    // A list the provider says it did not preserve.
    ['From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:05:00 -0800\n\nSnap has preserved the account sand_drift9 (reference SNAP-LE-2611-80806) on November 15, 2026. We did not preserve the accounts reed-moor and fen-hq.\n', ['sand_drift9']],
  ])('proposes as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});


describe('text: the same wrapped correspondent\'s line under field names in more languages ("Από:", "Kepada:", "Kime:")', () => {
  it.each([
    ['Από: Snap Law Enforcement <lawenforcement@snapchat.com>\nΣτάλθηκε: Δευτέρα, 16 Νοεμβρίου 2026 10:05\nΠρος: Αστυνόμος Γιώργος Παπαδάκης, Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος\n<g.papadakis@cybercrime.example.gr>\nΘέμα: Preservation\n\nWe preserved the Snapchat account frostfen.51 on November 15, 2026. Reference: SNAP-LE-2611-90901.\n', ['frostfen.51']],
    ['Dari: Yahoo Law Enforcement Response\n<lawenforcement-noreply@yahooinc.com>\nTanggal: Senin, 16 November 2026 10.05\nKepada: Dimas Wirawan, Direktorat Tindak Pidana Siber\n<dimas.w@siber.example.id>\nSubjek: Preservation\n\nWe preserved the Yahoo account kabut.pagi@yahoo.com on November 15, 2026. Reference: 90902011.\n', ['kabut.pagi@yahoo.com']],
    ['Kimden: TikTok LE <lert@tiktok.com>\nGönderildi: 16 Kasım 2026 Pazartesi 10:05\nKime: Komiser Ayşe Demir, Siber Suçlarla Mücadele Şube Müdürlüğü\n<a.demir@egm.example.tr>\nKonu: Preservation\n\nWe preserved the TikTok account @sisli.vadi7 on November 15, 2026. Reference: TT-LE-90903.\n', ['@sisli.vadi7']],
  ])('reads the wrapped address as a correspondent\'s: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // The line ended by its whole address.
    ['Από: Snap Law Enforcement <lawenforcement@snapchat.com>\nΣτάλθηκε: Δευτέρα, 16 Νοεμβρίου 2026 10:05\nΠρος: Αστυνόμος Γιώργος Παπαδάκης <g.papadakis2@cybercrime.example.gr>\nΘέμα: Preservation\n\nWe preserved the Snapchat account frostfen.52 on November 15, 2026. Reference: SNAP-LE-2611-90904.\n', ['frostfen.52']],
    ['Dari: Yahoo Law Enforcement Response <lawenforcement-noreply@yahooinc.com>\nTanggal: Senin, 16 November 2026 10.05\nKepada: Dimas Wirawan <dimas.w2@siber.example.id>\nSubjek: Preservation\n\nWe preserved the Yahoo account kabut.pagi3@yahoo.com on November 15, 2026. Reference: 90902013.\n', ['kabut.pagi3@yahoo.com']],
    // A wrapped subject.
    ['De la: X Legal <legal@x.com>\nData: luni, 16 noiembrie 2026 10:05\nSubiect: Preservation of the account\nceata.alba@gmail.com\n\nWe preserved ceata.alba@gmail.com on November 15, 2026. Case 5590905.\n', ['ceata.alba@gmail.com']],
  ])('reads as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});
