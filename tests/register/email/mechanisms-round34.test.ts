import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 34 (dev22: the preservation date, how and where it is stated, and the dates beside it): each
 * shown on invented mail, with probes that must read the new way (each failed before its change) and probes that must
 * not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const RULE = '-'.repeat(70);

describe("messages: a help desk's posts, each headed by its author and its stamp on one line parted by a gap or a tab ('X Legal Policy      Nov 12, 2026, 10:04 PST'), are the thread's messages: the provider's post is read alone, its relative day against its own stamp", () => {
  it.each([
    [
      `Re: [#8841] Preservation request\n\nSnap Law Enforcement                  Nov 18, 2026, 09:12 PST\n\nHi, we preserved the account kelp.harbor yesterday. Reference: SNAP-PRS-20261118-5512.\n\n${RULE}\n\nDet. Mara Voss                        Nov 16, 2026, 14:02 CST\n\nPlease preserve kelp.harbor. Thanks.\n`,
      { preservedOn: '2026-11-17', emailDate: '2026-11-18' },
    ],
    [
      `AW: Sicherungsersuchen\n\nDiscord Trust & Safety        19.11.2026, 09:12 MEZ\n\nHallo, wir haben das Konto nebelkrähe_22 gestern gesichert. Referenz: DSC-LE-2026-44107.\n\n${RULE}\n\nKOK Jan Brandt        17.11.2026, 15:40 MEZ\n\nBitte sichern Sie das Konto nebelkrähe_22.\n`,
      { preservedOn: '2026-11-18', emailDate: '2026-11-19' },
    ],
    [
      `Ticket 55012\n\nX Legal Policy\tNov 12, 2026, 10:04 PST\n\nThe account @ember_lattice was preserved today under reference LE-0911207-P.\n\nDet. Ana Ruiz\tNov 10, 2026, 16:40 CST\n\nPlease preserve @ember_lattice.\n`,
      { preservedOn: '2026-11-12', emailDate: '2026-11-12' },
    ],
  ])('reads the provider post and its stamp: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // One such line alone is no thread: a stamped line in a mail with its own header, read as before.
    [
      'From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Wed, 18 Nov 2026 09:12:00 -0800\nSubject: Preservation complete\n\nHi,\n\nSnapshot logged        Nov 17, 2026, 16:02 PST\n\nWe preserved the account kelp.harbor2 yesterday. Reference: SNAP-PRS-20261118-5513.\n',
      { preservedOn: '2026-11-17', emailDate: '2026-11-18', accounts: ['kelp.harbor2'] },
    ],
    // A table's rows, no blank line between them: no headers, read as before.
    [
      'From: Reddit Legal <legal@reddit.com>\nDate: Wed, 18 Nov 2026 09:12:00 -0800\nSubject: Preservation RDT-PRS-0071950\n\nStatus history:\n\nRequest received        Nov 16, 2026, 10:04 PST\nPreservation completed  Nov 17, 2026, 11:20 PST\n\nu/Fernlight_Otter was preserved. Reference: RDT-PRS-0071950.\n',
      { preservedOn: '2026-11-17', emailDate: '2026-11-18', accounts: ['u/Fernlight_Otter'] },
    ],
    // The name and the stamp parted by a comma, as before.
    [
      `Snap Law Enforcement, Nov 18, 2026, 09:12 PST\nHi, we preserved the account kelp.harbor3 yesterday. Reference: SNAP-PRS-20261118-5514.\n\nDet. Mara Voss, Nov 16, 2026, 14:02 CST\nPlease preserve kelp.harbor3.\n`,
      { preservedOn: '2026-11-17', emailDate: '2026-11-18' },
    ],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

const REFUSAL = (subject: string, body: string) =>
  `From: Messenger Abuse <abuse@telegram.org>\nDate: Wed, 18 Nov 2026 11:02:45 +0400\nSubject: ${subject}\n\nHello,\n\n${body}\n\nSupport\n`;

describe("references: a provider unable to preserve any data ('we are unable to preserve any data for the account @x', 'nous ne sommes pas en mesure de conserver les données', 'no podemos preservar ningún dato') or offering no preservation ('does not offer a data preservation service') confirms nothing: no reference", () => {
  it.each([
    [REFUSAL('Re: Data preservation request - @saffron_ferry2 - Ref. CYB/26/4410', 'Thank you for your message of 16.11.2026.\n\nWe are unable to preserve any data for the account @saffron_ferry2. Requests for user data must be made by a court order.')],
    [REFUSAL('Demande de conservation - Réf. 2026/118-PJ', 'Dossier TG-2026-4471, compte @brume_saline.\n\nNous ne sommes pas en mesure de conserver les données de ce compte.')],
    [REFUSAL('Re: Preservation request TG-2026-4472', 'Regarding @saffron_ferry3 (ticket TG-2026-4472).\n\nOur service does not offer a data preservation service. Please refer to our Privacy Policy.')],
  ])('proposes no reference: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });

  const SNAP = (body: string) =>
    `From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Wed, 18 Nov 2026 09:12:00 -0800\nSubject: Preservation complete SNAP-PRS-20261118-7701\n\nHi,\n\n${body}\n`;
  it.each([
    // A limit of time on a preservation done, as before.
    [SNAP('We preserved the account kelp.shoal on November 17, 2026. We cannot preserve any data beyond 90 days unless you request an extension.'), ['SNAP-PRS-20261118-7701'], ['kelp.shoal']],
    // One account refused beside one preserved, as before.
    [SNAP('We preserved the account kelp.shoal2 on November 17, 2026. We were unable to preserve any data for the account kelp.shoal3, which does not exist.'), ['SNAP-PRS-20261118-7701'], ['kelp.shoal2']],
    // Data after the request cannot be preserved in advance, as before.
    [SNAP('The account kelp.shoal4 was preserved on November 17, 2026. We are not able to preserve data prospectively.'), ['SNAP-PRS-20261118-7701'], ['kelp.shoal4']],
  ])('reads the confirmation as before: %s', (text, references, accounts) => {
    expect(read(text)).toMatchObject({ references, accounts });
  });
});

describe("dates: the request's date whose noun and word a line's wrap parts ('in response to your request⏎of 11/02/2026', 'Ihrer Anfrage⏎vom 02.11.2026', 'votre demande⏎du 02/11/2026') is the request's, not the preservation's", () => {
  const MAIL = (from: string, date: string, body: string) => `From: ${from}\nDate: ${date}\nSubject: Preservation\n\n${body}\n`;
  it.each([
    [MAIL('Coinbase LE <subpoenas@coinbase.com>', 'Thu, 05 Nov 2026 16:08:33 -0800', 'Coinbase has preserved the account dune.ledger7@gmail.com in response to your request\nof 11/02/2026. Reference: CB-PRS-77301.'), '2026-11-05'],
    [MAIL('Microsoft LENS <lens@microsoft.com>', 'Thu, 05 Nov 2026 10:08:33 +0100', 'Das Konto kiesel.grau@outlook.de wurde gemäß Ihrer Anfrage\nvom 02.11.2026 gesichert. Referenz: GCC-2026-118901.'), '2026-11-05'],
    [MAIL('Microsoft LENS <lens@microsoft.com>', 'Thu, 05 Nov 2026 10:08:33 +0100', 'Nous avons conservé le compte galet.gris@outlook.fr suite à votre demande\ndu 02/11/2026. Numéro de dossier : GCC-2026-118902.'), '2026-11-05'],
  ])('reads no preservation date in the request: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    // On one line, as before.
    [MAIL('Coinbase LE <subpoenas@coinbase.com>', 'Thu, 05 Nov 2026 16:08:33 -0800', 'Coinbase has preserved the account dune.ledger8@gmail.com in response to your request of 11/02/2026. Reference: CB-PRS-77302.'), '2026-11-05'],
    // The preservation's date after a wrap, the request after it, as before.
    [MAIL('Coinbase LE <subpoenas@coinbase.com>', 'Thu, 05 Nov 2026 16:08:33 -0800', 'Coinbase preserved the account dune.ledger9@gmail.com on\n11/03/2026 following your request. Reference: CB-PRS-77303.'), '2026-11-03'],
    // The verb acting on the request, its 'on' after a wrap: the verb's date, as before.
    [MAIL('Coinbase LE <subpoenas@coinbase.com>', 'Thu, 05 Nov 2026 16:08:33 -0800', 'We processed your preservation request\non 11/03/2026 for the account dune.ledger10@gmail.com. Reference: CB-PRS-77304.'), '2026-11-03'],
  ])('reads as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe("messages: a provider's reply written under the request it quotes (its header, then 'On … wrote:' or 'Op … schreef:' and the '> …' lines, then its own text) is the provider's message: its date and accounts are read, the quote's stay the request's", () => {
  const HEAD = 'From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Thu, 12 Nov 2026 10:05:00 -0800\nSubject: Re: Preservation request\nTo: Det. Kim Lee <k.lee@pd.example.gov>\n\n';
  it.each([
    [`${HEAD}On Tue, Nov 10, 2026 at 9:00 AM Det. Kim Lee <k.lee@pd.example.gov> wrote:\n> Please preserve kelp.reef and kelp.spare.\n> Our case: PD-26-11873\n\nHi Detective,\n\nWe preserved the account kelp.reef on November 11, 2026. Reference: SNAP-PRS-20261111-4410.\n`, { preservedOn: '2026-11-11', accounts: ['kelp.reef'] }],
    [`${HEAD.replace('Thu, 12 Nov 2026 10:05:00 -0800', 'Thu, 12 Nov 2026 10:05:00 +0100')}Am 10.11.2026 um 09:00 schrieb KOK Jan Brandt <j.brandt@polizei.example.de>:\n> Bitte sichern Sie das Konto moos.stein4.\n\nHallo,\n\ndas Konto moos.stein4 wurde am 11.11.2026 gesichert. Referenz: SNAP-PRS-20261111-4411.\n`, { preservedOn: '2026-11-11', accounts: ['moos.stein4'] }],
    [`${HEAD.replace('Thu, 12 Nov 2026 10:05:00 -0800', 'Thu, 12 Nov 2026 10:05:00 +0100')}Le mar. 10 nov. 2026 à 09:00, Adj. Claire Roux <c.roux@gendarmerie.example.fr> a écrit :\n> Merci de conserver le compte lande.grise.\n\nBonjour,\n\nLe compte lande.grise a été conservé le 11 novembre 2026. Référence : SNAP-PRS-20261111-4412.\n`, { preservedOn: '2026-11-11', accounts: ['lande.grise'] }],
  ])('reads the text under the quote: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // The reply above the quote, as before.
    [`${HEAD}Hi Detective,\n\nWe preserved the account kelp.reef2 on November 11, 2026. Reference: SNAP-PRS-20261111-4413.\n\nOn Tue, Nov 10, 2026 at 9:00 AM Det. Kim Lee <k.lee@pd.example.gov> wrote:\n> Please preserve kelp.reef2 and kelp.spare2.\n`, { preservedOn: '2026-11-11', accounts: ['kelp.reef2'] }],
    // The officer's reply written under the provider's confirmation it quotes: the provider's quoted words are read, the
    // officer's under them are not the provider's, as before.
    ['From: Det. Kim Lee <k.lee@pd.example.gov>\nDate: Fri, 13 Nov 2026 08:00:00 -0800\nSubject: Re: Preservation request\nTo: Snap Law Enforcement <lawenforcement@snap.com>\n\nOn Thu, Nov 12, 2026 at 10:05 AM Snap Law Enforcement <lawenforcement@snap.com> wrote:\n> We preserved the account kelp.reef3 on November 11, 2026.\n> Reference: SNAP-PRS-20261111-4414.\n\nThanks. Please also preserve kelp.other3.\n', { references: ['SNAP-PRS-20261111-4414'], preservedOn: '2026-11-11', accounts: ['kelp.reef3'] }],
    // A quote with nothing under it: the request alone, as before.
    [`${HEAD}On Tue, Nov 10, 2026 at 9:00 AM Det. Kim Lee <k.lee@pd.example.gov> wrote:\n> Please preserve kelp.reef4.\n`, { references: [], accounts: [] }],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe("text: a printout's page break inside a sentence where the page before ends in a footer that numbers it ('Printed 11/20/2026 09:14   PRS-…   Page 1 of 2⏎-----⏎Apple Inc.   Page 2 of 2') is read away with that footer: the sentence and its date read whole", () => {
  const LETTER = (head: string, tail: string) => `From: Apple Privacy <lawenforcement@apple.com>\nDate: Fri, 13 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\n${head}${tail}\n`;
  it.each([
    [LETTER('Dear Sergeant,\n\nApple preserved the iCloud data associated with the\n\nPrinted 11/20/2026 09:14   PRS-2611-30990                Page 1 of 2\n----------------------------------------------------------------------\nApple Inc.                                                Page 2 of 2\n\n', 'following identifier on November 12, 2026:\n\n    Apple ID: fern.quartz@icloud.com\n\nApple Reference: PRS-2611-30990'), '2026-11-12'],
    [LETTER('Sehr geehrte Frau Weber,\n\ndie Sicherung der Daten des Kontos kiesel.blau@outlook.de wurde durchgeführt am\n\nGedruckt 20.11.2026   GCC-2026-118950   Seite 1 von 2\n----------------------------------------------------------------------\nMicrosoft Ireland Operations Limited   Seite 2 von 2\n\n', '12.11.2026.\n\nReferenz: GCC-2026-118950'), '2026-11-12'],
    [LETTER('Madame,\n\nMicrosoft a conservé les données du compte galet.bleu@outlook.fr en date du\n\nImprimé le 20/11/2026   GCC-2026-118951   Page 1 sur 2\n----------------------------------------------------------------------\nMicrosoft Ireland Operations Limited   Page 2 sur 2\n\n', '12 novembre 2026.\n\nRéférence : GCC-2026-118951'), '2026-11-12'],
  ])('reads the date across the break: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    // The page ends with its sentence: its footer stays, as before.
    [LETTER('Apple preserved the account fern.quartz2@icloud.com on November 12, 2026.\n\nPrinted 11/20/2026 09:14   PRS-2611-30991   Page 1 of 2\n----------------------------------------------------------------------\nApple Inc.   Page 2 of 2\n\n', 'Apple Reference: PRS-2611-30991'), '2026-11-12'],
    // The next page's header alone, as before.
    [LETTER('Apple preserved the iCloud data associated with the\n\nApple Inc.   Page 2 of 2\n\n', 'following identifier on November 12, 2026:\n\n    Apple ID: fern.quartz3@icloud.com\n\nApple Reference: PRS-2611-30992'), '2026-11-12'],
    // A footer at the letter's end, no page after it, as before.
    [LETTER('Apple preserved the account fern.quartz4@icloud.com on November 12, 2026. Apple Reference: PRS-2611-30993\n\nSincerely,\nApple\n\n', 'Printed 11/20/2026 09:14   PRS-2611-30993   Page 1 of 1'), '2026-11-12'],
  ])('reads as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe("accounts: a gamertag whose label takes its network's name after the noun, as French, Spanish, Italian and Portuguese write it ('Gamertag Xbox : x', 'Gamertag de Xbox: x', 'Gamertag Xbox Live: x'), is read as after 'Gamertag:'", () => {
  const LENS = (intro: string, item: string) =>
    `From: Microsoft LENS <lens-noreply@microsoft.com>\nDate: Mon, 02 Nov 2026 11:48:00 +0100\nSubject: Conservation\n\n${intro}\n\n  - lune.ardoise@outlook.fr\n  - ${item}\n\nNuméro de dossier Microsoft : GCC-1290-44990\n`;
  it.each([
    [LENS('Les données des comptes suivants ont été conservées le 31 octobre 2026 :', 'Gamertag Xbox : ArdoiseNoire77'), 'ArdoiseNoire77'],
    [LENS('Los datos de las siguientes cuentas fueron conservados el 31 de octubre de 2026:', 'Gamertag de Xbox: Pizarra Gris 8'), 'Pizarra Gris 8'],
    [LENS('I dati dei seguenti account sono stati conservati il 31 ottobre 2026:', 'Gamertag Xbox Live: Ardesia77'), 'Ardesia77'],
  ])('reads the gamertag: %s', (text, tag) => {
    expect(read(text).accounts).toEqual(['lune.ardoise@outlook.fr', tag]);
  });

  it.each([
    // 'Gamertag:' as before.
    [LENS('Les données des comptes suivants ont été conservées le 31 octobre 2026 :', 'Gamertag : ArdoiseNoire78'), ['lune.ardoise@outlook.fr', 'ArdoiseNoire78']],
    // 'Xbox gamertag:' as before.
    [LENS('The following accounts were preserved on October 31, 2026:', 'Xbox gamertag: Slate Grey 79'), ['lune.ardoise@outlook.fr', 'Slate Grey 79']],
    // Another word after the noun is no network's name: no gamertag, as before.
    [LENS('The following accounts were preserved on October 31, 2026:', 'Gamertag policy: see our guide'), ['lune.ardoise@outlook.fr']],
  ])('reads as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe("text: a printout's page break as a copy that doubled every line break lays it out (a blank line after the rule, before the next page's header) is read away as on the printout", () => {
  const LETTER = (body: string) => `From: Apple Privacy <lawenforcement@apple.com>\nDate: Fri, 13 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\n${body}\n`;
  const doubled = (t: string) => t.replace(/\n/g, '\n\n');
  it.each([
    [doubled(LETTER('Apple preserved the iCloud data associated with the\n\nPrinted 11/20/2026 09:14   PRS-2611-31010   Page 1 of 2\n------------------------------------------------------------\nApple Inc.   Page 2 of 2\n\nfollowing identifier on November 12, 2026:\n\n    Apple ID: fern.slate@icloud.com\n\nApple Reference: PRS-2611-31010'))],
    [doubled(LETTER('Sehr geehrte Frau Weber,\n\ndie Sicherung der Daten des Kontos kiesel.rot@outlook.de wurde durchgeführt am\n\nGedruckt 20.11.2026   GCC-2026-118960   Seite 1 von 2\n------------------------------------------------------------\nMicrosoft Ireland Operations Limited   Seite 2 von 2\n\n12.11.2026.\n\nReferenz: GCC-2026-118960'))],
    [LETTER('Apple preserved the iCloud data associated with the\n\nPrinted 11/20/2026 09:14   PRS-2611-31011   Page 1 of 2\n------------------------------------------------------------\n\nApple Inc.   Page 2 of 2\n\nfollowing identifier on November 12, 2026:\n\n    Apple ID: fern.slate2@icloud.com\n\nApple Reference: PRS-2611-31011')],
  ])('reads the date across the break: %s', (text) => {
    expect(read(text).preservedOn).toBe('2026-11-12');
  });

  it.each([
    // The page ends with its sentence, doubled: as before.
    [doubled(LETTER('Apple preserved the account fern.slate3@icloud.com on November 12, 2026.\n\nPrinted 11/20/2026 09:14   Page 1 of 2\n------------------------------------------------------------\nApple Inc.   Page 2 of 2\n\nApple Reference: PRS-2611-31012')), '2026-11-12'],
    // A rule with a line under it that numbers no page: no break, as before.
    [doubled(LETTER('Apple preserved the account fern.slate4@icloud.com on November 12, 2026. Apple Reference: PRS-2611-31013\n\n------------------------------------------------------------\nApple Inc., One Apple Park Way')), '2026-11-12'],
    // The break without doubled lines, as before.
    [LETTER('Apple preserved the iCloud data associated with the\n\nPrinted 11/20/2026 09:14   PRS-2611-31014   Page 1 of 2\n------------------------------------------------------------\nApple Inc.   Page 2 of 2\n\nfollowing identifier on November 12, 2026:\n\n    Apple ID: fern.slate5@icloud.com\n\nApple Reference: PRS-2611-31014'), '2026-11-12'],
  ])('reads as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe("accounts: a 'Telephone:' or 'Mobile:' line next to a service's id line ('Apple ID: x@icloud.com⏎Telephone: +1 (206) 555-0173', 'Yahoo ID:', 'Skype ID:') is the account's number, as next to 'Username:'", () => {
  const MAIL = (from: string, lines: string, ref: string) =>
    `From: ${from}\nDate: Fri, 13 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nWe preserved the following identifiers on November 12, 2026:\n\n${lines}\n\nReference: ${ref}\n`;
  it.each([
    [MAIL('Apple Privacy <lawenforcement@apple.com>', '    Apple ID: cedar.lumen2@icloud.com\n    Telephone: +1 (206) 555-0174', 'PRS-2611-31001'), ['cedar.lumen2@icloud.com', '+1 (206) 555-0174']],
    [MAIL('Yahoo Legal <legal@yahooinc.com>', 'Yahoo ID: slate_finch44\nMobile: +44 7700 900412', '26-PRV-561990'), ['slate_finch44', '+44 7700 900412']],
    [MAIL('Microsoft LENS <lens@microsoft.com>', 'Skype ID: live:.cid.7f3a9c21\nTel: +49 30 5550 1177', 'GCC-2611-31002'), ['live:.cid.7f3a9c21', '+49 30 5550 1177']],
  ])('reads the number: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A line of the officer's, no service's id, then a telephone: the officer's contact, as before.
    [MAIL('Apple Privacy <lawenforcement@apple.com>', '    Apple ID: cedar.lumen3@icloud.com\n\nRequesting officer: Sgt. Priya Natarajan\nBadge ID: 4471\nTelephone: +1 (206) 555-0175', 'PRS-2611-31003'), ['cedar.lumen3@icloud.com']],
    // A blank line between the id and the telephone, as before.
    [MAIL('Apple Privacy <lawenforcement@apple.com>', '    Apple ID: cedar.lumen4@icloud.com\n\nTelephone: +1 (206) 555-0176', 'PRS-2611-31004'), ['cedar.lumen4@icloud.com']],
    // A 'Username:' line (the record's line read before), as before.
    [MAIL('Yahoo Legal <legal@yahooinc.com>', 'Username: slate_finch45\nMobile: +44 7700 900413', '26-PRV-561991'), ['slate_finch45', '+44 7700 900413']],
  ])('reads as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe("references: an agency's label that closes a line after other words, its number wrapped to the next line ('National Cyber Squad (Your case:⏎NCS/26/44012)', 'Ihr Aktenzeichen:⏎…', 'votre référence :⏎…'), is the agency's as on one line", () => {
  const SNAP = (line: string) =>
    `From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Thu, 26 Nov 2026 10:05:00 -0800\nSubject: Preservation complete\n\nSnap has preserved the account glass.wren on 11/24/2026 under reference LESS-8B2N-7700.\n\n${line}\n\nSnapchat account data is preserved for 90 days.\n`;
  it.each([
    [SNAP('Submitted by: Inv. Tamsin Rourke, National Cyber Squad (Your case:\nNCS/26/44013)')],
    [SNAP('Eingereicht von: KOK Jan Brandt, Polizeipräsidium Beispielstadt (Ihr Aktenzeichen:\nKK/26/44015)')],
    [SNAP("Soumis par : Adj. Claire Roux, Brigade numérique de Lyon (votre référence :\nBRN/26/44016)")],
  ])('proposes only the provider reference: %s', (text) => {
    expect(read(text).references).toEqual(['LESS-8B2N-7700']);
  });

  it.each([
    // On one line, as before.
    [SNAP('Submitted by: Inv. Tamsin Rourke, National Cyber Squad (Your case: NCS/26/44014)'), ['LESS-8B2N-7700']],
    // The provider's own label closing the line, its number wrapped: the provider's, as before.
    ['From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Thu, 26 Nov 2026 10:05:00 -0800\nSubject: Preservation complete\n\nSnap has preserved the account glass.wren2 on 11/24/2026 under the preservation reference\nLESS-8B2N-7701.\n', ['LESS-8B2N-7701']],
    // A sentence that ends with 'your case.', the reference opening the next line: the provider's, as before.
    ['From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Thu, 26 Nov 2026 10:05:00 -0800\nSubject: Preservation complete\n\nSnap has preserved the account glass.wren3 on 11/24/2026 for your case.\nLESS-8B2N-7702 is the preservation reference.\n', ['LESS-8B2N-7702']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

/** A copy's hard wrap at a width, as a client wraps a long line (copy-variants.test.ts's rewrite). */
const wrapAt72 = (text: string) =>
  text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > 72) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');

describe("text: a phone's run-on copy (a whole forward on one line) that a copy wrapped again at 72 columns is read as the run-on line: its header fields inside the wrapped lines ('… PST To: Det. Nora Quayle⏎<nquayle@…> Subject: …') start lines again", () => {
  const RUN_ON = [
    'Fwd: Dropbox preservation Sent from my iPhone Begin forwarded message: From: Dropbox Legal <legal-le@dropbox.com> Date: November 20, 2026 at 3:44:10 PM PST To: Det. Nora Quayle <nquayle2@pd.example.org> Subject: Dropbox Preservation Confirmation DBX-PR-661950 Hi Detective Quayle, Dropbox, Inc. has preserved the account registered to moss.archive@outlook.com on November 19, 2026. Reference: DBX-PR-661950. Thanks, Dropbox Law Enforcement Team',
    'WG: Sicherung Von meinem iPhone gesendet Anfang der weitergeleiteten Nachricht: Von: Microsoft LENS <lens@microsoft.com> Datum: 20. November 2026 um 10:44:10 MEZ An: KOK Jan Brandt <j.brandt7@polizei.example.de> Betreff: Sicherung GCC-2026-118970 Sehr geehrter Herr Brandt, wir haben das Konto moos.archiv@outlook.de am 19.11.2026 gesichert. Referenz: GCC-2026-118970. Mit freundlichen Grüßen Microsoft',
    'TR: Conservation Envoyé de mon iPhone Début du message réexpédié : De : Snap Law Enforcement <lawenforcement@snap.com> Date : 20 novembre 2026 à 10:44:10 UTC+1 À : Adj. Claire Roux <c.roux7@gendarmerie.example.fr> Objet : Conservation SNAP-PR-20261119-5501 Bonjour, le compte mousse.archive a été conservé le 19 novembre 2026. Référence : SNAP-PR-20261119-5501. Cordialement, Snap',
  ];
  // Each wrapped as a client wraps at 72, the officer's address in angle brackets opening a line.
  const WRAPPED = [
    'Fwd: Dropbox preservation Sent from my iPhone Begin forwarded message:\nFrom: Dropbox Legal <legal-le@dropbox.com> Date: November 20, 2026 at\n3:44:10 PM PST To: Det. Nora Quayle, Cyber Unit, Example Police Dept\n<nquayle2@pd.example.org> Subject: Dropbox Preservation Confirmation\nDBX-PR-661950 Hi Detective Quayle, Dropbox, Inc. has preserved the\naccount registered to moss.archive@outlook.com on November 19, 2026.\nReference: DBX-PR-661950. Thanks, Dropbox Law Enforcement Team',
    'WG: Sicherung Von meinem iPhone gesendet Anfang der weitergeleiteten\nNachricht: Von: Microsoft LENS <lens@microsoft.com> Datum: 20. November\n2026 um 10:44:10 MEZ An: KOK Jan Brandt, Polizeipräsidium Beispielstadt\n<j.brandt7@polizei.example.de> Betreff: Sicherung GCC-2026-118970 Sehr\ngeehrter Herr Brandt, wir haben das Konto moos.archiv@outlook.de am\n19.11.2026 gesichert. Referenz: GCC-2026-118970. Mit freundlichen Grüßen',
    'TR: Conservation Envoyé de mon iPhone Début du message réexpédié : De :\nSnap Law Enforcement <lawenforcement@snap.com> Date : 20 novembre 2026\nà 10:44:10 UTC+1 À : Adj. Claire Roux, Brigade numérique de Lyon Ouest\n<c.roux7@gendarmerie.example.fr> Objet : Conservation SNAP-PR-20261119-5501\nBonjour, le compte mousse.archive a été conservé le 19 novembre 2026.\nRéférence : SNAP-PR-20261119-5501. Cordialement, Snap Law Enforcement',
  ];
  it.each(WRAPPED.map((text) => [text]))('reads no officer address: %s', (text) => {
    const r = read(text);
    expect(r.accounts.some((a) => /example\.(?:org|de|fr)$/.test(a))).toBe(false);
    expect(r.accounts.length).toBe(1);
  });

  it.each([
    // A header block whose lines are long: its fields start its lines, no run-on, as before.
    ['From: Dropbox Legal Department <legal-le-notifications@dropbox.com>\nSent: Friday, November 20, 2026 3:44:10 PM Pacific Standard Time\nTo: Detective Nora Quayle, Cyber Unit <nquayle3@pd.example.org>\nSubject: Dropbox Preservation Confirmation DBX-PR-661951 (account)\n\nDropbox has preserved the account registered to moss.archive2@outlook.com on November 19, 2026. Reference: DBX-PR-661951.\n', ['moss.archive2@outlook.com']],
    // A wrapped paragraph of prose with one field's word inside it: no run-on, as before.
    ['From: Dropbox Legal <legal-le@dropbox.com>\nDate: Fri, 20 Nov 2026 15:44:10 -0800\nSubject: Preservation\n\n' + wrapAt72('Dropbox has preserved the account registered to moss.archive3@outlook.com on November 19, 2026, as your request asked, and a copy of this notice was sent to: the requesting officer and the unit named in the request, with the reference DBX-PR-661952 for any further legal process in this matter.'), ['moss.archive3@outlook.com']],
    // The run-on line itself, as before.
    [RUN_ON[0]!, ['moss.archive@outlook.com']],
  ])('reads as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});
