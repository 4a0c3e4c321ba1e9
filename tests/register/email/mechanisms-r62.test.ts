import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 62 of the e-mail reader: each probe fails on the reader of 416b4e00, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const preservedOn = (text: string) => read(text).confirmations[0]?.preservedOn;
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

describe('a preservation dated from the arrival of the request: the next day, the same day said alone', () => {
  const german = (said: string) =>
    `Von: Kleinanzeigen Behördenanfragen <behoerdenanfragen@kleinanzeigen.de>\nDatum: Fri, 6 Nov 2026 09:14:27 +0100\nBetreff: Unser Zeichen KA-LE-2026-7719\n\nSehr geehrter Herr Rieländer,\n\nIhr Ersuchen vom 3. November 2026 ist am Mittwoch, 4. November 2026 bei uns eingegangen. ${said}\n\nNutzer-ID: 87702215\n\nBitte geben Sie unser Zeichen KA-LE-2026-7719 an.\n`;
  it('"am 4. November 2026 bei uns eingegangen … erfolgte am darauffolgenden Tag" is the 5th', () => {
    expect(preservedOn(german('Die Sicherung der vorhandenen Bestands- und Nutzungsdaten zu dem nachstehenden Nutzerkonto erfolgte am darauffolgenden Tag:'))).toMatchObject({ day: '2026-11-05', source: 'stated' });
  });
  it('"the following business day" after a Friday arrival is the Monday', () => {
    const text = 'From: Trust & Safety <lers@example-chat.com>\nDate: Tue, 10 Nov 2026 16:02:00 +0000\nSubject: Preservation LE-88213\n\nHello,\n\nYour request was received on Friday, 6 November 2026. We preserved the account quiet.heron the following business day.\n\nReference: LE-88213\n';
    expect(preservedOn(text)).toMatchObject({ day: '2026-11-09', source: 'stated' });
  });
  it('"reçue le lundi 9 novembre 2026 … conservées le jour même" is the 9th', () => {
    const text = 'De : Leboncoin <requisitions-judiciaires@leboncoin.fr>\nDate : 11 novembre 2026 à 10:14 UTC+1\nObjet : LBC-RJ-26-118042\n\nBonjour,\n\nNous accusons réception de votre réquisition reçue le lundi 9 novembre 2026. Les données relatives au compte ci-dessous ont été conservées le jour même.\n\nchalet.vercors@gmail.com\n\nNuméro de dossier : LBC-RJ-26-118042\n';
    expect(preservedOn(text)).toMatchObject({ day: '2026-11-09', source: 'stated' });
  });
  it('"recebido em 17/12/2026 … preservados no mesmo dia do recebimento" is the 17th, a numeric day that reads one way', () => {
    const text = 'From: Uber LERT <lert@uber.com>\nDate: Fri, 18 Dec 2026 14:07:00 -0300\nSubject: LERT-BR-7730418\n\nPrezado Delegado,\n\nAcusamos o recebimento do Ofício nº 0932/2026-DRCI, datado de 15/12/2026 e recebido em 17/12/2026.\n\nInformamos que os dados da conta abaixo foram preservados no mesmo dia do recebimento da solicitação:\n\nrider.costa88@gmail.com\n\nProtocolo: LERT-BR-7730418\n';
    expect(preservedOn(text)).toMatchObject({ day: '2026-12-17', source: 'stated' });
  });
  it('"We received your preservation request on Wednesday, November 18, 2026 and preserved the account … the same day we received it" is the 18th', () => {
    const text =
      'From: Coinbase Law Enforcement Response <lawenforcement@coinbase.com>\nDate: Fri, 20 Nov 2026 09:05:33 +0000\nSubject: Case Number 07731946\n\nWe received your preservation request on Wednesday, November 18, 2026 and\npreserved the account described below the same day we received it.\n\nCase Number: 07731946\n\nEmail: jarrah.miner88@example.com\n';
    expect(preservedOn(text)).toMatchObject({ day: '2026-11-18', source: 'stated' });
  });
  it('a day of its own between the preserving and "the same day" keeps its reading (look-alike)', () => {
    const text = 'From: Trust & Safety <lers@example-chat.com>\nDate: Tue, 10 Nov 2026 16:02:00 +0000\nSubject: Preservation LE-88213\n\nYour request was received on Friday, 6 November 2026. We preserved the account quiet.heron on 7 November 2026 and issued the reference the same day.\n\nReference: LE-88213\n';
    expect(preservedOn(text)).toMatchObject({ day: '2026-11-07' });
  });
  it('without an arrival, "the following day" gives no day (look-alike)', () => {
    const text = 'From: Trust & Safety <lers@example-chat.com>\nDate: Tue, 10 Nov 2026 16:02:00 +0000\nSubject: Preservation LE-88213\n\nYour request dated 2 November 2026 was preserved the following day.\n\nReference: LE-88213\n';
    expect(preservedOn(text)?.day).not.toBe('2026-11-03');
  });
});

describe("the date of a request for preservation, and of a court's decision, is not the preservation's", () => {
  const finn = (body: string) => `From: FINN <jur@finn.no>\nDate: Mon, 7 Dec 2026 10:21:37 +0100\nSubject: FINN-JUR-2026-3318\n\n${body}\n\nFINN-bruker: 492817733\n\nReferanse: FINN-JUR-2026-3318\n`;
  it('"anmodning om sikring av data datert 1. desember 2026 … ble sikret fredag 4. desember 2026" is the 4th', () => {
    expect(preservedOn(finn('Vi viser til deres anmodning om sikring av data datert 1. desember 2026, mottatt hos oss 2. desember 2026.\n\nVi bekrefter at følgende data ble sikret fredag 4. desember 2026:'))?.day).toBe('2026-12-04');
  });
  it('"your request for preservation dated December 1, 2026" stays the request\'s (look-alike)', () => {
    expect(preservedOn(finn('Thank you for your request for preservation dated December 1, 2026.\n\nThe data below was preserved on December 3, 2026.'))?.day).toBe('2026-12-03');
  });
  it('"a hold, dated 2 December" is still the preservation\'s (look-alike)', () => {
    expect(preservedOn(finn('We placed the account under a preservation hold, dated 2 December 2026.'))?.day).toBe('2026-12-02');
  });
  it('"Sicherung von Verkehrsdaten⏎Beschluss des AG … vom 26.02.2026" is the court\'s decision', () => {
    const text =
      'Von: GMX Behördenanfragen <behoerden@gmx.net>\nDatum: Thu, 5 Mar 2026 14:37:52 +0100\nBetreff: Unser Zeichen bs/2026/03/0417-mk\n\nUnser Zeichen: bs/2026/03/0417-mk\n\nSicherung von Verkehrs- und Bestandsdaten\nBeschluss des AG Fürstenfeldbruck vom 26.02.2026, Az. 2 Gs 188/26\n\nSehr geehrter Herr Rehberger,\n\nwir teilen Ihnen mit, dass die Daten zu dem nachstehenden Postfach am 04.03.2026 gesichert wurden:\n\n    kleiner.fuchs1987@gmx.de\n';
    expect(preservedOn(text)?.day).toBe('2026-03-04');
  });
});

describe("a help desk's notice pasted without its header", () => {
  const paste = (comment: string) =>
    `##- Please type your reply above this line -##\n\nYour request (4418823) has been updated. To add additional comments, reply to this email.\n\n----------------------------------------------\n\nDiscord Trust & Safety (Discord)\n\nMar 27, 2026, 9:41 AM PDT\n\nHello,\n\n${comment}\n\nUser ID: 918273645501234176\n\nBest,\nJules\nDiscord Trust & Safety\n\n----------------------------------------------\n\nKriminalassistent Mads Holm\n\nMar 26, 2026, 3:12 AM PDT\n\nDear Discord,\n\nNordsund Politi - cybercrime unit. Please preserve all data for the accounts linked to the server 1022334455667788990.\n\nJournal no. 0900-80271-00418-26\nMads Holm, Kriminalassistent, badge 44-7812\nTel. +45 55 50 18 42\n`;
  it('gives the comment the number of the request it answers', () => {
    expect(read(paste('In response to your preservation request (your journal no. 0900-80271-00418-26), we have preserved the information associated with the following account for 90 days:')).confirmations.map((c) => c.reference)).toEqual(['4418823']);
  });
  it("a comment that names its own number keeps it (look-alike)", () => {
    expect(read(paste('We have preserved the information associated with the following account under reference DSC-2603-7741:')).confirmations.map((c) => c.reference)).toEqual(['DSC-2603-7741']);
  });
});

describe('a sentence wrapped before a short line with a colon is one clause', () => {
  const leboncoin = (said: string) =>
    `De : Leboncoin - Pôle Réquisitions <requisitions@leboncoin.fr>\nDate : Tue, 10 Nov 2026 17:26:40 +0100\nObjet : RE: Réquisition judiciaire n° 2026/0871\n\nMadame,\n\nNous accusons réception de votre réquisition n° 2026/0871 du 6 nov. 2026, qui nous est parvenue le 9 nov. 2026.\n\n${said}\n\n   Compte utilisateur : m.legoff56@example.fr\n\nCes données seront conservées pendant une durée d'un an à compter de leur gel. Leur communication interviendra sur présentation d'une réquisition.\n\nRéférence de notre dossier : LBC-REQ-448219\n`;
  it('"…la conservation des données relatives au compte⏎ci-dessous a été effectuée le jour même :" confirms, on the day of arrival', () => {
    const r = read(leboncoin('Nous vous confirmons que la conservation des données relatives au compte\nci-dessous a été effectuée le jour même :'));
    expect(r.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['LBC-REQ-448219', '2026-11-09']]);
  });
  it('"No other details⏎have changed: the account below was preserved on …" still confirms (look-alike)', () => {
    const text =
      'From: Reddit Legal <legalrequests@reddit.com>\nDate: Wed, 18 Nov 2026 09:02:44 -0800\nSubject: CORRECTED REFERENCE\n\nHello,\n\nPlease note the correct reference for your preservation request is\nRDT-PR-2026-118830. No other details\nhave changed: the account below was preserved on November 17, 2026.\n\nAccount: u/Grigio_Pescatore_71\n';
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['RDT-PR-2026-118830', '2026-11-17']]);
  });
});

describe('the Czech "naše č.j." is the provider\'s own number, "č.j." alone the agency\'s', () => {
  const seznam = (body: string) => `From: Seznam.cz <policie@seznam.cz>\nDate: Wed, 18 Nov 2026 10:00:00 +0100\nSubject: Zajištění dat\n\nDobrý den,\n\nna základě Vaší žádosti (č.j. KRPB-144821-9/TČ-2026-060081) ${body}\n`;
  it('"… martin.sykora77@seznam.cz. Naše č.j. SZ-PO-2026-03817."', () => {
    expect(references(seznam('jsme provedli zajištění dat ke schránce martin.sykora77@seznam.cz. Naše č.j. SZ-PO-2026-03817.'))).toEqual(['SZ-PO-2026-03817']);
  });
  it('the agency\'s "č.j." is not proposed (look-alike)', () => {
    expect(references(seznam('jsme provedli zajištění dat ke schránce martin.sykora77@seznam.cz.'))).toEqual([]);
  });
});

describe('"we proceeded to the preservation" in Spanish and Portuguese, after or around its date', () => {
  const mail = (body: string) => `From: Legal <legal@example-market.com>\nDate: Wed, 16 Dec 2026 09:37:00 +0100\nSubject: Ref. LE-2026-3052\n\nEstimado/a agente:\n\n${body}\n\nPerfil: https://es.example-market.com/user/carlosr-488213771\n\nReferencia: LE-2026-3052\n`;
  it('"le confirmamos que el 14 de diciembre de 2026 procedimos a la conservación" is the 14th', () => {
    expect(preservedOn(mail('En relación con su oficio de fecha 10/12/2026, recibido el 11 de diciembre de 2026, le confirmamos que el 14 de diciembre de 2026 procedimos a la conservación de los datos asociados al siguiente perfil:'))?.day).toBe('2026-12-14');
  });
  it('"rececionado a 24 de novembro de 2026, informamos que procedemos, em 1 de dezembro de 2026, à preservação" is the 1st', () => {
    expect(preservedOn(mail('Em resposta ao pedido de V. Exa., rececionado a 24 de novembro de 2026, informamos que procedemos, em 1 de dezembro de 2026, à preservação dos dados associados à conta abaixo indicada:'))?.day).toBe('2026-12-01');
  });
});

describe('nothing preserved "therefore", after a request "received and processed"', () => {
  const vinted = (said: string) =>
    `From: Vinted <legal@vinted.fr>\nDate: Thu, 15 Oct 2026 16:08:00 +0200\nSubject: Re: Réquisition\n\nBonjour,\n\nNous avons bien reçu et traité votre demande de conservation des données.\n\n${said}\n\nRéférence : VNT-LE-2026-10-55817\n`;
  it('"Aucune donnée n\'a donc été conservée." confirms nothing', () => {
    expect(read(vinted("Aucune donnée n'a donc été conservée.")).confirmations).toEqual([]);
  });
  it('"No data has therefore been preserved." confirms nothing', () => {
    expect(read(vinted('No data has therefore been preserved.')).confirmations).toEqual([]);
  });
  it('the request processed, with nothing refused, still confirms (look-alike)', () => {
    expect(references(vinted('Le compte lucie_mode_75 est concerné.'))).toEqual(['VNT-LE-2026-10-55817']);
  });
});

describe('a preservation promised for a period once the request is approved', () => {
  const finn = (said: string) =>
    `From: FINN <jur@finn.no>\nDate: Thu, 15 Oct 2026 16:08:00 +0200\nSubject: Re: Begjæring\n\nHei,\n\nVi bekrefter at vi har mottatt og registrert begjæringen. Saken er registrert hos oss med referansenummer FINN-JUR-2026-0912. ${said}\n`;
  it('"Dataene vil bli sikret i 90 dager når begjæringen er godkjent." confirms nothing yet', () => {
    expect(read(finn('Dataene vil bli sikret i 90 dager når begjæringen er godkjent.')).confirmations).toEqual([]);
  });
  it('"The data will be preserved for 90 days once the request is approved." confirms nothing yet', () => {
    expect(read(finn('The data will be preserved for 90 days once the request is approved.')).confirmations).toEqual([]);
  });
  it('"will preserve … for 90 days pending receipt of formal legal process" still confirms (look-alike)', () => {
    expect(references(finn('FINN will preserve the available records for the account above for 90 days pending receipt of formal legal process.'))).toEqual(['FINN-JUR-2026-0912']);
  });
});

describe('a Scandinavian receipt: "Vi har tagit emot ditt ärende"', () => {
  const blocket = (said: string) =>
    `Från: Blocket Kundservice <noreply@blocket.se>\nDate: fre 13 nov. 2026 kl 09:14\nSubject: Vi har tagit emot ditt ärende [#2026-40327]\n\nHej,\n\n${said}\n\nVänliga hälsningar\nBlocket Kundservice\n`;
  it('"Vi har tagit emot ditt ärende och det har fått ärendenummer 2026-40327." confirms nothing', () => {
    expect(read(blocket('Tack för att du kontaktar Blocket. Vi har tagit emot ditt ärende och det har fått ärendenummer 2026-40327. Vi återkommer så snart vi har gått igenom ärendet.')).confirmations).toEqual([]);
  });
  it('a preservation said beside the receipt confirms (look-alike)', () => {
    expect(references(blocket('Vi har tagit emot ditt ärende och det har fått ärendenummer 2026-40327. Kontot cykelfyndet.sthlm@gmail.com har säkrats den 13 november 2026.'))).toEqual(['2026-40327']);
  });
});

describe('"Our internal reference for this is …"', () => {
  const bluesky = (said: string) =>
    `From: Bluesky Trust & Safety <le@blueskyweb.xyz>\nDate: Tue, 19 Jan 2027 10:21:44 -0800\nSubject: Re: Preservation request - Kripos sak 27-004411\n\nHi Ingrid,\n\nWe've placed a preservation hold on the account below. Snapshot taken on January 19, 2027.\n\n- @tidewater-hex.bsky.social\n\n${said} We'll hold the data for 90 days.\n`;
  it('names the provider\'s own number', () => {
    expect(read(bluesky('Our internal reference for this is BSKY-LE-1187 - please mention it if you follow up with legal process.')).confirmations.map((c) => c.reference)).toEqual(['BSKY-LE-1187']);
  });
});

describe("a file's label that names the provider as its keeper", () => {
  const ionos = (label: string) =>
    `De: IONOS Legal <legal@ionos.es>\nEnviado el: lunes, 16 de noviembre de 2026 12:10\nAsunto: Conservación de datos – Diligencias 1184/2026\n\nEstimado agente:\n\nLe confirmamos que hemos conservado los datos del contrato de cliente 73401928.\n\nDiligencias: 1184/2026\n${label}\n`;
  it('"Número de expediente IONOS: 2026/LE/008812" is the provider\'s own number', () => {
    expect(references(ionos('Número de expediente IONOS: 2026/LE/008812'))).toEqual(['2026/LE/008812']);
  });
  it('a file label naming no provider ("Número de expediente Juzgado: …") is not (look-alike)', () => {
    expect(references(ionos('Número de expediente Juzgado: 2026/PA/008812'))).not.toContain('2026/PA/008812');
  });
});

describe('a help desk\'s "[#8841273]" in the subject', () => {
  const zendesk = (line: string) =>
    `From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Tue, 24 Nov 2026 10:12:00 -0800\nSubject: [Discord] Re: Preservation request - LKA Niederelbe Az. 41.2-2611/26 [#8841273]\n\nHallo Frau Brandt,\n\nwe have preserved the data associated with the account 1049382716650283018 for 90 days.${line}\n\nDiscord Trust & Safety\n`;
  it('is the request\'s number where the message names no other', () => {
    expect(references(zendesk(''))).toEqual(['8841273']);
  });
  it('gives way to the provider\'s own reference (look-alike)', () => {
    expect(references(zendesk('\n\nOur reference: DSC-2611-7741'))).toEqual(['DSC-2611-7741']);
  });
});

describe("a request's page named in the portal's language", () => {
  const marktplaats = (link: string) =>
    `Van: Marktplaats Trust & Safety <lea@marktplaats.nl>\nVerzonden: vrijdag 6 november 2026 09:41\nOnderwerp: Uw verzoek tot bewaring van gegevens\n\nGeachte heer Wouters,\n\nNaar aanleiding van uw verzoek (uw kenmerk: PL1700-2026318842) laten wij u weten dat de gegevens van onderstaande gebruiker zijn bewaard op 05-11-2026:\n\nGebruikers-ID: 31188207\n\nDe status van uw verzoek kunt u bekijken via:\n${link}\n`;
  it('".../verzoeken/MP-26-0593817" gives the reference where no label does', () => {
    expect(references(marktplaats('https://lea.marktplaats.nl/verzoeken/MP-26-0593817'))).toEqual(['MP-26-0593817']);
  });
  it('a page of another kind (".../advertenties/…") gives none (look-alike)', () => {
    expect(references(marktplaats('https://www.marktplaats.nl/advertenties/m2088417'))).toEqual([]);
  });
});

describe('the Polish "Prosimy o powoływanie się na numer …"', () => {
  const allegro = (said: string) =>
    `Od: Allegro – Współpraca z Organami Ścigania <organy.scigania@allegro.pl>\nData: 16 listopada 2026 o 10:22:47 CET\nTemat: Zabezpieczenie danych – Pana pismo l.dz. RSD-1143/26\n\nSzanowny Panie,\n\nw odpowiedzi na pismo z dnia 13.11.2026 r. (l.dz. RSD-1143/26) uprzejmie informujemy, że dane dotyczące konta kasztan.handel88@wp.pl zostały zabezpieczone w dniu 16.11.2026 r.\n\n${said}\n`;
  it('names the number to quote as the provider\'s', () => {
    expect(references(allegro('Prosimy o powoływanie się na numer 7730915 w dalszej korespondencji dotyczącej tej sprawy.'))).toEqual(['7730915']);
  });
});

describe('a raw header\'s "Delivered-To:" and "In-Reply-To:" are fields of their own, nothing glued', () => {
  const raw =
    'Return-Path: <lawenforcement@snap.com>\nDelivered-To: k.montoya@tamarackfallspd.org\nReceived: from mail-pj1-f71.google.com (mail-pj1-f71.google.com [209.85.216.71])\n\tby mx2.tamarackfallspd.org (Postfix) with ESMTPS id 4bQk9L2vZrz7Hm3\n\tfor <k.montoya@tamarackfallspd.org>; Wed,  8 Apr 2026 15:03:44 -0700 (PDT)\nMIME-Version: 1.0\nReferences: <CAKm7Tn2w9UuQ0vQ+8mZP4dL1xR6hJ@mail.gmail.com>\nIn-Reply-To: <CAKm7Tn2w9UuQ0vQ+8mZP4dL1xR6hJ@mail.gmail.com>\nFrom: Snap Law Enforcement Operations <lawenforcement@snap.com>\nDate: Wed, 8 Apr 2026 15:03:37 -0700\nSubject: Re: Preservation Request - SNAP-PR-20260109-0583\nTo: Kim Montoya <k.montoya@tamarackfallspd.org>\n\nHello Officer Montoya,\n\nSnap Inc. has preserved the account harbor.glitch23 under reference SNAP-PR-20260109-0583.\n';
  it("the sender's From line names the provider, not a Gmail message id in the threading lines", () => {
    expect(read(raw).providerId).toBe('snap');
  });
});

describe('a second extension refused: "unable to extend a preservation a second time"', () => {
  it('confirms nothing', () => {
    const text =
      'From: Dropbox Law Enforcement Response <le-response@dropbox.com>\nSent: Friday, December 11, 2026 6:41 PM\nSubject: RE: Second extension request - Dropbox Case 11904527\n\nHello,\n\nThe preservation under Dropbox Case 11904527 was already extended once, on September 30, 2026, and will remain in effect until December 29, 2026.\n\nConsistent with our policy, Dropbox is unable to extend a preservation a second time. We have not made any changes to this preservation.\n';
    expect(read(text).confirmations).toEqual([]);
  });
  it('a policy said to every requester ("Apple will not extend a preservation more than once") refuses nothing (look-alike)', () => {
    const text =
      'From: Apple Law Enforcement <lawenforcement@apple.com>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\nSubject: Preservation PRSV-20261110-08813\n\nApple has taken a snapshot of the account quillon.brackenridge@icloud.com.\n\nApple will hold the snapshot for 90 days. Apple will not extend a\npreservation more than once.\n\nRequest: PRSV-20261110-08813\n';
    expect(references(text)).toEqual(['PRSV-20261110-08813']);
  });
});

describe('the letters\' "N/Réf." (ours) beside "V/Réf." (yours)', () => {
  const videotron = (ours: string) =>
    `De : Vidéotron – Sécurité corporative <demandes.autorites@videotron.com>\nEnvoyé : 4 novembre 2026 15:31\nObjet : Confirmation de préservation\n\nCONFIRMATION DE PRÉSERVATION\n\n${ours}\nV/Réf.\nSQ-2026-114803\nDate de préservation\n2026-11-04\n\nIdentifiants visés\njf.ouellet77@videotron.ca\n`;
  it('"N/Réf.⏎VDT-SC-2026-07714" is the provider\'s; the agency\'s beside it is not proposed', () => {
    expect(references(videotron('N/Réf.\nVDT-SC-2026-07714'))).toEqual(['VDT-SC-2026-07714']);
  });
});

describe("a month's name a printout hyphenated at the line's end", () => {
  const letter = (said: string) =>
    `De : leboncoin – Service juridique <juridique@leboncoin.fr>\nEnvoyé : jeudi 19 novembre 2026 10:02\nObjet : RE: Réquisition PV 2026/0412\n\nMadame,\n\nNous accusons réception de votre réquisition. Les données du compte\nci-dessous ont été conservées le ${said} et le resteront pendant un an.\n\nCompte : marchand.alpin@laposte.net\n\nN/Réf. RQ-2026-048812\n`;
  it('"conservées le 18 no-⏎vembre 2026" is the 18th', () => {
    expect(preservedOn(letter('18 no-\nvembre 2026'))).toMatchObject({ day: '2026-11-18', source: 'stated' });
  });
  it('the evidence quotes the date as the printout wrote it', () => {
    expect(preservedOn(letter('18 no-\nvembre 2026'))?.evidence?.quote).toBe('18 no-\nvembre 2026');
  });
});

describe('the Polish "Data wpływu" (received) beside "Data zabezpieczenia" (preserved)', () => {
  it('a flattened notice\'s stacked cells date the preservation by its own label', () => {
    const text =
      'Od: Allegro <organy@allegro.pl>\nData: 19 listopada 2026 o 09:12\nTemat: Zabezpieczenie danych\n\nPowiadomienie o realizacji wniosku\n\nSygnatura Allegro\nALG-ZD/2026/118407\nRodzaj wniosku\nZabezpieczenie danych\nData wpływu\n16.11.2026\nStatus\nZrealizowany\nData zabezpieczenia\n18.11.2026\n\nZabezpieczone konta\nLogin\nrowerowy_krk\n';
    expect(preservedOn(text)?.day).toBe('2026-11-18');
  });
});

describe("a date after every case's part, said of all their accounts", () => {
  const meta = (closing: string) =>
    `From: Meta Law Enforcement Response Team <records@fb.com>\nSent: 12 November 2026 08:19\nSubject: Meta Platforms: Preservation Processed [Case #9137745, Case #9137752]\n\nHello,\n\nWe received your requests on 29/10/2026 and have processed them as follows.\n\nCase #9137745\nService: Facebook\nAccount(s) preserved:\nhttps://www.facebook.com/ross.kinnaird.547\n\nCase #9137752\nService: Instagram\nAccount(s) preserved:\nglasgow_kicks_resell\n\n${closing}\n`;
  it('"The information associated with the above accounts was preserved on 10/11/2026" dates both cases', () => {
    expect(read(meta('The information associated with the above accounts was preserved on 10/11/2026. We will retain it for 90 days.')).confirmations.map((c) => c.preservedOn?.day)).toEqual(['2026-11-10', '2026-11-10']);
  });
  it('a date said of the last case alone stays its own (look-alike)', () => {
    expect(read(meta('The Instagram account was preserved on 10/11/2026.')).confirmations.map((c) => c.preservedOn?.day)).toEqual(['2026-11-12', '2026-11-10']);
  });
});

describe('a UUID after a reference label in another language', () => {
  it('"Referencia Uber: 7c0e2a91-…" is the provider\'s reference', () => {
    const text =
      'From: Uber LERT <lert-noreply@uber.com>\nDate: Fri, 13 Nov 2026 17:26:00 +0100\nSubject: RE: Solicitud\n\nLe confirmamos que Uber ha procedido a conservar los datos asociados a la siguiente cuenta de usuario:\n\nReferencia Uber: 7c0e2a91-4b3d-4f6e-9a12-3d5b8e7f1c04\nSu referencia: Atestado 18442/26\n';
    expect(references(text)).toEqual(['7c0e2a91-4b3d-4f6e-9a12-3d5b8e7f1c04']);
  });
});

describe('more dates read by their words', () => {
  it('"begjæring om sikring datert 1. des. 2026 … ble sikret 3. des. 2026" is the 3rd (the request\'s noun before the preservation\'s)', () => {
    const text =
      'Fra: FINN Juridisk <juridisk@finn.no>\nSendt: fredag 4. desember 2026 09:10\nEmne: FINN-JUR-26-0713\n\nVi viser til begjæring om sikring datert 1. des. 2026, mottatt hos oss\n2. des. 2026.\n\nVi bekrefter at data knyttet til brukeren nedenfor ble sikret 3. des. 2026:\n\nFINN-bruker: 492817733\n\nReferanse: FINN-JUR-26-0713\n';
    expect(preservedOn(text)?.day).toBe('2026-12-03');
  });
  it('a label after a square bullet ("■保全日：2026年11月19日") dates the preservation', () => {
    const text =
      '差出人: LINEヤフー 捜査関係事項照会窓口 <police-support@lycorp.co.jp>\n送信日時: 2026年11月20日 10:12\n件名: 証拠保全のご依頼について（ご回答）\n\n下記のとおり対応いたしました。\n\n■管理番号：LYP-0087342\n■保全日：2026年11月19日\n■保全対象アカウント：moonrabbit_77\n';
    expect(preservedOn(text)?.day).toBe('2026-11-19');
  });
  it('Ukrainian "Повідомляємо, що 03.11.2026 було збережено дані" dates the preservation, day-first by the request\'s 30.10.2026', () => {
    const text =
      'From: OLX Україна <police@olx.ua>\nDate: Wed, 4 Nov 2026 10:12:00 +0200\nSubject: OLX-UA-PR-26-03319\n\nДобрий день!\n\nНа ваш запит від 30.10.2026 повідомляємо, що 03.11.2026 було збережено дані таких облікових записів:\n\nID користувача: 7730012845\n\nНомер звернення: OLX-UA-PR-26-03319\n';
    expect(preservedOn(text)?.day).toBe('2026-11-03');
  });
});

describe('Indonesian "telah kami amankan … pada tanggal"', () => {
  it('dates the preservation', () => {
    const text =
      'Dari: Shopee Law Enforcement <lers@shopee.co.id>\nTanggal: Sel, 3 Nov 2026 pukul 14.27\nSubjek: LER-ID-26-118205\n\nDengan hormat,\n\nData akun pengguna dengan username rizky.gadget88 telah kami amankan (preservasi) pada tanggal 2 November 2026.\n\nNomor referensi: LER-ID-26-118205\n';
    expect(preservedOn(text)?.day).toBe('2026-11-02');
  });
});

describe('a flattened notice\'s label over a time ("Date preserved⏎⏎18 Jan 2027, 23:51 CET")', () => {
  const text =
    'Hej!\n\nSpotify har säkrat kontot, se nedan.\n\n/Johanna\n\n---------- Vidarebefordrat meddelande ---------\nFrån: Spotify Law Enforcement <le-requests@spotify.com>\nDate: tis 19 jan. 2027 kl. 00:04\nSubject: Preservation confirmation – SPTLE-27-00318\nTo: <johanna.lindqvist@polisen.example.se>\n\n\nSpotify\n\nPreservation Confirmation\n\nReference\n\nSPTLE-27-00318\n\nStatus\n\nPreserved\n\nDate preserved\n\n18 Jan 2027, 23:51 CET\n\nUsername\n\n31xq7mzkv4b2nwe8p0dr5tlgha\n\nRequest received\n\n18 Jan 2027, 14:12 CET\n\nEmail\n\nnordmark.beats@outlook.com\n';
  it('is no help desk post\'s author: the notice reads whole, its accounts under the labels', () => {
    expect(read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value))).toEqual(['31xq7mzkv4b2nwe8p0dr5tlgha', 'nordmark.beats@outlook.com']);
  });
  it('dates the preservation, its time and zone after the date', () => {
    expect(preservedOn(text)).toMatchObject({ day: '2027-01-18', source: 'stated' });
  });
});
