import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 36 (holdout25-28, opened for tuning): each shown on invented mail, with probes that must read the
 * new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const X_REPLY = (body: string) =>
  `From: X Legal <legal-requests@x.com>\nDate: Tue, 10 Nov 2026 09:12:40 -0800\nSubject: Re: Preservation request #0044120917\n\nHello,\n\n${body}\n\nX Legal\n`;

describe("accounts: the rest of an account's sentence saying no preservation was made ('…; no additional preservation was made', 'aucune conservation supplémentaire n'a été effectuée', 'es wurde keine weitere Sicherung vorgenommen') makes it no account preserved", () => {
  it.each([
    [X_REPLY('We have preserved the account @ferrowind (user ID 1377720914455199) as of November 10, 2026 under request #0044120917.\nThe account @mossgate_ops is suspended and its data is already retained under a separate process; no additional preservation was made.'), ['@ferrowind', '1377720914455199']],
    [X_REPLY('Nous avons conservé le compte @ferrowind le 10/11/2026 (demande #0044120917).\nLe compte @mossgate_fr est suspendu et ses données sont déjà retenues par une autre procédure ; aucune conservation supplémentaire n\'a été effectuée.'), ['@ferrowind']],
    [X_REPLY('Wir haben das Konto @ferrowind am 10.11.2026 gesichert (Anfrage #0044120917).\nDas Konto @mossgate_de ist gesperrt und seine Daten liegen bereits vor; es wurde keine weitere Sicherung vorgenommen.'), ['@ferrowind']],
  ])('reads only the preserved account: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The account's own clause says it was preserved: kept, as before.
    [X_REPLY('We have preserved the account @ferrowind as of November 10, 2026 under request #0044120917; no additional preservation was made for other accounts.'), ['@ferrowind']],
    // A further preservation needed, not denied: both kept, as before.
    [X_REPLY('We have preserved the accounts @ferrowind and @mossgate_ops as of November 10, 2026 under request #0044120917. No additional action is required.'), ['@ferrowind', '@mossgate_ops']],
    // A preservation made, in the next sentence: kept, as before.
    [X_REPLY('The account @mossgate_ops was preserved on November 10, 2026 under request #0044120917. A preservation was made of its messages.'), ['@mossgate_ops']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const YAHOO = (footer: string) =>
  `Yahoo Inc.\nLaw Enforcement Response Team\n\nYahoo Reference: YH-PRS-2026-120077\n\nDate preserved: 11/12/2026\nAccount(s) preserved:\n    fernwillow_21@yahoo.com\n\nYahoo will retain the preserved information for 90 days.\n\n${footer}\n`;

describe("accounts: a mailbox whose name says it takes no replies ('lawenforcement-noreply@…', 'do-not-reply@…', 'ne-pas-repondre@…') is the sending system's, never an account", () => {
  it.each([
    [YAHOO('This is an automated message. Replies to this address are not monitored.\nlawenforcement-noreply@yahooinc.example.com')],
    [YAHOO('Please do not reply to this message, the mailbox is not monitored.\ndo-not-reply@lert.example.org')],
    [YAHOO('Message automatique concernant le compte préservé ci-dessus : ne-pas-repondre@legal.example.fr')],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toEqual(['fernwillow_21@yahoo.com']);
  });

  it.each([
    // A preserved address with "reply" inside a word of its name: kept, as before.
    [YAHOO('Also preserved: replyfox.amber@yahoo.com'), ['fernwillow_21@yahoo.com', 'replyfox.amber@yahoo.com']],
    // A preserved address of a person whose name has "no" in it: kept, as before.
    [YAHOO('Also preserved: nora.reply7@aol.com'), ['fernwillow_21@yahoo.com', 'nora.reply7@aol.com']],
    // A footer with no address: as before.
    [YAHOO('This is an automated message. Replies are not monitored.'), ['fernwillow_21@yahoo.com']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const TIKTOK = (note: string) =>
  `From: TikTok Law Enforcement Response <lert-noreply@tiktok.example>\nDate: Mon, 23 Nov 2026 18:05:44 +0000\nSubject: Preservation request completed\n\nHello DC Amari,\n\nThe preservation request submitted by your agency has been completed.\n\nReference: TT-PR-2611-9917\nAccount: @heronwake.lu\nPreserved on: 21/11/2026\n\n${note}\n\nTikTok Technology Limited\n`;

describe("references: a file noun coordinated with an earlier noun the addressee's possessive heads ('Your operation name \"OP LANTERN\" and crime reference 44/110982/26 have been noted') is the addressee's, as the first noun is", () => {
  it.each([
    [TIKTOK('Your operation name "OP HARROW" and crime reference 41/220913/26 have been noted.')],
    [TIKTOK('Your unit name and crime reference 09/441207/26 were logged with the request.')],
    [TIKTOK('Your operation (Op Sandpiper) and file reference 11/552019/26 are on record.')],
  ])('reads only the preservation reference: %s', (text) => {
    expect(read(text).references).toEqual(['TT-PR-2611-9917']);
  });

  it.each([
    // The provider's own number after "our": the provider's reference, as before.
    [TIKTOK('We have noted your request and our reference TT-PR-2611-9917 applies to it.'), ['TT-PR-2611-9917']],
    // A clause with its own verb between the possessive and the noun: as before.
    [TIKTOK('Your request was received and case number TT-PR-2611-9917 was assigned.'), ['TT-PR-2611-9917']],
    // The addressee's noun alone, as before.
    [TIKTOK('Your crime reference 41/220914/26 has been noted.'), ['TT-PR-2611-9917']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const AMAZON_DE = (label: string) =>
  `Von: Amazon EU Law Enforcement <le-eu@amazon.example-le.com>\nDatum: Tue, 10 Nov 2026 08:15:27 +0100\nBetreff: Bestätigung der Datensicherung\n\nSehr geehrter Herr Kranz,\n\nhiermit bestätigen wir, dass die Daten des Kundenkontos wiesental.handel@web.de am 09.11.2026 gesichert wurden.\n\n${label}\n\nMit freundlichen Grüßen\nAmazon EU\n`;

describe("references: the first person's possessive before a file word the agency's label table holds ('Unser Aktenzeichen:', 'Nuestro expediente:', 'Notre dossier n°') makes it the provider's own label, not the agency's", () => {
  it.each([
    [AMAZON_DE('Unser Aktenzeichen: AEU-LER-2026-04417\nIhr Aktenzeichen: ST/0455873/2026'), ['AEU-LER-2026-04417']],
    [AMAZON_DE('Nuestro expediente: AEU-LER-2026-04418\nSu referencia: DP-2026-8812'), ['AEU-LER-2026-04418']],
    [AMAZON_DE('Notre dossier n° AEU-LER-2026-04419\nVotre référence : PV-2026-00991'), ['AEU-LER-2026-04419']],
  ])('reads the provider\'s number: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // The agency's file word with no possessive, beside the provider's reference: as before.
    [AMAZON_DE('Referenz: AEU-LER-2026-04420\nAktenzeichen: ST/0455874/2026'), ['AEU-LER-2026-04420']],
    // The addressee's possessive: the agency's, as before.
    [AMAZON_DE('Referenz: AEU-LER-2026-04421\nIhr Aktenzeichen: ST/0455875/2026'), ['AEU-LER-2026-04421']],
    // "Su expediente" is the agency's, as before.
    [AMAZON_DE('Referencia: AEU-LER-2026-04422\nSu expediente: DP-2026-8813'), ['AEU-LER-2026-04422']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const APPLE_EXT = (lines: string) =>
  `From: Apple Law Enforcement <lawenforcement@apple.example.com>\nDate: Wed, 25 Nov 2026 10:18:44 -0800\nSubject: Preservation Extension\n\nApple has extended the preservation of data associated with the Apple Account listed below.\n\n  Apple Account:            brightmoor.atelier@icloud.com\n${lines}\n\nThe data will be retained for an additional 90 days.\n`;

describe("references: the extension's own number under 'Extension Reference No.:' or 'New reference for this extension:' is the new reference, the earlier one its extension's", () => {
  it.each([
    [APPLE_EXT('  Original Reference No.:   PRV-2026-398111\n  Extension Reference No.:  PRV-2026-462208\n  Extension processed:      November 24, 2026')],
    [APPLE_EXT('Original preservation reference: PRV-2026-398111\nNew reference for this extension: PRV-2026-462208')],
    [APPLE_EXT('  Original Case No.:   PRV-2026-398111\n  Extension Case No.:  PRV-2026-462208')],
  ])('reads the new reference: %s', (text) => {
    expect(read(text).references).toEqual(['PRV-2026-462208']);
  });

  it.each([
    // "Extension reference:" as before.
    [APPLE_EXT('Original reference: PRV-2026-398111\nExtension reference: PRV-2026-462208'), ['PRV-2026-462208']],
    // The same reference kept: as before.
    [APPLE_EXT('Reference: PRV-2026-398111 (unchanged)'), ['PRV-2026-398111']],
    // "New reference:" as before.
    [APPLE_EXT('Previous reference: PRV-2026-398111\nNew reference: PRV-2026-462208'), ['PRV-2026-462208']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const META_ES = (subject: string, line: string) =>
  `De: Meta Law Enforcement Response Team <lert-emea@meta.example-notify.com>\nFecha: 3 de noviembre de 2026, 16:44:10 CET\nPara: Agente Lucía Prado <l.prado@policia.example.es>\nAsunto: ${subject}\n\nEstimada agente:\n\nLe confirmamos que el 2 de noviembre de 2026 hemos conservado los datos del perfil de Instagram olas.de.cabo_22 (ID de usuario 58810233948).\n${line}\n\nAtentamente,\nMeta Platforms Ireland Ltd.\n`;

describe("references: a Romance file or request noun with its number's abbreviation ('Solicitud de conservación n.º 1194420873316602', 'pedido n.º …', 'demande n° …') labels the number as 'No.' does", () => {
  it.each([
    [META_ES('Solicitud de conservación n.º 1194420873316611', ''), '1194420873316611'],
    [META_ES('Conservação de dados', 'Pedido n.º 1204471189220599 registado.'), '1204471189220599'],
    [META_ES('Conservation des données', 'Demande n° 4412098755 traitée.'), '4412098755'],
  ])('reads the numbered reference: %s', (text, expected) => {
    expect(read(text).references).toEqual([expected]);
  });

  it.each([
    // The addressee's request's number: the agency's, none read, as before.
    [META_ES('Conservación de datos', 'Su solicitud n.º 2026/118823 ha sido tramitada.'), []],
    // A number after a colon label: as before.
    [META_ES('Conservación de datos', 'Número de solicitud: 1194420873316612'), ['1194420873316612']],
    // A court's process number, dotted on: the agency's, none read, as before.
    [META_ES('Conservación de datos', 'Processo nº 0804471-22.2026.8.20.0001 (informado pela autoridade)'), []],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const CONVERSATION = (stamp: string) =>
  `Preservation request - @lanternfish.daily                Inbox\n\nTikTok Law Enforcement Response <lert@tiktok.example-le.com>\n                                      ${stamp}\n\nDear Sgt. Holm,\n\nWe preserved the account information for the TikTok account @lanternfish.daily yesterday, under preservation reference TT-PRV-2026-7730188.\n\nKind regards,\nTikTok Law Enforcement Response Team\n`;

describe("e-mail date: a conversation view's stamp with its recipients run on after the time ('Nov 3, 2026, 6:52 AM (3 weeks ago) to me', 'para mí', 'an mich') dates the message, as the stamp over its own line of recipients does", () => {
  it.each([
    [CONVERSATION('Nov 3, 2026, 6:52 AM (3 weeks ago) to me'), '2026-11-03', '2026-11-02'],
    [CONVERSATION('3 nov 2026, 6:52 (hace 3 semanas) para mí'), '2026-11-03', null],
    [CONVERSATION('3. Nov. 2026, 06:52 (vor 3 Wochen) an mich'), '2026-11-03', null],
  ])('reads the date: %s', (text, emailDate, preservedOn) => {
    const r = read(text);
    expect(r.emailDate).toBe(emailDate);
    if (preservedOn) expect(r.preservedOn).toBe(preservedOn);
  });

  it.each([
    // A stamp run on by another word than a recipients' line ("Reply"): no date, as before.
    [CONVERSATION('Nov 3, 2026, 6:52 AM (3 weeks ago) Reply'), null],
    // A stamp alone under the sender, as before.
    [CONVERSATION('Nov 3, 2026, 6:52 AM (3 weeks ago)'), '2026-11-03'],
    // No stamp: no date, as before.
    [CONVERSATION('to me'), null],
  ])('reads as before: %s', (text, emailDate) => {
    expect(read(text).emailDate).toBe(emailDate);
  });
});

const EXPORT = (first: string, last: string) =>
  `Ticket #LE-2026-4519977 - conversation history (oldest first)\n\n[1] ${first}\nWe have received your preservation request. Reference: LE-2026-4519977.\nStatus: Pending review.\n\n[2] ${last}\nThank you. The account https://x.com/tallowreed_9 has been preserved. Reference: LE-2026-4519977.\n`;

describe("e-mail date: a header line whose From field runs on into the Date field after a tab or a gap ('[4] From: X Legal <noreply@…>  Date: Thu, 12 Nov 2026 09:58:31 -0800') is two fields, the date the message's", () => {
  it.each([
    [EXPORT('From: X Legal <legal@x.com>  Date: Mon, 9 Nov 2026 10:15:00 -0800', 'From: X Legal <legal@x.com>  Date: Thu, 12 Nov 2026 09:58:31 -0800'), '2026-11-12'],
    [EXPORT('From: X Legal <legal@x.com>\tDate: Mon, 9 Nov 2026 10:15:00 -0800', 'From: X Legal <legal@x.com>\tSent: Thu, 12 Nov 2026 09:58:31 -0800'), '2026-11-12'],
    [EXPORT('Von: X Legal <legal@x.com>   Datum: Mon, 9 Nov 2026 10:15:00 -0800', 'Von: X Legal <legal@x.com>   Datum: Thu, 12 Nov 2026 09:58:31 -0800'), '2026-11-12'],
  ])('reads the date: %s', (text, emailDate) => {
    expect(read(text).emailDate).toBe(emailDate);
  });

  it.each([
    // The fields parted by a bar, as before.
    [EXPORT('From: X Legal <legal@x.com> | Date: Mon, 9 Nov 2026 10:15:00 -0800', 'From: X Legal <legal@x.com> | Date: Thu, 12 Nov 2026 09:58:31 -0800'), '2026-11-12'],
    // The fields on lines of their own, as before.
    [EXPORT('From: X Legal <legal@x.com>\nDate: Mon, 9 Nov 2026 10:15:00 -0800', 'From: X Legal <legal@x.com>\nDate: Thu, 12 Nov 2026 09:58:31 -0800'), '2026-11-12'],
    // A gap before a word that names no field: no date, as before.
    [EXPORT('From: X Legal <legal@x.com>  Status: open', 'From: X Legal <legal@x.com>  Status: closed'), null],
  ])('reads as before: %s', (text, emailDate) => {
    expect(read(text).emailDate).toBe(emailDate);
  });
});

const LINKEDIN_FR = (sentence: string) =>
  `De : LinkedIn Law Enforcement <le-response@linkedin.example-mail.com>\nEnvoyé : lundi 16 novembre 2026 11:02\nÀ : MARCHAND Élodie <elodie.marchand@interieur.example.fr>\nObjet : RE: Demande de conservation\n\nMadame,\n\n${sentence}\n\nhttps://www.linkedin.com/in/sabine-orme-7c1d22\n\nRéférence LinkedIn : LI-PRS-662044\n\nCordialement,\nLinkedIn\n`;

describe("dates: 'à compter du' and 'à partir du' before a date give it its role as 'as of' does (a word opening with 'à' is bounded by no letter before it: \\b found none)", () => {
  it.each([
    [LINKEDIN_FR('Nous vous confirmons la conservation des données du profil suivant à compter du\n13/11/2026 :'), '2026-11-13'],
    [LINKEDIN_FR('Nous vous confirmons la conservation des données du profil suivant à partir du 12 novembre 2026 :'), '2026-11-12'],
    [LINKEDIN_FR('Conservation des données du profil suivant, à compter du 14/11/2026 :'), '2026-11-14'],
  ])('reads the stated date: %s', (text, expected) => {
    expect(read(text).preservedOn).toBe(expected);
  });

  it.each([
    // "le" before the date, as before.
    [LINKEDIN_FR('Nous avons conservé les données du profil suivant le 13/11/2026 :'), '2026-11-13'],
    // "depuis le", as before.
    [LINKEDIN_FR('Les données du profil suivant sont conservées depuis le 12/11/2026 :'), '2026-11-12'],
    // A duration after "à compter de": no date from it, the e-mail's date, as before.
    [LINKEDIN_FR('Les données du profil suivant sont conservées pendant 90 jours à compter de ce jour :'), '2026-11-16'],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).preservedOn).toBe(expected);
  });
});

const UBER_IT = (sentence: string) =>
  `Da: Uber Law Enforcement Response Team <lert@uber.com>\nInviato: mercoledì 4 novembre 2026 17:48\nA: Ispettore Marco Zanetti <m.zanetti@questura.example.it>\nOggetto: Re: Richiesta di conservazione dati [UBR-PR-441955]\n\nGentile Ispettore,\n\n${sentence}\n\n - numero di telefono: +39 333 555 0177\n\nRiferimento Uber: UBR-PR-441955\n\nCordiali saluti,\nUber LERT\n`;

describe("dates: the Italian and Portuguese verbs of seeing to something ('abbiamo provveduto alla conservazione', 'providenciamos a preservação') said of the preservation's noun date it, as 'procedido a la conservación' does", () => {
  it.each([
    [UBER_IT('confermiamo che in data 3 novembre 2026 abbiamo provveduto alla\nconservazione dei dati relativi al seguente account Uber:'), '2026-11-03'],
    [UBER_IT('Il 2 novembre 2026 abbiamo provveduto alla conservazione dei dati del seguente account:'), '2026-11-02'],
    [UBER_IT('Em 1 de novembro de 2026 providenciamos a preservação dos dados da seguinte conta:'), '2026-11-01'],
  ])('reads the stated date: %s', (text, expected) => {
    expect(read(text).preservedOn).toBe(expected);
  });

  it.each([
    // "conservato" after the date, as before.
    [UBER_IT('In data 3 novembre 2026 abbiamo conservato i dati del seguente account:'), '2026-11-03'],
    // The request's day, another verb: the e-mail's date, as before.
    [UBER_IT('La richiesta del 2 novembre 2026 è stata ricevuta; abbiamo conservato i dati del seguente account:'), '2026-11-04'],
    // "provveduto" said of another thing than the preservation: the e-mail's date, as before.
    [UBER_IT('In data 2 novembre 2026 abbiamo provveduto a rispondere. Abbiamo conservato i dati del seguente account:'), '2026-11-04'],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).preservedOn).toBe(expected);
  });
});

const TICKET = (gap: string, officerText: string) =>
  `Subject: RE: [LESS] Extension of Preservation SNAP-PRSV-26-118377\n\n--- Reply above this line ---\n\nSnap Inc. Law Enforcement Operations${gap}Nov 18, 2026, 4:12 PM PST\n\nHello Officer Vance,\n\nWe have processed your extension request. The preservation for the Snapchat account below has been extended for an additional 90 days.\n\nReference: SNAP-PRSV-26-118377\nUsername: saltpetrel_q\nExtension processed: November 18, 2026\n\nRegards,\nSnap LEO\n\nOfficer R. Vance${gap}Nov 16, 2026, 10:40 AM EST\n\n${officerText}\n\nSnap Inc. Law Enforcement Operations${gap}Nov 16, 2026, 7:41 AM PST\n\nThis is an automated reply. We have received your message.\n`;

describe("blocks: a help desk's export whose updates head each a display name and its stamp parted by a tab or a gap of blanks ('Snap Inc. Law Enforcement Operations          Nov 18, 2026, 4:12 PM PST') is a thread of messages, as with a comma or a dash", () => {
  it.each([
    [TICKET('          ', 'Please extend the preservation under SNAP-PRSV-26-118377 (originally preserved August 25, 2026) for the account saltpetrel_q.')],
    [TICKET('\t', 'Please extend the preservation under SNAP-PRSV-26-118377 (originally preserved August 25, 2026) for the account saltpetrel_q.')],
    [TICKET('    ', 'The account saltpetrel_q was originally preserved on August 24, 2026; please extend SNAP-PRSV-26-118377.')],
  ])("reads no original date from the officer's update: %s", (text) => {
    const r = read(text);
    expect(r.preservedOn).toBeNull();
    expect(r.references).toEqual(['SNAP-PRSV-26-118377']);
  });

  it.each([
    // The name and the stamp parted by a comma, as before.
    [TICKET(', ', 'Please extend the preservation under SNAP-PRSV-26-118377 (originally preserved August 25, 2026).'), null],
    // A dash, as before.
    [TICKET(' - ', 'Please extend the preservation under SNAP-PRSV-26-118377 (originally preserved August 25, 2026).'), null],
    // One gap-parted line alone is no thread: a notice's line, as before.
    ['Snap Inc. Law Enforcement Operations          Nov 18, 2026, 4:12 PM PST\n\nThe account saltpetrel_q was preserved on November 17, 2026. Reference: SNAP-PRSV-26-118378.\n', '2026-11-17'],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).preservedOn).toBe(expected);
  });
});

const X_SUBJECT = (subject: string) =>
  `From: X Legal <legal-requests@x.com>\nDate: Fri, 30 Oct 2026 03:10:00 +0100\nTo: asp. Tomasz Wróbel <t.wrobel@example-policja.pl>\nSubject: ${subject}\n\nYour preservation request has been processed.\n\nWe preserved the account @odra_nocturne (ID 1620033981144530977) on Oct 29, 2026. The data will be retained for 90 days.\n\nX Corp. Legal\n`;

describe("references: a file word a ticket system writes in the subject's brackets ('[Case 0191-07326]', '[Request 0099-118840]') names the reference, six digits at least, as '[GitHub #3318072]' does", () => {
  it.each([
    [X_SUBJECT('X preservation request processed [Case 0191-07377]'), '0191-07377'],
    [X_SUBJECT('Preservation complete [Request 0099-118840]'), '0099-118840'],
    [X_SUBJECT('Preservation complete [Case 26-0311-4471]'), '26-0311-4471'],
  ])('reads the subject\'s reference: %s', (text, expected) => {
    expect(read(text).references).toEqual([expected]);
  });

  it.each([
    // The provider's name and '#', as before.
    [X_SUBJECT('Preservation complete [X #3318072]'), ['3318072']],
    // A short number in the brackets: none, as before.
    [X_SUBJECT('Preservation complete [Case 4471]'), []],
    // Brackets holding words: none, as before.
    [X_SUBJECT('Preservation complete [Case closed]'), []],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const X_TABLE = (head: string, rows: string) =>
  `X Corp. Legal Requests\n\nYour preservation extension has been processed\n\nWe have processed your request to extend the preservation described below.\n\n${head}\n${rows}\n\nExtension processed: November 12, 2026\nRecords will be retained for an additional 90 days.\n`;

describe("references: a table column whose header names its numbers the new or the earlier ones ('New case number', 'Previous case number', 'Original reference') says so of each of its values in an extension", () => {
  it.each([
    [X_TABLE('New case number\tPrevious case number\tAccount\tStatus', 'LE-1172977\tLE-1098877\t@quietloch_ltd\tExtended'), ['LE-1172977']],
    [X_TABLE('| New case number | Previous case number | Account |', '| LE-1172978 | LE-1098878 | @quietloch_b |'), ['LE-1172978']],
    [X_TABLE('Account\tOriginal reference\tNew reference', '@quietloch_c\tLE-1098879\tLE-1172979'), ['LE-1172979']],
  ])('reads the new reference only: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // A column that says neither: each reference, as before.
    [X_TABLE('Case number\tAccount\tStatus', 'LE-1172980\t@quietloch_d\tExtended'), ['LE-1172980']],
    // The earlier number in a labelled line, the new one in a table that says neither, as before.
    [X_TABLE('Previous case: LE-1098881\n\nCase number\tAccount', 'LE-1172981\t@quietloch_e'), ['LE-1172981']],
    // A single reference kept, its column 'Reference (unchanged)', as before.
    [X_TABLE('Reference (unchanged)\tAccount', 'LE-1172982\t@quietloch_f'), ['LE-1172982']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});
