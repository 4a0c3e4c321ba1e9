import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 18 (holdout17's kinds: threads as ticketing systems and webmail clients paste them): each shown
 * on invented mail in other words, languages and layouts than the corpus's, with probes that must read the new way
 * (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { references: r.references, accounts: r.accountIdentifiers };
};

describe('a conversation view\'s header: sender and time on one line, or a display name without address', () => {
  it.each([
    [
      'Fwd: records hold\n\nDropbox Law Enforcement <le-response@dropbox.com>\t19 Nov 2026, 10:12\nTo: Sgt Rowe <rowe@county.example.gov>\n\nHello Sgt Rowe,\n\nWe have preserved the account quillfeather@outlook.com under Dropbox reference DBX-LE-48213.\n\n-----Original Message-----\nFrom: Sgt Rowe <rowe@county.example.gov>\nSent: 18 Nov 2026 09:00\n\nPlease preserve quillfeather@outlook.com. Our file 2026-CR-5531.\n',
      { references: ['DBX-LE-48213'], accounts: ['quillfeather@outlook.com'] },
    ],
    [
      'Re: Anfrage Sicherung\n\nPK Brandt\n18. Nov. 2026, 09:02 (vor 13 Tagen)\nan TikTok\n\nBitte sichern Sie die Konten @moorlicht_5 und @schilfrohr_2. Unser Aktenzeichen 2026/ST-4/881, Vorgang ST4-2611-0042.\n\nTikTok LERT\n19. Nov. 2026, 10:12 (vor 12 Tagen)\nan mich\n\nWir haben die Daten für @moorlicht_5 gesichert. Ihre TikTok-Referenz lautet LERT-2611-330147.\n',
      { references: ['LERT-2611-330147'], accounts: ['@moorlicht_5'] },
    ],
    [
      'Reddit Legal\nThu, Nov 19, 2026 at 3:40 PM\nto Det. Okafor\n\nWe have preserved u/glasswing_owl. Reddit reference: RDT-2611-90412.\n\nDet. Okafor\nWed, Nov 18, 2026 at 8:15 AM\nto Reddit\n\nPlease preserve u/glasswing_owl and u/dusk_heron. Case 26-44871-B.\n',
      { references: ['RDT-2611-90412'], accounts: ['u/glasswing_owl'] },
    ],
  ])('reads the provider\'s message of the thread: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nSnap has preserved the account "kelpfinch". Reference: 4JQ2-8XWM.\n\nSnap Law Enforcement Operations\nMonday to Friday, 09:00\nto reach us outside these hours use LESS\n',
      { references: ['4JQ2-8XWM'], accounts: ['kelpfinch'] },
    ],
    [
      'From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: 19 Nov 2026 10:12\n\nWe preserved the account ember.skiff (ID 1177002233445566778) under reference DSC-2611-7741.\nOur team\nreplies by 17:00 PST\nto every request the same day.\n',
      { references: ['DSC-2611-7741'], accounts: ['ember.skiff', '1177002233445566778'] },
    ],
    [
      'Subject: Preservation confirmed\nFrom: Yahoo Legal <legal@yahooinc.com>\nDate: 19 Nov 2026\n\nWe preserved drift.lantern@yahoo.com. Yahoo reference 1190032-PR.\n\nCustodian of Records  Thu 19 Nov 2026 10:12\n',
      { references: ['1190032-PR'], accounts: ['drift.lantern@yahoo.com'] },
    ],
  ])('splits nothing at a name over a time that is no header: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a ticket\'s transcript or a portal\'s notifications: each entry a message, the confirming one read', () => {
  const readAll = (text: string) => {
    const r = parseProviderEmail(text, NOW);
    return { references: r.references, accounts: r.accountIdentifiers, preservedOn: r.preservedOn };
  };
  it.each([
    [
      'Agent Kim [19/11/2026 10:12]:\nRequest closed.\n\nAgent Kim [18/11/2026 16:40]:\nWe preserved the Pinterest account @reedbunting_3 on 18 November 2026. Pinterest reference PIN-LE-77120.\n\nDet. Shaw [17/11/2026 09:00]:\nPlease preserve @reedbunting_3 and @fieldfare_8. Case 2026-DS-1102.\n',
      { references: ['PIN-LE-77120'], accounts: ['@reedbunting_3'], preservedOn: '2026-11-18' },
    ],
    [
      '[2026-11-17 09:00 UTC] Officer Lind wrote:\nPlease preserve the Discord account ID 1122334455667788990 and 1122334455667788991. Our ref KR-2026-4471.\n\n[2026-11-17 09:01 UTC] Discord Safety wrote:\nThanks, your request has been received and will be reviewed.\n\n[2026-11-18 14:30 UTC] Discord Safety wrote:\nThe account 1122334455667788990 was preserved today. Discord reference: DSC-LE-2611-8850.\n',
      { references: ['DSC-LE-2611-8850'], accounts: ['1122334455667788990'], preservedOn: '2026-11-18' },
    ],
    [
      'Roblox LE portal - updates for request RBX-2026-55012\n\n--- 20 Nov 2026 08:15 (CET) ---\nStatus: Closed\n\n--- 19 Nov 2026 17:02 (CET) ---\nStatus: Preserved\nPreserved on: 19.11.2026\nAccount: ember_fox_77\n\n--- 18 Nov 2026 09:00 (CET) ---\nStatus: Received. Related request RBX-2026-54990 is handled separately.\n',
      { references: ['RBX-2026-55012'], accounts: ['ember_fox_77'], preservedOn: '2026-11-19' },
    ],
  ])('reads the entry that confirms: %s', (text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });

  it.each([
    [
      'From: Google LIS <lis-noreply@google.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe have processed your request as follows.\nProcessed [19 Nov 2026 10:12]:\nAccount preserved: fernhollow.kite@gmail.com\nGoogle reference: 61990213\n',
      { references: ['61990213'], accounts: ['fernhollow.kite@gmail.com'], preservedOn: '2026-11-19' },
    ],
    [
      '[2026-11-17 09:00 UTC] PC Hale wrote:\nPlease preserve the Snapchat account "tern.watch".\n\n[2026-11-17 09:05 UTC] Snap LE wrote:\nWe have received your request, LESS case 7HQ2-KD4M. It will be reviewed and we will write again.\n',
      { references: [], accounts: [], preservedOn: null },
    ],
    [
      'From: Microsoft LE <leo@microsoft.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved the Outlook account reedwarbler@outlook.com. Microsoft reference GCC-2026-0461190.\n\nOn Wed, Nov 18, 2026 at 9:00 AM Det. Shaw <shaw@pd.example.gov> wrote:\n> Please preserve reedwarbler@outlook.com and stonechat9@outlook.com.\n',
      { references: ['GCC-2026-0461190'], accounts: ['reedwarbler@outlook.com'], preservedOn: '2026-11-19' },
    ],
  ])('keeps a message that is no transcript, or confirms nothing, as it was: %s', (text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });
});

describe('a generated code of letters and digits after a label is a reference, though no four digits stand together', () => {
  const HEAD = 'From: Legal <le@snapchat.com>\nDate: Wed, 25 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\nSubject: Your request\n\n';
  const refs = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW).references;
  it.each([
    ['Snap has preserved the account "pebble.wren". Please quote case 8RT4-KW2N in any further correspondence.\n', ['8RT4-KW2N']],
    ['Snap a conservé le compte « rivage_12 ».\nRéférence Snap : 9QZ4-TM7B\n', ['9QZ4-TM7B']],
    ['Wir haben das Konto @fjordlys_3 gesichert.\nReferenz: 4WX9-PL3R\n', ['4WX9-PL3R']],
  ])('reads the code: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });

  it.each([
    ['We preserved @ridge_owl (device code 7QK2-MM4T is no reference of ours). Reference: TT-LE-2611-5521.\n', ['TT-LE-2611-5521']],
    ['Google reference: 61990213. The account was preserved. For portal help see ticket PORTAL-HELP-2.\n', ['61990213']],
    ['Meta reference 12311985: the account was preserved. The app build id 4F2A-9C1E was logged.\n', ['12311985']],
  ])('takes no code that is no reference, or beside the provider\'s own: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });
});

describe('a mobile copy that lost its line breaks: the breaks restored before fields, labels, greeting, closing and rule', () => {
  const readAll = (text: string) => {
    const r = parseProviderEmail(text, NOW);
    return { references: r.references, accounts: r.accountIdentifiers, preservedOn: r.preservedOn };
  };
  it.each([
    [
      'Weitergeleitet zur Akte. Von: Discord Law Enforcement <lawenforcement@discord.com> Gesendet: Donnerstag, 19. November 2026 10:12 An: KOK Brandt <brandt@polizei.example.de> Betreff: Preservation confirmed Hello KOK Brandt, We have preserved the following accounts on 18 November 2026: Username: moorhen.77 User ID: 1180001122334455667 Discord reference: DSC-LE-2611-4410 Regards, Discord Law Enforcement -- KOK Brandt | brandt@polizei.example.de',
      { references: ['DSC-LE-2611-4410'], accounts: ['moorhen.77', '1180001122334455667'], preservedOn: '2026-11-18' },
    ],
    [
      'see below From: Microsoft Law Enforcement <leo@microsoft.com> Sent: Friday, November 20, 2026 4:02 PM To: Det. Ames <ames@pd.example.gov> Subject: Preservation complete Dear Det. Ames, Microsoft has preserved the accounts listed here on November 20, 2026. Account: reedling@outlook.com Account: sedgewarbler@hotmail.com Microsoft reference: GCC-2026-0470011 Sincerely, Microsoft LE Response',
      { references: ['GCC-2026-0470011'], accounts: ['reedling@outlook.com', 'sedgewarbler@hotmail.com'], preservedOn: '2026-11-20' },
    ],
    [
      'fwd From: Snap Law Enforcement <le@snapchat.com> Date: 21 November 2026 at 09:14 GMT To: PC Lowe <lowe@police.example.uk> Subject: Re: request [LESS Case 6PW3-ZK8D] Hello PC Lowe, Snap has preserved the data of the account listed below as of 20 November 2026: Username: saltflat_kite Please quote case 6PW3-ZK8D with any legal process. Regards, Snap LE Operations -- PC Lowe | 07700 900441 | Case 44/2026/ABC',
      { references: ['6PW3-ZK8D'], accounts: ['saltflat_kite'], preservedOn: '2026-11-20' },
    ],
  ])('reads the flattened e-mail as it was sent: %s', (text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });

  it.each([
    [
      'From: Google LIS <lis-noreply@google.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\nSubject: Preservation\n\nWe have preserved the account fenwick.tarn@gmail.com on 18 November 2026 as you requested, for the period you named, covering subscriber information, sign-in records and stored content; note: Google reference 61990777 applies to this account only, and an extension may be requested once through LERS before the hold lapses, which is 90 days after the date of preservation.\n',
      { references: ['61990777'], accounts: ['fenwick.tarn@gmail.com'], preservedOn: '2026-11-18' },
    ],
    [
      'From: Reddit Legal <legal@reddit.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved u/quayside_gull on 19 November 2026. Reddit reference: RDT-2611-55123. Kind regards, Reddit Legal -- this mailbox is not monitored for replies, so please use the portal for any follow-up questions about this or other requests, including extensions and production.\n',
      { references: ['RDT-2611-55123'], accounts: ['u/quayside_gull'], preservedOn: '2026-11-19' },
    ],
    [
      'From: Meta Records <records@fb.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\nSubject: Case 12319900\n\nWe have preserved the Instagram account @heronmarsh_2 as of 17 November 2026: the preservation covers subscriber records and content. Meta case number: 12319900. From the date of preservation the records are held 90 days; one extension may be requested. Status: completed. To: the requesting officer.\n',
      { references: ['12319900'], accounts: ['@heronmarsh_2'], preservedOn: '2026-11-17' },
    ],
  ])('leaves a long line that is no flattened e-mail as it is: %s', (text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });
});

describe('a plain number named by "preservation" itself ("extend preservation 60113097") is the preservation\'s reference', () => {
  const HEAD = 'From: Legal Support <legal-support@provider.example>\nDate: Wed, 25 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\n\n';
  const refs = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW).references;
  it.each([
    ['Your request to extend preservation 77120934 has been processed.\nAccount: tern.hollow@gmail.com\nNew expiration: Feb 23, 2027\n', ['77120934']],
    ['Preservation 88123456 is now in place for the account @tidepool_9.\n', ['88123456']],
    ['The account @reedmace_4 was preserved and is held under preservation 66120077 until 20 February 2027.\n', ['66120077']],
  ])('reads the number: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });

  it.each([
    ['We preserved @kestrel_moor. The preservation 90 days from today. Reference: TT-LE-2611-5521.\n', ['TT-LE-2611-5521']],
    ['We completed the preservation 2026-11-20 for @kestrel_moor. Reference: RDT-2611-55123.\n', ['RDT-2611-55123']],
    ['We preserved @kestrel_moor. Reference: DSC-2611-7741. Preservation 1234 of your list is done.\n', ['DSC-2611-7741']],
  ])('takes no count, date or short number: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });
});

describe('a number the provider asks to be quoted as "this number" is its own, whoever\'s possessive labels it', () => {
  const HEAD = 'From: Response Team <response@provider.example>\nDate: Wed, 25 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\n\n';
  const refs = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW).references;
  it.each([
    ['We have preserved the account @sandpiper_31.\nYour case number is XR-2611-88104. Please quote this number in all further correspondence.\n', ['XR-2611-88104']],
    ['Abbiamo conservato l\'account @airone_grigio.\nIl vostro riferimento è IT-2611-33017. Si prega di citare questo riferimento in ogni comunicazione.\n', ['IT-2611-33017']],
    ['Wir haben das Konto @eisvogel_9 am 18.11.2026 konserviert.\nIhr Aktenzeichen lautet: DE-2611-44120. Bitte geben Sie dieses Aktenzeichen bei allen Rückfragen an.\n', ['DE-2611-44120']],
    ['Subject: Extension (Case ref PD-26-55120)\n\nThe preservation of @corvid_lane was extended and has been assigned a new case number: #PV-2026-40022. Kindly use this number in future correspondence.\n', ['PV-2026-40022']],
  ])('reads the number: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });

  it.each([
    ['We have preserved the account @sandpiper_31. Preservation ID: PV-2611-30112.\nYour case number is 2026-CR-5531.\n', ['PV-2611-30112']],
    ['We have preserved the account @sandpiper_31.\nYour reference: PD-2026-4471. Please quote our reference TT-LE-2611-5521 in all further correspondence.\n', ['TT-LE-2611-5521']],
    ['Your case number is XR-2611-88104. Please quote this number in all further correspondence.\nWe will review your request and write again once it has been processed.\n', []],
  ])('leaves the addressee\'s number and an acknowledgement as they were: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });
});

describe('"extended" as an adjective of length ("for an extended period") says no extension was done', () => {
  const HEAD = 'From: Trust Team <le@provider.example>\nDate: Wed, 25 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\n\n';
  const read = (body: string) => {
    const r = parseProviderEmail(`${HEAD}${body}`, NOW);
    return { references: r.references, extension: r.confirmations.some((c) => c.extension) };
  };
  it.each([
    'We could not find the account @quarry_finch. Accounts left unused for an extended period are removed. No data has been preserved.\nReference: KX-LE-2611-0042\n',
    'After extended inactivity the account gullwing_22 was deleted. As a result, no data was preserved.\nTicket reference PIN-LE-2611-7712.\n',
    'The account reedbed.9 showed an extended absence of activity and was closed by its owner. Nothing was preserved.\nRef: RX-2611-44120\n',
  ])('a refusal that speaks of a long period confirms nothing: %s', (body) => {
    expect(read(body)).toEqual({ references: [], extension: false });
  });

  it.each([
    ['The preservation for reference SNAP-PR-2611-0042 has been extended for 90 days.\n', { references: ['SNAP-PR-2611-0042'], extension: true }],
    ['We have extended the hold on @quarry_finch (reference PIN-LE-2611-7712) until 20 February 2027.\n', { references: ['PIN-LE-2611-7712'], extension: true }],
    ['Preservation extended. Reference: RX-2611-44120. Account: reedbed.9\n', { references: ['RX-2611-44120'], extension: true }],
  ])('an extension done still reads as one: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

describe('a number an account is already preserved under is another request\'s, beside the message\'s own', () => {
  const HEAD = 'From: Legal <legal@provider.example>\nDate: Wed, 25 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\n\n';
  const refs = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW).references;
  it.each([
    ['Reference: PV-2611-30112. We preserved @sandpiper_31. The account @knot_77 was already preserved under reference PV-2611-29870, which remains in force.\n', ['PV-2611-30112']],
    ['Your request PV-2611-30112 is complete: @sandpiper_31 preserved. @knot_77 is already covered by an existing hold, request PV-2611-28811.\n', ['PV-2611-30112']],
    ['Your request has been processed (ticket TK-2611-50021).\nPreserved: @dune_lark\nNot preserved: @marram_3 - already on hold under ticket TK-2611-48870.\n', ['TK-2611-50021']],
  ])('keeps only the message\'s own: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });

  it.each([
    ['The account @sandpiper_31 was already preserved under reference PV-2611-29870; no new preservation was needed and that reference stays valid.\n', ['PV-2611-29870']],
    ['We preserved @sandpiper_31 under reference PV-2611-30112. It was preserved already on 20 November 2026.\n', ['PV-2611-30112']],
    ['Reference: PV-2611-30112. We preserved @sandpiper_31 and @knot_77; both were already active accounts.\n', ['PV-2611-30112']],
  ])('leaves a number that is the only one, or not so named: %s', (body, expected) => {
    expect(refs(body)).toEqual(expected);
  });
});

describe('each item of a list after a label is labelled as the first ("Request 61840327, 61840328")', () => {
  const HEAD = 'From: Legal <legal@provider.example>\nDate: Wed, 25 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\n';
  const refs = (rest: string) => parseProviderEmail(`${HEAD}${rest}`, NOW).references;
  it.each([
    ['Subject: Requests 55120031, 55120032 completed\n\nBoth requests are complete.\nRequest 55120031 - @heath_moth preserved\nRequest 55120032 - @fen_moth preserved\n', ['55120031', '55120032']],
    ['Subject: Preservation requests 66120011 and 66120012\n\nWe have preserved the accounts.\nRequest 66120011: saltgrass_owl@gmail.com\nRequest 66120012: reedling_owl@gmail.com\n', ['66120011', '66120012']],
    ['Subject: LE requests #88120041, #88120042\n\nPreserved as asked.\nRequest #88120041 covers @marsh_tit.\nRequest #88120042 covers @coal_tit.\n', ['88120041', '88120042']],
  ])('keeps every item: %s', (rest, expected) => {
    expect(refs(rest)).toEqual(expected);
  });

  it.each([
    ['Subject: Done\n\nRequest 55120031, preservation reference PV-2611-30112: @heath_moth preserved.\n', ['PV-2611-30112']],
    ['Subject: Done\n\nRequest 55120031 was received and handled. Preservation ID: PV-2611-30112, account @fen_moth preserved.\n', ['PV-2611-30112']],
    ['Subject: Done\n\nRequest 55120031: @heath_moth preserved.\n', ['55120031']],
  ])('a request number still gives way to the preservation\'s own: %s', (rest, expected) => {
    expect(refs(rest)).toEqual(expected);
  });
});

describe('the officer\'s request restated by the provider before its answer: its names were asked, not preserved', () => {
  const HEAD = 'From: Legal <legal@provider.example>\nDate: Wed, 25 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\n\n';
  const accounts = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW).accountIdentifiers;
  it.each([
    ['Below is a copy of your request:\n\n  Target: @heron_cove\n  Target: @ash_lark\n  Submitted: 20/11/2026\n\nWe preserved @heron_cove. Reference: PV-2611-30112.\n', ['@heron_cove']],
    ['Vous avez soumis la demande suivante :\n\nComptes : fjord.lys@gmail.com, skog.ro@gmail.com\nDate : 20/11/2026\n\nNous avons conservé le compte fjord.lys@gmail.com. Référence : FR-2611-55012.\n', ['fjord.lys@gmail.com']],
    ['Your request as submitted:\n\nUsernames: u/tidal_moss, u/grey_wick\nCase: 2026-55120\n\nWe were able to preserve u/tidal_moss. Reddit reference RDT-2611-90412.\n', ['u/tidal_moss']],
  ])('keeps only what the answer preserves: %s', (body, expected) => {
    expect(accounts(body)).toEqual(expected);
  });

  it.each([
    ['You submitted the following request, and it has been preserved:\n\nAccount: @heron_cove\n\nReference: PV-2611-30112\n', ['@heron_cove']],
    ['You submitted the following request on 18 November 2026. We preserved it.\n\nAccount: @heron_cove\nReference: PV-2611-30112\n', ['@heron_cove']],
    ['Below is a copy of your request:\n\nAccounts: @ash_lark, @heron_cove\n\nWe preserved the following accounts:\n- @ash_lark\n- @heron_cove\nReference: PV-2611-30112\n', ['@ash_lark', '@heron_cove']],
  ])('leaves an intro that preserves, no restatement, or names preserved again: %s', (body, expected) => {
    expect(accounts(body)).toEqual(expected);
  });
});

describe('a hold put on a name (so nobody else claims it) is no preservation: its date is not the preservation\'s', () => {
  const HEAD = 'From: Legal <legal@provider.example>\nDate: Fri, 27 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\n\n';
  const day = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW).preservedOn;
  it.each([
    ['Reference: PV-2611-30112.\nOn November 20, 2026 we placed a hold on the username reed.bunting so it cannot be registered by anyone else. The account data was preserved on November 23, 2026.\n', '2026-11-23'],
    ['Reference: PV-2611-30112.\nOn 20 November 2026, Trust & Safety placed a hold on the handle @reed_bunting while your request is reviewed.\nPreservation: completed 24 November 2026 for @reed_bunting.\n', '2026-11-24'],
    ['Reference: PV-2611-30112.\nOn Saturday 21 November 2026 we placed a hold on the vanity URL of the page reedbunting77. Its records were preserved on 25 November 2026.\n', '2026-11-25'],
  ])('takes the data\'s date: %s', (body, expected) => {
    expect(day(body)).toBe(expected);
  });

  it.each([
    ['Reference: PV-2611-30112.\nOn November 20, 2026 we placed a hold on the account reed.bunting.\n', '2026-11-20'],
    ['Reference: PV-2611-30112.\nOn November 20, 2026 we preserved the account reed.bunting; the username is not reserved.\n', '2026-11-20'],
    ['Reference: PV-2611-30112.\nOn 20 November 2026 we placed a preservation hold on the records of @reed_bunting.\n', '2026-11-20'],
  ])('a hold on the account or its data keeps its date: %s', (body, expected) => {
    expect(day(body)).toBe(expected);
  });
});

describe('an informal reply\'s "acct" / "accts" is the account word: the name or phone after it is read', () => {
  const HEAD = 'From: Legal <legal@provider.example>\nDate: Fri, 27 Nov 2026 09:30:00 +0100\nTo: officer@agency.example\n\n';
  const accounts = (body: string) => parseProviderEmail(`${HEAD}${body}`, NOW).accountIdentifiers;
  it.each([
    ['Reference: PV-2611-30112.\nthe driver acct linked to (415) 555-0133 is preserved now, thx.\n', ['(415) 555-0133']],
    ['Reference: PV-2611-30112.\npreserved the acct quillfeather_8 today, thx\n', ['quillfeather_8']],
    ['Reference: PV-2611-30112.\nboth accts (saltreed_4 and moss.owl) are on hold now.\n', ['saltreed_4', 'moss.owl']],
  ])('reads the account: %s', (body, expected) => {
    expect(accounts(body)).toEqual(expected);
  });

  it.each([
    ['Reference: PV-2611-30112.\nWe preserved @kite_fen. Call our desk at (415) 555-0100 with questions.\n', ['@kite_fen']],
    ['Reference: PV-2611-30112.\nWe preserved @kite_fen. We could not find an acct for gorse_wren.\n', ['@kite_fen']],
    ['Reference: PV-2611-30112.\nWe preserved @kite_fen; the acct manager for your agency is J. Price (555-0141).\n', ['@kite_fen']],
  ])('takes no name the abbreviation does not make a preserved account: %s', (body, expected) => {
    expect(accounts(body)).toEqual(expected);
  });
});
