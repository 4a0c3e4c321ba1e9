import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 31 (dev19: accounts and the strings that look like them): each shown on invented mail, with probes
 * that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

describe("signatures: a sign-off opened by a preposition or an adjective ('Com os melhores cumprimentos,', 'Freundliche Grüße', 'Z wyrazami szacunku') ends the provider's text as 'Kind regards,' does", () => {
  it.each([
    [
      'De: Binance Law Enforcement <le-response@binance.com>\nEnviada: quinta-feira, 12 de novembro de 2026 10:02\nPara: Inspetor Rui Almeida <rui.almeida@pj.example.pt>\nAssunto: RE: Pedido de preservação\n\nCaro Inspetor Almeida,\n\nConfirmamos que a Binance preservou, em 2026-11-11, os dados da conta UID 48817205.\n\nReferência Binance: BN-PRV-20261111-0412\n\nCom os melhores cumprimentos,\nBinance Law Enforcement Team\n\nRui Almeida | Inspetor | Polícia Judiciária | +351 21 555 0188\n',
      ['48817205'],
    ],
    [
      'Von: Meta Platforms <records@fb.com>\nGesendet: Donnerstag, 12. November 2026 10:02\nAn: Jana Weber <jana.weber@polizei.example.de>\nBetreff: AW: Sicherungsersuchen\n\nSehr geehrte Frau Weber,\n\nwir haben die Daten des Kontos kranich.grau44 am 11.11.2026 gesichert. Unsere Referenz: 8841206611.\n\nFreundliche Grüße\nMeta Law Enforcement Response Team\n\nJana Weber | Kriminaloberkommissarin | LKA 5 | +49 30 5550 1122\n',
      ['kranich.grau44'],
    ],
    [
      'Od: Snap Law Enforcement <lawenforcement@snap.com>\nWysłano: czwartek, 12 listopada 2026 10:02\nDo: Anna Nowak <anna.nowak@policja.example.pl>\nTemat: RE: Zabezpieczenie danych\n\nDzień dobry,\n\nWe have preserved the account czapla_szara7 on November 11, 2026. Reference: SNAP-PR-20261111-0219.\n\nZ wyrazami szacunku,\nSnap Law Enforcement Operations\n\nAnna Nowak | aspirant | KWP Kraków | tel. +48 22 555 01 44\n',
      ['czapla_szara7'],
    ],
  ])("reads the provider's accounts, not the officer's phone under the sign-off: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The English sign-off, as before.
    [
      'From: Binance Law Enforcement <le-response@binance.com>\nDate: Thu, 12 Nov 2026 10:02:11 +0000\nTo: rui.almeida@pj.example.pt\nSubject: RE: Preservation\n\nHello,\n\nBinance preserved the account UID 48817206 on 2026-11-11. Reference: BN-PRV-20261111-0413\n\nKind regards,\nBinance Law Enforcement Team\n\nRui Almeida | Inspector | PJ | +351 21 555 0189\n',
      ['48817206'],
    ],
    // The words opening a line that goes on as a sentence are no sign-off: the accounts after it are read.
    [
      'Von: Meta Platforms <records@fb.com>\nGesendet: Donnerstag, 12. November 2026 10:02\nAn: Jana Weber <jana.weber@polizei.example.de>\nBetreff: AW: Sicherungsersuchen\n\nFreundliche Grüße an das Team. Wir haben am 11.11.2026 folgende Konten gesichert:\n\n- kranich.grau45@gmail.com\n- reiher.blau46@gmail.com\n\nUnsere Referenz: 8841206612\n',
      ['kranich.grau45@gmail.com', 'reiher.blau46@gmail.com'],
    ],
    // Greetings sent on to someone inside a sentence, with the account after it in the same paragraph.
    [
      'De: Binance Law Enforcement <le-response@binance.com>\nEnviada: quinta-feira, 12 de novembro de 2026 10:02\nPara: Inspetor Rui Almeida <rui.almeida@pj.example.pt>\nAssunto: RE: Pedido\n\nCom os melhores cumprimentos da equipa: preservámos em 2026-11-11 a conta UID 48817207.\n\nReferência Binance: BN-PRV-20261111-0414\n',
      ['48817207'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("tables stacked one cell a line: after the notice's fields, each label over its value, and a heading, the table at the block's end ('Request ID⏎KDX-…⏎Status⏎Preserved⏎Preserved accounts⏎User ID⏎Username⏎9182…⏎nightjar⏎…') is read as a table", () => {
  it.each([
    [
      'Discord Law Enforcement\nPreservation Request Completed\n\nYour preservation request has been completed.\n\nRequest ID\nKDX-DSC-55120031\nStatus\nPreserved\nDate preserved\n2026-11-12\nPreserved accounts\nUser ID\nUsername\n830129384756102938\nmoth.lantern\n930129384756102931\nreedfox#0412\n\nDiscord will retain the preserved records for 90 days.\n',
      ['830129384756102938', 'moth.lantern', '930129384756102931', 'reedfox#0412'],
    ],
    [
      'Snap Inc. Law Enforcement Portal\n\nIhre Sicherungsanfrage wurde abgeschlossen.\n\nAnfrage-ID\nSNAP-PR-20261112-0412\nDatum der Sicherung\n12.11.2026\nGesicherte Konten\nBenutzername\nE-Mail\nheron_grau21\nheron.grau21@gmail.com\nkranich_blau22\nkranich.blau22@gmail.com\n\nDie Daten werden 180 Tage aufbewahrt.\n',
      ['heron_grau21', 'heron.grau21@gmail.com', 'kranich_blau22', 'kranich.blau22@gmail.com'],
    ],
    [
      'Roblox Law Enforcement\n\nVotre demande de conservation a été traitée.\n\nNuméro de demande\nRBX-LE-2026-5521\nStatut\nConservé\nDate de conservation\n12/11/2026\nComptes conservés\nIdentifiant\nNom d\'utilisateur\n4410029381\nLuneGrise_77\n4410029382\nLuneBleue_78\n\nLes données seront conservées pendant 90 jours.\n',
      ['4410029381', 'LuneGrise_77', '4410029382', 'LuneBleue_78'],
    ],
  ])('reads every account of the table: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The table parted from the fields by a blank line: read as before.
    [
      'Discord Law Enforcement\n\nYour preservation request has been completed.\n\nRequest ID\nKDX-DSC-55120032\nDate preserved\n2026-11-12\n\nUser ID\nUsername\n830129384756102939\nmoth.ferry\n930129384756102932\nreedowl#0413\n',
      ['830129384756102939', 'moth.ferry', '930129384756102932', 'reedowl#0413'],
    ],
    // Fields only, each label over its value: the one account, as before.
    [
      'Kodex notification\n\nYour preservation request has been completed.\n\nRequest ID\nKDX-DSC-55120033\nUsername\nmoth.harbour\nStatus\nPreserved\nDate preserved\n2026-11-12\n',
      ['moth.harbour'],
    ],
    // Fields, then a heading over one labelled value: no table, as before.
    [
      'Kodex notification\n\nYour preservation request has been completed.\n\nRequest ID\nKDX-DSC-55120034\nStatus\nPreserved\nPreserved account\nE-mail\nmoth.quay@gmail.com\n',
      ['moth.quay@gmail.com'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: a bare 'ID:' opening a line or a list item ('  - ID: 1239987765400112233 (username: gloomfern)') labels the account's number", () => {
  it.each([
    [
      'From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:14:51 -0500\nTo: pc.rowe@police.example.co.uk\nSubject: Re: Preservation request\n\nHi PC Rowe,\n\nWe have preserved account information for the following user as of 11/12/2026:\n\n  - ID: 1239987765400119999 (username: mossfern)\n\nPreservation reference: DSC-PRES-2026-998411\n',
      ['1239987765400119999', 'mossfern'],
    ],
    [
      'From: Telegram Legal <abuse@telegram.org>\nDate: Thu, 12 Nov 2026 10:14:51 +0000\nTo: insp.varga@police.example.hu\nSubject: Preservation TG-LE-2611-0051\n\nHello,\n\nThe following accounts were preserved on 11 November 2026:\n\n1. ID: 5512093384 (@lark_reed)\n2. ID: 5512093391 (@reed_lark)\n\nReference: TG-LE-2611-0051\n',
      ['5512093384', '@lark_reed', '5512093391', '@reed_lark'],
    ],
    [
      'TikTok Law Enforcement\n\nHola,\n\nHemos conservado el 11 de noviembre de 2026 los datos de las cuentas:\n\n• ID: 6998120447301551234\n• ID: 6998120447301554321\n\nReferencia: TT-PRES-0093555\n',
      ['6998120447301551234', '6998120447301554321'],
    ],
  ])("reads the id and its name: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A message's id, its noun before 'ID': no account, as before.
    [
      'From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:14:51 -0500\nTo: pc.rowe@police.example.co.uk\nSubject: Re: Preservation request\n\nWe have preserved the account mossfern.two as of 11/12/2026.\n\nMessage ID: 1180012244556677889\nPreservation reference: DSC-PRES-2026-998412\n',
      ['mossfern.two'],
    ],
    // A bare 'ID:' over a request's token, no number: no account, as before.
    [
      'Kodex notification\n\nYour preservation request has been completed on 2026-11-12.\n\n- ID: KDX-DSC-77310999\n- Username: moth.quill7\n',
      ['moth.quill7'],
    ],
    // An 'ID card:' number: no account, as before.
    [
      'From: Uber LERT <lert@uber.com>\nDate: Thu, 12 Nov 2026 10:14:51 +0000\nTo: det.cole@pd.example.org\nSubject: Preservation LERT-3390277\n\nWe preserved the rider account rider.finch9@gmail.com on November 11, 2026.\nID card: 448812093\n',
      ['rider.finch9@gmail.com'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: a value given as an example of how to write one ('Example identifiers … should be formatted as appleid@example.com', 'z. B. …', 'par exemple …'), in a sentence of no preservation, is no account", () => {
  it.each([
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Wed, 4 Nov 2026 09:12:44 -0800\nTo: det.h.marlow@cyber.example.gov\nSubject: Preservation 52907199\n\nGoogle has preserved the account quietmoth.ferry@gmail.com as of November 3, 2026. Reference: 52907199.\n\nWhen you list accounts in future requests, write each address in full, for example jane.doe.1980@gmail.com.\n',
      ['quietmoth.ferry@gmail.com'],
    ],
    [
      'Von: Microsoft Law Enforcement <lens@microsoft.com>\nGesendet: Mittwoch, 4. November 2026 09:12\nAn: kok.brandt@polizei.example.de\nBetreff: Sicherung GCC-2611-044201\n\nWir haben das Konto reiher.mond7@outlook.de am 03.11.2026 gesichert. Referenz: GCC-2611-044201.\n\nKonten und Kennungen in Ersuchen bitte vollständig angeben, zum Beispiel max.muster1980@outlook.de oder +49 151 00000000.\n',
      ['reiher.mond7@outlook.de'],
    ],
    [
      'De : Yahoo Legal <legal@yahooinc.com>\nEnvoyé : mercredi 4 novembre 2026 09:12\nÀ : capitaine.marin@gendarmerie.example.fr\nObjet : Conservation Y-26-1104-0091\n\nNous avons conservé le compte heron_lune41@yahoo.fr le 3 novembre 2026. Référence : Y-26-1104-0091.\n\nLes identifiants de compte doivent être indiqués en entier, par exemple prenom.nom1980@yahoo.fr.\n',
      ['heron_lune41@yahoo.fr'],
    ],
  ])("reads the preserved account, not the example: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The example's word in a sentence of preservation: its accounts, as before.
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Wed, 4 Nov 2026 09:12:44 -0800\nTo: det.h.marlow@cyber.example.gov\nSubject: Preservation 52907198\n\nFor example, we have preserved the accounts quietmoth.one@gmail.com and quietmoth.two@gmail.com as of November 3, 2026. Reference: 52907198.\n',
      ['quietmoth.one@gmail.com', 'quietmoth.two@gmail.com'],
    ],
    // The example in the sentence before the account's: the account, as before.
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Wed, 4 Nov 2026 09:12:44 -0800\nTo: det.h.marlow@cyber.example.gov\nSubject: Preservation 52907197\n\nSee the example in our guide. Google has preserved the account quietmoth.three@gmail.com as of November 3, 2026. Reference: 52907197.\n',
      ['quietmoth.three@gmail.com'],
    ],
    // Accounts at an example domain, one after the other: both, as before.
    [
      'From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Wed, 4 Nov 2026 09:12:44 -0500\nTo: pc.rowe@police.example.co.uk\nSubject: Preservation DSC-PRES-2026-998501\n\nWe have preserved the accounts registered to heron.one@example.net and finch.two@example.net as of 11/03/2026. Reference: DSC-PRES-2026-998501.\n',
      ['heron.one@example.net', 'finch.two@example.net'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: an address under an offer of help ('Need help? lert@… | Manage notifications | Unsubscribe', 'Brauchen Sie Hilfe?', 'Besoin d\\'aide ?') is the provider's, as under 'Questions?'", () => {
  it.each([
    [
      'Snap Law Enforcement Portal\nPreservation Request Update\n\nRequest ID:\tSNAP-PR-20261102-0771\nStatus:\tCompleted - Data Preserved\nPreserved:\t11/02/2026\n\nAccount\tIdentifier type\nlilac_ferry7\tUsername\n\nYour agency reference: SPD-26-1141\nSnap Inc., 3000 31st St, Santa Monica, CA 90405\nNeed help? le-help@portal-desk.example.com | Manage notifications | Unsubscribe\n',
      ['lilac_ferry7'],
    ],
    [
      'Kodex-Benachrichtigung\n\nIhre Sicherungsanfrage wurde abgeschlossen.\n\nAnfrage-ID:\tKDX-DSC-77319001\nGesichert am:\t02.11.2026\n\nKonto\tTyp\nreiher.grau8\tBenutzername\n\nIhr Aktenzeichen: 4410 Js 1203/26\nBrauchen Sie Hilfe? hilfe-le@kodex.example.com | Benachrichtigungen verwalten | Abmelden\n',
      ['reiher.grau8'],
    ],
    [
      'Notification Kodex\n\nVotre demande de conservation est terminée.\n\nIdentifiant de la demande :\tKDX-DSC-77319002\nConservé le :\t02/11/2026\n\nCompte\tType\nheron.lune9\tNom d\'utilisateur\n\nVotre référence : PV 2026/118\nDiscord Inc., 444 De Haro St, San Francisco, CA 94107\nBesoin d\'aide ? aide-le@portal-desk.example.com | Se désabonner\n',
      ['heron.lune9'],
    ],
  ])("reads the account, not the address offered for help: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A row of the account with no offer of help: as before.
    [
      'Snap Law Enforcement Portal\n\nYour request SNAP-PR-20261102-0772 was completed; data preserved on 11/02/2026.\n\nAccount | heron.sky@gmail.com | Preserved\n',
      ['heron.sky@gmail.com'],
    ],
    // "to help" in the sentence of preservation: the account, as before.
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Wed, 4 Nov 2026 09:12:44 -0800\nTo: det.h.marlow@cyber.example.gov\nSubject: Preservation 52907196\n\nTo help your investigation, Google has preserved the account quietmoth.four@gmail.com as of November 3, 2026. Reference: 52907196.\n',
      ['quietmoth.four@gmail.com'],
    ],
    // The offer of help on its own line above the account's: the account, as before.
    [
      'Snap Law Enforcement Portal\n\nYour request SNAP-PR-20261102-0773 was completed on 11/02/2026.\nNeed help? Reply to this e-mail.\nPreserved account: heron.dusk@gmail.com\n',
      ['heron.dusk@gmail.com'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: an account whose preservation the rest of its sentence makes wait on another request ('… is owned by a different user, and we would need a separate request … before we can preserve it') was not preserved", () => {
  it.each([
    [
      'From: GitHub Legal Support <legal-support@github.com>\nDate: Tue, 3 Nov 2026 12:31:09 +0000\nTo: mira.holt@nca.example.gov.uk\nSubject: Re: Preservation request\n\nHi Mira,\n\nAs at 2 November 2026 we have preserved the account of the GitHub user:\n\n- login: northridge-dev (user id 90218899)\n\nThe organisation "northridge-labs" you named belongs to another user, and we would need a separate request naming that user before we can preserve it. Our reference is GH-PRES-2026-1103-02.\n',
      ['northridge-dev', '90218899'],
    ],
    [
      'Von: Meta Platforms <records@fb.com>\nGesendet: Dienstag, 3. November 2026 10:02\nAn: jana.weber@polizei.example.de\nBetreff: AW: Sicherungsersuchen\n\nWir haben das Konto kranich.nebel44 am 02.11.2026 gesichert. Unsere Referenz: 8841206677.\n\nDas Konto "moorfalke_22" gehört einer anderen Person; dafür bräuchten wir ein gesondertes Ersuchen.\n',
      ['kranich.nebel44'],
    ],
    [
      'De : Snap Law Enforcement <lawenforcement@snap.com>\nEnvoyé : mardi 3 novembre 2026 10:02\nÀ : capitaine.marin@gendarmerie.example.fr\nObjet : RE: Conservation\n\nNous avons conservé le compte heron_brume7 le 2 novembre 2026. Référence : SNAP-PR-20261102-0981.\n\nLe compte "lune_grise_8" appartient à un autre utilisateur et nous aurions besoin d\'une demande distincte pour le conserver.\n',
      ['heron_brume7'],
    ],
  ])("reads the preserved account, not the one waiting on another request: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The account's own clause speaks of its preservation, a new request only for its extension: as before.
    [
      'From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Tue, 3 Nov 2026 12:31:09 +0000\nTo: det.cole@pd.example.org\nSubject: Preservation SNAP-PR-20261102-0982\n\nWe have preserved the account heron_brume8 on November 2, 2026, but an extension would need a new request. Reference: SNAP-PR-20261102-0982.\n',
      ['heron_brume8'],
    ],
    // A further request needed in the next sentence, for other accounts: as before.
    [
      'From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Tue, 3 Nov 2026 12:31:09 +0000\nTo: det.cole@pd.example.org\nSubject: Preservation SNAP-PR-20261102-0983\n\nWe have preserved the account heron_brume9 on November 2, 2026. For any other account we would need a separate request. Reference: SNAP-PR-20261102-0983.\n',
      ['heron_brume9'],
    ],
    // A separate request named, none needed: as before.
    [
      'From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Tue, 3 Nov 2026 12:31:09 +0000\nTo: det.cole@pd.example.org\nSubject: Preservation SNAP-PR-20261102-0984\n\nThe account heron_brume10, listed in your separate request, was preserved on November 2, 2026. Reference: SNAP-PR-20261102-0984.\n',
      ['heron_brume10'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("references: with no label, a single capital before two hyphenated parts or more ('Y-26-1106-8843 - yahoo account: …') is a reference by its shape, as 'WA-P-6610923' is", () => {
  const refs = (text: string) => read(text).references;
  it.each([
    [
      'From: Yahoo Custodian of Records <lawenforcement@yahooinc.com>\nDate: Tue, 10 Nov 2026 08:30:12 -0500\nTo: pokonkwo@hsi.example.gov\nSubject: Yahoo Preservation\n\nYahoo Inc. confirms the following preservations, effective November 9, 2026:\n\nY-26-1110-5512 - yahoo account: finch_rae@yahoo.com\nY-26-1110-5513 - AOL account: rae.finch1980@aol.com\n\nYour case: HSI-NY-26-00977.\n',
      ['Y-26-1110-5512', 'Y-26-1110-5513'],
    ],
    [
      'Von: Microsoft Law Enforcement <lens@microsoft.com>\nGesendet: Dienstag, 10. November 2026 08:30\nAn: kok.brandt@polizei.example.de\nBetreff: Sicherung\n\nWir bestätigen die Sicherung vom 09.11.2026:\n\nM-26-1109-4471 – Konto: reiher.grau5@outlook.de\n',
      ['M-26-1109-4471'],
    ],
    [
      'Kik Law Enforcement\n\nPreservation completed on 2026-11-09 for the account heron_kik_77.\n\nK-2611-09-55120\n',
      ['K-2611-09-55120'],
    ],
  ])("reads the reference: %s", (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  it.each([
    // A postcode's single capital and one part, with no label: the shaped reference, as before.
    [
      'Microsoft Law Enforcement\n\nWe preserved the account reiher.grau6@outlook.de on November 9, 2026.\n\nMS-LE-2611-0414\n\nMicrosoft Deutschland GmbH, Walter-Gropius-Str. 5, D-80807 München\n',
      ['MS-LE-2611-0414'],
    ],
    // A single capital and one part, with no label: the shaped reference, as before.
    [
      'Kik Law Enforcement\n\nPreservation completed on 2026-11-09 for the account heron_kik_78 (order A-5512093).\n\nKIK-PR-99013\n',
      ['KIK-PR-99013'],
    ],
    // A labelled reference: a single capital's code elsewhere is none, as before.
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, 10 Nov 2026 08:30:12 -0800\nTo: det.h.marlow@cyber.example.gov\nSubject: Preservation\n\nGoogle has preserved the account quietmoth.five@gmail.com as of November 9, 2026 (form Z-26-0001-0002).\n\nReference: 41739299\n',
      ['41739299'],
    ],
  ])('reads the references as before: %s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });
});

describe("tables: a notice's fields pasted as two tab-parted cells a line, the first line's value a word ('Request type⇥Preservation - Extension⏎Accounts⇥…⏎Originally preserved⇥August 14, 2026'), are keys and values, no table's header over rows", () => {
  it.each([
    [
      'Amazon - Preservation Extension Completed\n\nYour request to extend preservation 2026-LE-0481600 has been completed.\n\nRequest ID\t2026-LE-0481600\nRequest type\tPreservation Extension\nAccount\tbuyer.heron77@gmail.com\nOriginal preservation date\t09/02/2026\nExtended on\t11/20/2026\nNew expiry\t02/18/2027\n',
      '2026-09-02',
    ],
    [
      'Reddit - Preservation Extension Completed\n\nYour request to extend preservation RDT-PRV-2026-10999 has been completed.\n\nRequest ID\tRDT-PRV-2026-10999\nRequest type\tPreservation - Extension\nAccounts\tu/Fen_Lark_7; u/Lark_Fen_8\nOriginally preserved\tSeptember 2, 2026\nExtended\tNovember 10, 2026\nPreservation expires\tFebruary 8, 2027\n',
      '2026-09-02',
    ],
    [
      'Zoom LERS\n\nPreservation Extension Processed\n\nRequest Number\tLE-PRV-0021999\nRequest Type\tPreservation Extension\nAccount\tharbour.lessons@gmail.com\nOriginal Preservation Date\t08/25/2026\nExtension Date\t11/19/2026\n',
      '2026-08-25',
    ],
  ])("reads the first preservation's date of its row: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // A two-column table parted by tabs, a value heading each row: its accounts, as before.
    [
      'TikTok Law Enforcement Portal\n\nRequest ID:\tLE-TT-2026-7710400\nPreserved:\t11/02/2026\n\nAccount\tIdentifier type\n@lilac.quay\tUsername\n6998120447301550000\tUser ID\n',
      ['@lilac.quay', '6998120447301550000'],
    ],
    // Fields as key and value with no word for a value on the first line: as before.
    [
      'Zoom LERS\n\nPreservation Processed\n\nRequest Number\tLE-PRV-0022000\nAccount\tharbour.keys@gmail.com\nPreservation Date\t11/19/2026\n',
      ['harbour.keys@gmail.com'],
    ],
    // A two-column table whose rows open with a date: as before.
    [
      'Snap Law Enforcement Portal\n\nReference: SNAP-PR-20261103-0991\n\nPreserved on\tAccount\n11/03/2026\theron.tab@gmail.com\n',
      ['heron.tab@gmail.com'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("messages: a thread's export that numbers each message and heads it with the sender and the stamp on one line ('[3] X Legal - Nov 2, 2026 15:20', '(2) Snap LE | 12 Nov 2026 10:05 UTC'), two such headers at least, is read message by message", () => {
  it.each([
    [
      'Ticket #XLR-0939001 - Preservation request\n=========================================\n\n[1] Officer Dana Roe <d.roe@sheriff.example.us> - Nov 1, 2026 09:02\nPlease preserve the account @fen_harrow_2. Case 26-SO-6001.\n\n[2] X Legal - Nov 3, 2026 15:20\nHello,\nWe have preserved the account @fen_harrow_2 on Nov 3, 2026. Preservation reference: X-PRES-26-442001.\nRegards, X Legal Policy\n',
      { providerId: 'x', emailDate: '2026-11-03' },
    ],
    [
      'Case export\n\n(1) Det. Carla Roe <c.roe@pd.example.org> | 10 Nov 2026 09:00 UTC\nPlease preserve the account fen_lark_9.\n\n(2) Snap LE | 12 Nov 2026 10:05 UTC\nWe preserved the account fen_lark_9 yesterday. Reference: SNAP-PR-20261111-0777.\n',
      { providerId: 'snap', emailDate: '2026-11-12' },
    ],
    [
      '#1 Agent Kim Park <k.park@hsi.example.gov> - Nov 16, 2026 08:15\nRequesting preservation of heron.kite44@gmail.com.\n\n#2 Google LIS - Nov 18, 2026 16:41\nGoogle has preserved the account heron.kite44@gmail.com. Reference: 52907444.\n',
      { providerId: 'google', emailDate: '2026-11-18' },
    ],
  ])("reads the provider's message with its sender and date: %s", (text, expected) => {
    const r = read(text);
    expect({ providerId: r.providerId, emailDate: r.emailDate }).toEqual(expected);
  });

  it.each([
    // One numbered line of a status history under a blank line: no thread, as before.
    [
      'Snap Law Enforcement\n\nStatus history\n\n[1] Preservation completed - Nov 2, 2026 15:20\n\nWe preserved the account fen_lark_10 on November 2, 2026. Reference: SNAP-PR-20261102-0778.\n',
      '2026-11-02',
    ],
    // Numbered headers with the stamp on the line under the sender's address: as before.
    [
      '[1] Det. Carla Roe <c.roe@pd.example.org>\n    10 Nov 2026, 09:00\nPlease preserve fen_lark_11.\n\n[2] Snap Law Enforcement <lawenforcement@snap.com>\n    12 Nov 2026, 10:05\nWe preserved the account fen_lark_11 on November 11, 2026. Reference: SNAP-PR-20261111-0779.\n',
      '2026-11-11',
    ],
    // An export one of whose numbered headers takes another shape (its stamp on a 'Date:' line): as before.
    [
      '[1] Det. Ana Roe <a.roe@police.example.gov.au> · Mon 2 Nov 2026 10:05 AEDT\nPlease preserve fen.kite@gmail.com.\n\n[2] Binance LE Support <no-reply@binance.com> · Mon 2 Nov 2026 07:06 +0800\nWe have received your request.\n\n[3] Binance LE Support <le-support@binance.com>\nDate: Tue, 10 Nov 2026 01:14:22 +0800\nSubject: Re: Preservation\n\nWe confirm that the records of the following account were preserved as at 09 November 2026 (UTC):\n\n  UID: 38820199\n\nPreservation case ID: LE-PRS-260999\n',
      '2026-11-09',
    ],
  ])('reads the date as before: %s', (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

describe("accounts: a line the line above runs on into at a comma ('Officer: Det. Con. Harriet Blaine,⏎harriet.blaine@…, 07700 900512', a copy wrapped at its width) is the officer's where that line names the officer", () => {
  it.each([
    [
      'WhatsApp LLC\nLaw Enforcement Response\n\nRequest number: 1209937716650001\nDate preserved: 10/22/2026\n\nPreserved account(s):\n+1 555 013 4401\n\nIf you have questions, contact us via https://www.whatsapp.com/records\nOfficer: Det. Con. Hattie Blane,\nhattie.blane@constabulary.example.uk, 07700 900513\n',
      ['+1 555 013 4401'],
    ],
    [
      'Telegram Legal\n\nThe account @moss_quay_7 was preserved on November 12, 2026. Reference: TG-LE-2611-0077.\n\nRequested by: Inspector Tomas Varga, Cyber Unit,\nt.varga@police.example.hu, +36 1 555 0199\n',
      ['@moss_quay_7'],
    ],
    [
      'Kik Law Enforcement\n\nPreservation completed on 2026-11-12 for the account heron_kik_79. Reference: KIK-PR-99077.\n\nSubmitted by Sergeant Ana Holt, Major Crimes,\nana.holt@pd.example.org, 555-0177\n',
      ['heron_kik_79'],
    ],
  ])("reads the account, not the officer's run-on line: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A sentence of preservation run on at a comma: its account, as before.
    [
      'Telegram Legal\n\nOfficer Varga, we preserved on November 12, 2026 the accounts\n@moss_quay_8 and @moss_quay_9. Reference: TG-LE-2611-0078.\n',
      ['@moss_quay_8', '@moss_quay_9'],
    ],
    // A line above ending at a comma that names no officer: the account, as before.
    [
      'Kik Law Enforcement\n\nPreservation completed on 2026-11-12, reference KIK-PR-99078, for the account below,\nheron_kik_80\n',
      ['heron_kik_80'],
    ],
    // The officer's line whole on one line: as before.
    [
      'WhatsApp LLC\n\nRequest number: 1209937716650002\nDate preserved: 10/22/2026\n\nPreserved account(s):\n+1 555 013 4402\n\nOfficer: Det. Con. Hattie Blane, hattie.blane@constabulary.example.uk, 07700 900514\n',
      ['+1 555 013 4402'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: an item of a list headed by a letter ('b) account … +39 06 5555 0198') that a later sentence names by its letter and denies ('per il punto b) non è stato individuato alcun account') was not preserved", () => {
  it.each([
    [
      'Da: Amazon Law Enforcement <le-response@amazon.com>\nInviato: giovedì 5 novembre 2026 10:02\nA: comm.rossi@questura.example.it\nOggetto: R: Richiesta di conservazione\n\nGentile Commissario,\n\nriepiloghiamo quanto richiesto:\n\n  a) account cliente associato all\'indirizzo e-mail lucia.verdi71@libero.it\n  b) account cliente associato al numero di telefono +39 06 5555 0177\n\nEsito:\n  - per l\'account di cui al punto a) i dati sono stati conservati in data 4 novembre 2026;\n  - per il punto b) non è stato individuato alcun account Amazon associato al numero indicato.\n\nNumero di caso Amazon: 77120493599\n',
      ['lucia.verdi71@libero.it'],
    ],
    [
      'From: Uber LERT <lert@uber.com>\nDate: Thu, 5 Nov 2026 10:02:11 +0000\nTo: det.cole@pd.example.org\nSubject: Preservation LERT-3390301\n\nYou asked us to preserve:\n\n(a) the rider account registered to rider.finch10@gmail.com\n(b) the rider account registered to the number +1 555 013 4490\n\nWe preserved item (a) on November 4, 2026. Item (b): no account was found for this number.\n\nReference: LERT-3390301\n',
      ['rider.finch10@gmail.com'],
    ],
    [
      'Von: Microsoft Law Enforcement <lens@microsoft.com>\nGesendet: Donnerstag, 5. November 2026 10:02\nAn: kok.brandt@polizei.example.de\nBetreff: Sicherung MS-LE-2611-0501\n\nIhr Ersuchen betraf:\n\na) das Konto mit der E-Mail-Adresse reiher.grau9@outlook.de\nb) das Konto mit der Telefonnummer +49 30 5550 1199\n\nZu Punkt a): die Daten wurden am 04.11.2026 gesichert. Zu Punkt b) wurde kein Konto gefunden.\n\nReferenz: MS-LE-2611-0501\n',
      ['reiher.grau9@outlook.de'],
    ],
  ])('reads the preserved item, not the denied one: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A point named by its letter and preserved: its account, as before.
    [
      'Da: Amazon Law Enforcement <le-response@amazon.com>\nInviato: giovedì 5 novembre 2026 10:02\nA: comm.rossi@questura.example.it\nOggetto: R: Richiesta di conservazione\n\nGentile Commissario,\n\nriepiloghiamo quanto richiesto:\n\n  a) account cliente associato all\'indirizzo e-mail lucia.verdi72@libero.it\n  b) account cliente associato all\'indirizzo e-mail lucia.verdi73@libero.it\n\nEsito:\n  - per l\'account di cui al punto a) i dati sono stati conservati in data 4 novembre 2026;\n  - per il punto b) i dati sono stati conservati in data 4 novembre 2026.\n\nNumero di caso Amazon: 77120493600\n',
      ['lucia.verdi72@libero.it', 'lucia.verdi73@libero.it'],
    ],
    // A numbered item denied by its number: as before.
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Thu, 5 Nov 2026 10:02:11 -0800\nTo: det.h.marlow@cyber.example.gov\nSubject: Preservation 52907501\n\nGoogle has preserved the following accounts as of November 4, 2026:\n\n(1) quietmoth.six@gmail.com\n(2) quietmoth.seven@gmail.com\n\nIdentifier (2) is not a Google account and nothing has been preserved for it. Reference: 52907501.\n',
      ['quietmoth.six@gmail.com'],
    ],
    // A denial naming another letter: every item, as before.
    [
      'From: Uber LERT <lert@uber.com>\nDate: Thu, 5 Nov 2026 10:02:11 +0000\nTo: det.cole@pd.example.org\nSubject: Preservation LERT-3390302\n\nYou asked us to preserve:\n\n(a) the rider account registered to rider.finch11@gmail.com\n(b) the rider account registered to rider.finch12@gmail.com\n\nWe preserved items (a) and (b) on November 4, 2026. Item (c): no account was found for this number.\n\nReference: LERT-3390302\n',
      ['rider.finch11@gmail.com', 'rider.finch12@gmail.com'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});
