import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 24 (copies quoted under a note, dev14's kinds): each shown on invented mail in other providers,
 * words, languages and layouts than the corpus's, with probes that must read the new way (each failed before its
 * change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};
const quoted = (t: string) => t.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');

describe('messages: a raw header under a note, its Date line above its From line ("> Received: …⏎> Date: …⏎> From: …")', () => {
  it.each([
    [`Please log this one.\n\nDet. Ines Marlow\n\n${quoted('Return-Path: <lawenforcement@discord.com>\nReceived: from mx.discord.com (mx.discord.com [198.51.100.4])\n        by mail.example-pd.gov; Tue, 17 Nov 2026 06:02:11 +0000\nDate: Mon, 16 Nov 2026 22:02:09 -0800\nFrom: Discord Legal <lawenforcement@discord.com>\nTo: i.marlow@example-pd.gov\nSubject: Preservation DSC-2611-77101\n\nDiscord has preserved the account 1190022334455667701.\nReference: DSC-2611-77101\n')}`, '2026-11-16'],
    [`FYI, raw copy below as the portal gave it.\n\n${quoted('Delivered-To: cyber@example-pd.gov\nReceived: by 2002:a05:6a10:1b4e with SMTP id q14csp;\n\tWed, 18 Nov 2026 07:15:40 -0800 (PST)\nX-Mailer: LEPortal 4.2\nDate: Wed, 18 Nov 2026 16:15:38 +0100\nMessage-ID: <pr-77102@leportal.snapchat.com>\nFrom: Snap Law Enforcement <lawenforcement@snapchat.com>\nTo: cyber@example-pd.gov\nSubject: Preservation completed\n\nWe have preserved the Snapchat account heron_dusk42. Snap reference: SNAP-LE-2611-77102.\n')}`, '2026-11-18'],
    [`Zur Akte, Rohfassung unten.\n\nKOK Brandt\n\nReceived: from smtp.twitch.tv (smtp.twitch.tv [203.0.113.9])\n by mx.polizei.example.de; Thu, 19 Nov 2026 08:40:02 +0000\nDate: Thu, 19 Nov 2026 00:40:00 -0800\nFrom: Twitch Law Enforcement <lawenforcement@twitch.tv>\nTo: brandt@polizei.example.de\nSubject: Preservation TW-2611-77103\n\nTwitch has preserved the records of the channel twitch.tv/grauer_reiher.\nReference: TW-2611-77103\n`, '2026-11-19'],
  ])('reads the header\'s date: %s', (text, day) => {
    const r = read(text);
    expect(r.emailDate).toBe(day);
    expect(r.preservedOn).toBe(day);
  });

  it.each([
    // The raw header opens the text: as before.
    ['Received: from mx.discord.com (mx.discord.com [198.51.100.4])\n        by mail.example-pd.gov; Tue, 17 Nov 2026 06:02:11 +0000\nDate: Mon, 16 Nov 2026 22:02:09 -0800\nFrom: Discord Legal <lawenforcement@discord.com>\nSubject: Preservation DSC-2611-77104\n\nDiscord has preserved the account 1190022334455667704.\nReference: DSC-2611-77104\n', '2026-11-16'],
    // A note's own line right above the From line is no raw header: the block starts at From, its Date under it.
    ['Please log this, see below\nFrom: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 16:15:38 +0100\nSubject: Preservation completed\n\nWe have preserved the Snapchat account heron_dusk43. Snap reference: SNAP-LE-2611-77105.\n', '2026-11-18'],
    // A client's forward under its separator: as before.
    ['FYI\n\n-----Original Message-----\nFrom: Twitch Law Enforcement <lawenforcement@twitch.tv>\nSent: Thursday, November 19, 2026 12:40 AM\nTo: brandt@polizei.example.de\nSubject: Preservation TW-2611-77106\n\nTwitch has preserved the records of the channel twitch.tv/grauer_reiher2.\nReference: TW-2611-77106\n', '2026-11-19'],
  ])('reads the date as before: %s', (text, day) => {
    const r = read(text);
    expect(r.emailDate).toBe(day);
    expect(r.preservedOn).toBe(day);
  });
});

describe('text: a printout\'s page break inside a sentence in a copy quoted with ">" ("> … on November 18,⏎>⏎> ----⏎> Printed … Page 2 of 2⏎>⏎> 2026.")', () => {
  it.each([
    [`Letter attached as text.\n\n${quoted('Dropbox, Inc. - Legal                                   Page 1 of 2\n\nReference: DBX-LGL-2611-7711\n\nDropbox, Inc. has preserved the account kestrel.moor@example.org. The preservation\nwas completed on November 17,\n\n--------------------------------------------------------------------\nDropbox Legal portal printout                                 Page 2 of 2\n\n2026. We will keep the data for 90 days.\n')}`, '2026-11-17'],
    [`Zur Akte.\n\n${quoted('Uber Technologies, Inc. - Law Enforcement Response\n\nReference: UBR-LE-2611-7712\n\nUber has preserved the rider account grauer.fink7@example.de. The hold was placed on\n\n______________________________________________\nUber LERT printout, page 2 / 3\n\nNovember 16, 2026 and lasts 90 days.\n')}`, '2026-11-16'],
    [`see below\n\n${quoted('Pinterest Legal                                          page 1/2\n\nCase PIN-LE-2611-7713\n\nPinterest preserved the account pinterest.com/heron_slate on\n\n>>> Pinterest, Inc. | page 2/2\n\nNovember 15, 2026, and will hold it for 90 days.\n')}`, '2026-11-15'],
  ])('reads the date across the break: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    // A sentence that ends before the break: its date stands whole, as before.
    [`Letter attached as text.\n\n${quoted('Dropbox, Inc. - Legal                                   Page 1 of 2\n\nReference: DBX-LGL-2611-7714\n\nDropbox, Inc. has preserved the account kestrel.moor2@example.org on November 17, 2026.\n\n--------------------------------------------------------------------\nDropbox Legal portal printout                                 Page 2 of 2\n\nWe will keep the data for 90 days.\n')}`, '2026-11-17'],
    // A page named inside a sentence is no page break.
    [`see below\n\n${quoted('From: Pinterest Legal <legal@pinterest.com>\nDate: Mon, 16 Nov 2026 10:00:00 -0800\n\nPinterest preserved the account pinterest.com/heron_slate2 on November 15, 2026.\nAs requested on page 2 of your letter, our case is PIN-LE-2611-7715.\n')}`, '2026-11-15'],
    // The break unquoted, as before.
    ['Reddit, Inc. Legal\n\nReference: RDT-LE-2611-7716\n\nWe preserved the records of u/Grauer_Fink_8. The preservation was completed on November 16,\n\n-----------------------------------\nPage 2 of 2\n\n2026. We will keep them for 90 days.\n', '2026-11-16'],
  ])('reads the date as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe('references: each item of a list after the provider\'s reference label ("Subject: … Google Ref. 59102284 / 59102291")', () => {
  it.each([
    ['From: Microsoft LE <lens-noreply@microsoft.com>\nDate: Wed, 4 Nov 2026 17:48:00 +0100\nSubject: Ihre Sicherungsanfrage - Microsoft Ref. GCC-1104-771201 / GCC-1104-771202\n\nMicrosoft hat die Daten der folgenden Konten am 4. November 2026 gesichert:\n\nReferenznummer GCC-1104-771201 – Konto: laub.frosch@outlook.de\nReferenznummer GCC-1104-771202 – Konto: moos.kauz@hotmail.de\n', ['GCC-1104-771201', 'GCC-1104-771202']],
    ['From: Snap LE <lawenforcement@snapchat.com>\nDate: Wed, 4 Nov 2026 17:48:00 +0100\nSubject: Votre demande - Snap reference SNAP-1104-7712, SNAP-1104-7713\n\nSnap a conservé le 4 novembre 2026 les données des comptes suivants :\n\nRéférence SNAP-1104-7712 – compte : brume_grise4\nRéférence SNAP-1104-7713 – compte : lande_rose8\n', ['SNAP-1104-7712', 'SNAP-1104-7713']],
    ['From: TikTok LE <lert@tiktok.com>\nDate: Wed, 4 Nov 2026 17:48:00 +0100\nSubject: Uw verzoek - TikTok ref. TT-7701122 en TT-7701123\n\nTikTok heeft op 4 november 2026 de gegevens bewaard van:\n\nReferentie TT-7701122 – account: @zeewier_kat5\nReferentie TT-7701123 – account: @duin_reiger6\n', ['TT-7701122', 'TT-7701123']],
  ])('reads each reference: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // One reference in the subject, one in the body: as before.
    ['From: Microsoft LE <lens-noreply@microsoft.com>\nDate: Wed, 4 Nov 2026 17:48:00 +0100\nSubject: Ihre Sicherungsanfrage - Microsoft Ref. GCC-1104-771203\n\nMicrosoft hat die Daten des Kontos laub.frosch2@outlook.de am 4. November 2026 gesichert.\n\nReferenznummer GCC-1104-771203\n', ['GCC-1104-771203']],
    // The agency's number after the provider's in the subject, the addressee's in the body: still the agency's.
    ['From: Snap LE <lawenforcement@snapchat.com>\nDate: Wed, 4 Nov 2026 17:48:00 +0100\nSubject: Snap reference SNAP-1104-7714 / 2026-PJ-4471\n\nSnap a conservé le 4 novembre 2026 les données du compte brume_grise5 (votre référence : 2026-PJ-4471).\n\nRéférence SNAP-1104-7714\n', ['SNAP-1104-7714']],
    // A list after a request's label, not the provider's: as before.
    ['From: TikTok LE <lert@tiktok.com>\nDate: Wed, 4 Nov 2026 17:48:00 +0100\nSubject: Your requests 7701124 / 7701125\n\nTikTok preserved @zeewier_kat7 on November 4, 2026.\nTikTok reference: TT-7701126\n', ['TT-7701126']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: "referens", the Swedish word alone, as a label of the provider\'s number ("Google-referens 60211457 – …", "Referens: …")', () => {
  it.each([
    ['Från: Snap LE <lawenforcement@snapchat.com>\nSkickat: den 24 november 2026 09:47\n\nHej,\n\nBevarandet genomfördes den 24 november 2026 för följande konton:\n\n  Snap-referens 24117731 – fjall_rav3\n  Snap-referens 24117732 – myr_uggla8\n', ['24117731', '24117732']],
    ['Från: Discord Legal <lawenforcement@discord.com>\nSkickat: den 24 november 2026 09:47\n\nVi har bevarat uppgifterna för användaren 1190022334455667731 den 23 november 2026.\n\nReferens: 24117733\n', ['24117733']],
    ['Från: Reddit Legal <legal@reddit.com>\nSkickat: den 24 november 2026 09:47\n\nKontot u/Gran_Skog_4 bevarades den 23 november 2026 under referens 24117734.\n', ['24117734']],
  ])('reads the reference: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The addressee's reference: still the agency's.
    ['Från: Snap LE <lawenforcement@snapchat.com>\nSkickat: den 24 november 2026 09:47\n\nVi har bevarat kontot fjall_rav4 den 23 november 2026 (din referens: 24112026).\nÄrendenummer: 24117735\n', ['24117735']],
    // "referensnummer" as before.
    ['Från: Discord Legal <lawenforcement@discord.com>\nSkickat: den 24 november 2026 09:47\n\nVi har bevarat uppgifterna för användaren 1190022334455667736 den 23 november 2026.\n\nReferensnummer: 24117736\n', ['24117736']],
    // A word after "referens", no number: nothing read there.
    ['Från: Reddit Legal <legal@reddit.com>\nSkickat: den 24 november 2026 09:47\n\nKontot u/Gran_Skog_5 bevarades den 23 november 2026. Ange denna referens till oss vid frågor: RDT-2411-7737.\n', ['RDT-2411-7737']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: a table column headed "Rif.", the Italian abbreviation of "riferimento" ("Rif. Google    Identificativo")', () => {
  it.each([
    ['Da: Microsoft LE <lens-noreply@microsoft.com>\nInviato: martedì 10 novembre 2026 15:22\n\nVi confermiamo che la conservazione dei dati è stata effettuata in data 10/11/2026 per i seguenti account:\n\nRif. Microsoft    Account\n41107731          lupo.grigio77@outlook.it\n41107732          volpe.rossa12@hotmail.it\n\nCordiali saluti\n', ['41107731', '41107732']],
    ['Da: TikTok LE <lert@tiktok.com>\nInviato: martedì 10 novembre 2026 15:22\n\nConservazione effettuata il 9 novembre 2026:\n\nUtente\tRif.\n@gabbiano_blu4\t52207741\n@airone_nero9\t52207742\n', ['52207741', '52207742']],
    ['Da: Discord Legal <lawenforcement@discord.com>\nInviato: martedì 10 novembre 2026 15:22\n\nAbbiamo conservato i dati il 9 novembre 2026.\n\nRif. Discord   Utente\n63307751       1190022334455667751\n', ['63307751']],
  ])('reads the column\'s references: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // A column of the agency's numbers, the provider's reference labelled in the text: as before.
    ['Da: Microsoft LE <lens-noreply@microsoft.com>\nInviato: martedì 10 novembre 2026 15:22\n\nAbbiamo conservato il 10/11/2026 gli account seguenti. Riferimento Microsoft: GCC-1011-7761\n\nVs. prot.    Account\n0041187      lupo.grigio78@outlook.it\n', ['GCC-1011-7761']],
    // A word with "rif" inside it heads no reference column.
    ['Da: TikTok LE <lert@tiktok.com>\nInviato: martedì 10 novembre 2026 15:22\n\nConservazione effettuata il 9 novembre 2026. Riferimento: TT-1011-7762\n\nUtente\tRiferito da\n@gabbiano_blu5\tagente 4471\n', ['TT-1011-7762']],
    // A "Ref." column as before.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Tue, 10 Nov 2026 15:22:00 +0100\n\nWe preserved the data on November 9, 2026.\n\nDiscord Ref   User\n63307763      1190022334455667763\n', ['63307763']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('confirmations: a provider\'s policy of preserving nothing on a preservation request ("does not preserve user data on the basis of a preservation request")', () => {
  it.each([
    'From: Signal Legal <legal@signal.example.org>\nDate: Sat, 14 Nov 2026 12:03:41 +0000\n\nWe have reviewed your request concerning the account +44 7700 900771.\n\nSignal does not preserve user data on the basis of a preservation request. Your ticket: SG-LR-7781.\n',
    'From: Kik Legal <lawenforcement@kik.com>\nDate: Sat, 14 Nov 2026 12:03:41 +0000\n\nRegarding kik_user_7782: Kik does not preserve any records in response to a preservation request from outside the United States.\nReference: KIK-LR-7782\n',
    'From: Telegram Legal <legal@telegram.org>\nDate: Sat, 14 Nov 2026 12:03:41 +0000\n\nThank you for your message about @kanal_7783. We do not preserve account data upon such requests. Ticket TG-LR-7783.\n',
  ])('confirms nothing: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });

  it.each([
    // A limit of what was preserved, not a refusal: the confirmation reads as before.
    'From: Snap LE <lawenforcement@snapchat.com>\nDate: Sat, 14 Nov 2026 12:03:41 +0000\n\nWe have preserved the account sable_gris7784 on November 13, 2026. Snap does not preserve content that was deleted before the request. Reference: SNAP-LE-1411-7784.\n',
    // What it will do on a court order, the preservation done.
    'From: Discord Legal <lawenforcement@discord.com>\nDate: Sat, 14 Nov 2026 12:03:41 +0000\n\nDiscord preserved the account 1190022334455667785 on November 13, 2026 (DSC-1411-7785). We do not disclose any data on the basis of a preservation request alone.\n',
    // Preserving more than the request: as before.
    'From: Reddit Legal <legal@reddit.com>\nDate: Sat, 14 Nov 2026 12:03:41 +0000\n\nu/Kanal_7786 was preserved on November 13, 2026. Reference RDT-LE-7786. We do not preserve data beyond 90 days unless extended.\n',
  ])('confirms as before: %s', (text) => {
    expect(read(text).references).toHaveLength(1);
  });
});

const readExtension = (text: string) => {
  const c = parseProviderEmail(text, NOW).confirmations;
  return c.map((x) => ({ reference: x.reference, of: x.extension?.ofReference ?? null }));
};

describe('extensions in Polish: the active past of "przedłużyć" ("przedłużyliśmy zabezpieczenie") and "pierwotny" as the earlier number\'s word ("Pierwotny numer referencyjny:")', () => {
  it.each([
    ['Od: Snap LE <lawenforcement@snapchat.com>\nWysłano: czwartek, 12 listopada 2026 10:31\n\nInformujemy, że w dniu 12 listopada 2026 r. przedłużyliśmy zabezpieczenie danych konta sowa_nocna8.\n\nPierwotny numer referencyjny: SNAP-PRV-2608-7791\nNumer referencyjny przedłużenia: SNAP-EXT-2611-7791\n', [{ reference: 'SNAP-EXT-2611-7791', of: 'SNAP-PRV-2608-7791' }]],
    ['Od: Discord Legal <lawenforcement@discord.com>\nWysłano: czwartek, 12 listopada 2026 10:31\n\nDiscord przedłużył zabezpieczenie danych użytkownika 1190022334455667792 o kolejne 90 dni.\nNumer sprawy: DSC-EXT-7792 (pierwotnie DSC-PRV-7792)\n', [{ reference: 'DSC-EXT-7792', of: 'DSC-PRV-7792' }]],
    ['Od: Reddit Legal <legal@reddit.com>\nWysłano: czwartek, 12 listopada 2026 10:31\n\nPrzedłużyliśmy zabezpieczenie konta u/Czarny_Bez_7. Numer referencyjny: RDT-LE-7793.\n', [{ reference: 'RDT-LE-7793', of: 'RDT-LE-7793' }]],
  ])('reads the extension: %s', (text, confirmations) => {
    expect(readExtension(text)).toEqual(confirmations);
  });

  it.each([
    // A preservation, not an extension: as before.
    ['Od: Snap LE <lawenforcement@snapchat.com>\nWysłano: czwartek, 12 listopada 2026 10:31\n\nW dniu 11 listopada 2026 r. zabezpieczyliśmy dane konta sowa_nocna9. Numer referencyjny: SNAP-PRV-2611-7794.\n', [{ reference: 'SNAP-PRV-2611-7794', of: null }]],
    // An extension refused: no extension read.
    ['Od: Discord Legal <lawenforcement@discord.com>\nWysłano: czwartek, 12 listopada 2026 10:31\n\nZabezpieczyliśmy dane użytkownika 1190022334455667795 w dniu 11 listopada 2026 r. Kolejne przedłużenie nie będzie możliwe. Numer sprawy: DSC-PRV-7795.\n', [{ reference: 'DSC-PRV-7795', of: null }]],
    // An extension in English under its labels: as before.
    ['From: Reddit Legal <legal@reddit.com>\nDate: Thu, 12 Nov 2026 10:31:00 +0000\n\nWe have extended the preservation of u/Czarny_Bez_8.\nPrevious reference: RDT-PRV-7796\nExtension reference: RDT-EXT-7796\n', [{ reference: 'RDT-EXT-7796', of: 'RDT-PRV-7796' }]],
  ])('reads as before: %s', (text, confirmations) => {
    expect(readExtension(text)).toEqual(confirmations);
  });
});

describe('references: a label that puts the number on the addressee\'s side ("Sygnatura sprawy po Państwa stronie:", "Case number on your side:")', () => {
  it.each([
    ['Od: TikTok LE <lert@tiktok.com>\nWysłano: czwartek, 12 listopada 2026 10:31\n\nW dniu 11 listopada 2026 r. zabezpieczyliśmy dane konta @lis_rudy7.\nNumer referencyjny: TT-PRV-2611-7797\n\nSygnatura sprawy po Państwa stronie: RSD-7797\n', ['TT-PRV-2611-7797']],
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:31:00 +0000\n\nWe preserved the account 1190022334455667798 on November 11, 2026.\nReference: DSC-PRV-7798\nCase number on your side: PD-2026-7798\n', ['DSC-PRV-7798']],
    ['De : Snap LE <lawenforcement@snapchat.com>\nEnvoyé : jeudi 12 novembre 2026 10:31\n\nNous avons conservé le 11 novembre 2026 les données du compte renard_gris7.\nRéférence : SNAP-PRV-7799\nNuméro de dossier de votre côté : PJ-2026-7799\n', ['SNAP-PRV-7799']],
  ])('sets the addressee\'s number aside: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The provider's own side names its own: as before.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:31:00 +0000\n\nWe preserved the account 1190022334455667800 on November 11, 2026.\nCase reference on our side: DSC-PRV-7800\n', ['DSC-PRV-7800']],
    // "your side" in a sentence about something else.
    ['From: Reddit Legal <legal@reddit.com>\nDate: Thu, 12 Nov 2026 10:31:00 +0000\n\nu/Lis_Rudy_8 was preserved on November 11, 2026. No action is needed on your side. Reference: RDT-LE-7801.\n', ['RDT-LE-7801']],
    // The addressee's reference, as before.
    ['From: Snap LE <lawenforcement@snapchat.com>\nDate: Thu, 12 Nov 2026 10:31:00 +0000\n\nWe preserved renard_gris8 on November 11, 2026 (your reference PJ-2026-7802). Snap reference: SNAP-PRV-7802.\n', ['SNAP-PRV-7802']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('references: a number only in the subject, the body pointing at it ("tracked under the new case number shown in the subject line")', () => {
  it.each([
    ['From: X Legal <legal@x.com>\nDate: Mon, 23 Nov 2026 21:07:00 +0000\nSubject: [Case #02011851] Extension of preservation – previous case #01766451\n\nWe have extended the preservation of @rio_escuro (User ID 902231774455151), originally preserved under case #01766451.\n\nThis extension is tracked under the new case number shown in the subject line.\n', [{ reference: '02011851', of: '01766451' }]],
    ['From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Mon, 23 Nov 2026 21:07:00 +0000\nSubject: Request 44120852 - extension (prior 44100852)\n\nWe extended the preservation of pinterest.com/serra_azul, first preserved under request 44100852. Please use the number given in the subject for this extension.\n', [{ reference: '44120852', of: '44100852' }]],
    ['From: Twitch LE <lawenforcement@twitch.tv>\nDate: Mon, 23 Nov 2026 21:07:00 +0000\nSubject: TW-EXT-78853 / earlier TW-PRV-78853\n\nThe preservation of twitch.tv/cais_velho, made under TW-PRV-78853, has been extended. For the extension, quote the reference given in the subject line.\n', [{ reference: 'TW-EXT-78853', of: 'TW-PRV-78853' }]],
  ])('reads the subject\'s number: %s', (text, confirmations) => {
    expect(readExtension(text)).toEqual(confirmations);
  });

  it.each([
    // The agency's case in the subject, the body not pointing at it: as before.
    ['From: X Legal <legal@x.com>\nDate: Mon, 23 Nov 2026 21:07:00 +0000\nSubject: Re: Case 2026-PJ-7854 preservation\n\nWe have preserved @rio_escuro2 on November 22, 2026. X case number: 02011854.\n', [{ reference: '02011854', of: null }]],
    // The body pointing at the subject where the subject holds the body's number only: as before.
    ['From: Pinterest LE <lawenforcement@pinterest.com>\nDate: Mon, 23 Nov 2026 21:07:00 +0000\nSubject: Request 44120855\n\nWe preserved pinterest.com/serra_azul2 on November 22, 2026 under request 44120855, the number shown in the subject.\n', [{ reference: '44120855', of: null }]],
    // A ticket in the subject beside the body's reference: as before.
    ['From: Twitch LE <lawenforcement@twitch.tv>\nDate: Mon, 23 Nov 2026 21:07:00 +0000\nSubject: [Ticket 7788561] Preservation\n\nTwitch preserved twitch.tv/cais_velho2 on November 22, 2026. Reference: TW-PRV-7856.\n', [{ reference: 'TW-PRV-7856', of: null }]],
  ])('reads as before: %s', (text, confirmations) => {
    expect(readExtension(text)).toEqual(confirmations);
  });
});

describe('references: the provider\'s name and a case label parted by a subject\'s dash or bar ("Preservation – Apple ID(s) – Case 26-11872")', () => {
  it.each([
    ['From: Apple LE <lawenforcement@apple.com>\nDate: Thu, 26 Nov 2026 16:12:00 -0800\nSubject: Re: Preservation – Apple ID(s) – Case 26-78112\n\nApple has preserved the iCloud account kiwi.moth@icloud.com on November 25, 2026 under Apple Reference No. PRS-2026-78112.\n', ['PRS-2026-78112']],
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Thu, 26 Nov 2026 16:12:00 -0800\nSubject: Re: Discord | Case PD-26-78113 | preservation\n\nWe preserved the account 1190022334455678113 on November 25, 2026, as asked in Case PD-26-78113. Discord reference: DSC-PRV-78113.\n', ['DSC-PRV-78113']],
    ['From: Snap LE <lawenforcement@snapchat.com>\nDate: Thu, 26 Nov 2026 16:12:00 -0800\nSubject: Fwd: Snap - Case No. 2026-78114 - preserved\n\nWe preserved the account kiwi_moth7 on November 25, 2026, as asked in Case No. 2026-78114.\nSnap reference: SNAP-PRV-78114\n', ['SNAP-PRV-78114']],
  ])('sets the agency\'s case aside: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The provider's case with no dash between: as before.
    ['From: Apple LE <lawenforcement@apple.com>\nDate: Thu, 26 Nov 2026 16:12:00 -0800\nSubject: Apple Case 26-78115 preservation\n\nApple has preserved the iCloud account kiwi.moth2@icloud.com on November 25, 2026.\n', ['26-78115']],
    // The provider's reference label in the subject, a dash after it: as before.
    ['From: Discord Legal <lawenforcement@discord.com>\nDate: Thu, 26 Nov 2026 16:12:00 -0800\nSubject: Discord reference DSC-PRV-78116 – done\n\nWe preserved the account 1190022334455678116 on November 25, 2026 (your case PD-26-78116).\n', ['DSC-PRV-78116']],
    // A lone case across the dash, no other reference: still read.
    ['From: Snap LE <lawenforcement@snapchat.com>\nDate: Thu, 26 Nov 2026 16:12:00 -0800\nSubject: Snap - Case No. 2026-78117\n\nWe preserved the account kiwi_moth8 on November 25, 2026.\n', ['2026-78117']],
  ])('reads the references as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});
