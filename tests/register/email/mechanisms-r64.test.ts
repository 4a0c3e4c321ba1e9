import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 64 of the e-mail reader: each probe fails on the reader of ba8ba93a, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

describe('a bare file word heading a line, after the writer opened files of its own', () => {
  const mail = (opening: string, files: string) =>
    `De: Marketplace Legal <legal@wallapop.com>\nFecha: mié, 25 nov 2026 12:18\nAsunto: RE: Solicitud de conservación\n\nEstimado Sargento:\n\nLe confirmamos que hemos conservado los datos de los siguientes usuarios con fecha 24/11/2026.${opening}\n\n${files}\n\nLos datos se mantendrán durante 90 días.\n\nDepartamento Legal\n`;
  const files = 'Expediente MKT-2026-11-7720\n  Correo electrónico: rio.azul.77@example.com\n\nExpediente MKT-2026-11-7721\n  Teléfono: +34 655 555 901';
  it('"hemos abierto un expediente para cada una" makes each "Expediente X" the provider\'s', () => {
    expect(references(mail(' Al tratarse de dos cuentas, hemos abierto un expediente para cada una:', files)).sort()).toEqual(['MKT-2026-11-7720', 'MKT-2026-11-7721']);
  });
  it('"we have opened a separate case for each account" in English (look-alike: read so before)', () => {
    const text = mail(' We have opened a separate case for each account:', files.replace(/Expediente/g, 'Case'));
    expect(references(text).sort()).toEqual(['MKT-2026-11-7720', 'MKT-2026-11-7721']);
  });
  it('without such words, a bare "Expediente" heading the agency\'s number beside the provider\'s reference stays the agency\'s (look-alike)', () => {
    const text = mail('', 'Expediente 2026-004471-00118\n\nReferencia Wallapop: WLP-LE-2026-0387');
    expect(references(text)).toEqual(['WLP-LE-2026-0387']);
  });
});

describe('a message that confirms nothing', () => {
  it('an out-of-office reply whose subject carries the provider\'s reference confirms nothing', () => {
    const text =
      'From: Jo Marsh <jo.marsh@exchange.example>\nSent: Monday, 14 December 2026 09:03\nTo: Officer <officer@police.example>\nSubject: Automatic reply: Preservation request / ref. EXC-LE-26-00871\n\nThank you for your message. I am out of the office until 4 January with limited access to e-mail.\n\nFor law enforcement requests, please contact le-requests@exchange.example, quoting our reference number.\n\nJo Marsh\nCompliance\n';
    expect(references(text)).toEqual([]);
  });
  it('the same in Dutch, known by its body though the subject is plain', () => {
    const text =
      'Van: Jo Marsh <jo.marsh@exchange.example>\nVerzonden: maandag 14 december 2026 09:03\nOnderwerp: RE: Bewaarverzoek / ref. EXC-LE-26-00871\n\nIk ben afwezig tot en met 4 januari 2027 en heb beperkt toegang tot mijn e-mail.\n\nVermeld altijd ons referentienummer.\n';
    expect(references(text)).toEqual([]);
  });
  it('"non è stata ancora effettuata alcuna conservazione dei dati" confirms nothing, though a reference was assigned', () => {
    const text =
      'Da: Supporto Autorità <autorita@marketplace.example>\nData: lunedì 16 novembre 2026 11:38\nOggetto: R: Richiesta di conservazione dati\n\nGentile Ispettore,\n\nalla richiesta è stato assegnato il numero di riferimento MKT-LE-2026-04471, che La preghiamo di indicare in ogni comunicazione successiva.\n\nLa richiesta è in fase di valutazione. Al momento non è stata ancora effettuata alcuna conservazione dei dati: riceverà una conferma separata. In caso di esito positivo, i dati saranno conservati per 90 giorni.\n\nTeam Legal\n';
    expect(references(text)).toEqual([]);
  });
  it('a confirmation that names a colleague\'s leave further down stays a confirmation (look-alike)', () => {
    const text =
      'From: Legal <legal@exchange.example>\nDate: Mon, 14 Dec 2026 09:03:00 +0000\nSubject: Preservation EXC-LE-26-00871\n\nDear Officer,\n\nWe have preserved the account jo.target@example.com on 13 December 2026 under reference EXC-LE-26-00871.\n\nPlease note that our team lead is out of the office until January; replies may take longer.\n\nLegal\n';
    expect(references(text)).toEqual(['EXC-LE-26-00871']);
  });
});

describe("a file word joined to the provider's name", () => {
  const letter = (label: string) =>
    `Von: Trust & Safety <support@jodel.zendesk.com>\nGesendet: Mittwoch, 18. November 2026 15:08\nBetreff: Re: Sicherungsersuchen GZ B1/41773/2026\n\nSehr geehrter Herr Pichler,\n\nwir bestätigen, dass wir die Daten zu dem unten genannten Nutzerkonto gesichert haben.\n\n${label} JDL-LE-2611-0911\nGesichert am: 18.11.2026\nNutzer-ID: quiet_owl_44\n\nBitte geben Sie unser Aktenzeichen an.\n`;
  it('"Jodel-Aktenzeichen: X" (the name as the registry gives it) is the provider\'s reference', () => {
    expect(references(letter('Jodel-Aktenzeichen:'))).toEqual(['JDL-LE-2611-0911']);
  });
  it('"Microsoft-Aktenzeichen: X" too', () => {
    expect(references(letter('Microsoft-Aktenzeichen:'))).toEqual(['JDL-LE-2611-0911']);
  });
  it('"Polizei-Aktenzeichen: X" stays the agency\'s, beside the provider\'s own (look-alike)', () => {
    const text = letter('Unser Zeichen:').replace('Gesichert am', 'Polizei-Aktenzeichen: B1-41773-2026\nGesichert am');
    expect(references(text)).toEqual(['JDL-LE-2611-0911']);
  });
});

describe('a reference with no label a reader looks for first', () => {
  it('"Protocollo n. 2026/AG/00872" closing an Italian provider\'s signature is its reference', () => {
    const text =
      'Da: Ufficio Autorità <autorita@subito.it>\nData: 18 novembre 2026, 11:26:05 CET\nOggetto: Richiesta di conservazione dati - Vs. rif. proc. pen. n. 4127/26 RGNR\n\nGentile Ispettore,\n\nVi confermiamo che in data 10/11/2026 abbiamo provveduto alla conservazione dei dati relativi all\'utente:\n\nemail: mare.calmo55@example.it\n\nCordiali saluti,\n\nUfficio Rapporti con le Autorità\nSubito.it S.r.l.\nProtocollo n. 2026/AG/00931';
    expect(references(text)).toEqual(['2026/AG/00931']);
  });
  it('"We opened 7419920385 for this and have preserved …" (no label at all)', () => {
    const text =
      'From: Law Enforcement Outreach <lert@tiktok.com>\nDate: Mon, Nov 16, 2026 at 10:18 AM\nSubject: Re: Preservation Request - PRPS File 2026-118842\n\nHi Constable,\n\nThanks for reaching out. We opened 7419920511 for this and have preserved the available data for the following account:\n\n@river.stone.77\n\nBest regards,\nLaw Enforcement Outreach\n';
    expect(references(text)).toEqual(['7419920511']);
  });
  it('"We opened a ticket for this" with no number beside the agency\'s file keeps the reading (look-alike)', () => {
    const text =
      'From: Law Enforcement Outreach <lert@tiktok.com>\nDate: Mon, Nov 16, 2026 at 10:18 AM\nSubject: Re: Preservation Request\n\nHi Constable,\n\nWe opened a ticket for this and have preserved the account @river.stone.77 under reference TT-LE-2026-55120.\n\nBest regards\n';
    expect(references(text)).toEqual(['TT-LE-2026-55120']);
  });
});

describe("the provider's own file and freeze, in other languages", () => {
  it('"Numer sprawy w Allegro: X" (capitalised, the name after "w") is the provider\'s reference', () => {
    const text =
      'Od: Zespół ds. Współpracy z Organami Ścigania <organy.scigania@allegro.pl>\nTemat: Odp: Wniosek o zabezpieczenie danych – sygn. PR 1 Ds. 1184.2026\nData: 10 listopada 2026 o 13:27:05 CET\n\nSzanowna Pani,\n\nuprzejmie informujemy, że w dniu 9 listopada 2026 r. zabezpieczono dane dotyczące konta:\n\nlogin: zielony_kot_77\n\nNumer sprawy w Allegro: ALG/LE/2026/11390 – prosimy powoływać się na niego w dalszej korespondencji.\n\nZ poważaniem\nAllegro\n';
    expect(references(text)).toEqual(['ALG/LE/2026/11390']);
  });
  it('"Nous vous confirmons avoir procédé … au gel des données" confirms, though the message acknowledges receipt first', () => {
    const text =
      'De : Service Réquisitions <requisitions@leboncoin.fr>\nDate : mar. 10 nov. 2026 à 15:32\nObjet : Demande de conservation\n\nBonjour,\n\nNous accusons réception de votre demande de conservation du 6 novembre 2026.\n\nNous vous confirmons avoir procédé, le 9 novembre 2026, au gel des données rattachées au compte suivant :\n\n  - Pseudonyme : Vieux_Grenier44\n\nMerci de rappeler dans toute correspondance notre référence : RQ-448307.\n\nL\'équipe Réquisitions\n';
    expect(references(text)).toEqual(['RQ-448307']);
  });
  it('"le gel" said of something else in a receipt confirms nothing (look-alike)', () => {
    const text =
      'De : Service Réquisitions <requisitions@leboncoin.fr>\nDate : mar. 10 nov. 2026 à 15:32\nObjet : Demande de conservation\n\nBonjour,\n\nNous accusons réception de votre demande de conservation, enregistrée sous la référence RQ-448307. Le gel des données sera effectué après examen de la demande.\n\nL\'équipe Réquisitions\n';
    expect(references(text)).toEqual([]);
  });
});

describe('numbers beside the reference that are not it', () => {
  const letter = (extra: string, footer = '') =>
    `From: Legal <legal@tradera.com>\nDate: Fri, 20 Nov 2026 10:14:00 +0100\nSubject: Bevarande av uppgifter\n\nHej,\n\nVi har bevarat uppgifterna för kontot gamla_boden_77 den 19 november 2026.\n\nVår ref.: TRA-RB-2026-0412${extra}\n\nMed vänliga hälsningar\nTradera${footer}\n`;
  it('a company register number in the footer ("Org.nr 556987-4412") is the company\'s', () => {
    expect(references(letter('', '\nTradera AB · Org.nr 556987-4412 · Säte: Stockholm'))).toEqual(['TRA-RB-2026-0412']);
  });
  it('"KvK 12345678" and "HRB 123456" too (look-alike: read so before)', () => {
    expect(references(letter('', '\nKvK 34227655 · Amtsgericht Berlin HRB 157740'))).toEqual(['TRA-RB-2026-0412']);
  });
  it('"(ikke saksnummeret LEGAL-3381 i vårt supportsystem)": the number the writer says is not the one to quote', () => {
    expect(references(letter('. Vennligst oppgi denne referansen (ikke saksnummeret LEGAL-3381 i vårt supportsystem).'))).toEqual(['TRA-RB-2026-0412']);
  });
  it('"Ihre Anfrage (2284511) wurde aktualisiert": a German help desk\'s request number, beside the reference', () => {
    const text =
      'Von: Kleinanzeigen Support <support@kleinanzeigen.de>\nGesendet: Montag, 30. November 2026 10:00\nBetreff: [Kleinanzeigen] Sicherungsersuchen\n\nIhre Anfrage (2284511) wurde aktualisiert. Um weitere Kommentare hinzuzufügen, antworten Sie auf diese E-Mail.\n\nGuten Tag,\n\nwir haben die Daten zum Nutzerkonto alte_truhe_9 am 27.11.2026 gesichert.\n\nSicherungsvorgang: KA-SV-26-04502\nBitte geben Sie bei Rückfragen den Sicherungsvorgang an. Die Ticket-Nr. 2284511 dient nur der internen Zuordnung.\n';
    expect(references(text)).toEqual(['KA-SV-26-04502']);
  });
  it('"(sygn. akt RSD-1570-26)": the agency\'s file, beside the provider\'s', () => {
    const text =
      'From: Allegro <organy.scigania@allegro.pl>\nDate: Fri, 20 Nov 2026 10:14:00 +0100\nSubject: Zabezpieczenie danych\n\nw odpowiedzi na pismo z dnia 18.11.2026 r. (sygn. akt RSD-1570-26) uprzejmie informujemy, że dane konta zielony_las zostały zabezpieczone w dniu 19.11.2026 r.\n\nNumer sprawy po stronie Allegro: ALG/PR/2026/11/3390\n';
    expect(references(text)).toEqual(['ALG/PR/2026/11/3390']);
  });
  it('"not the number of your request" does not set aside the reference the next words give (look-alike)', () => {
    expect(references(letter(' (this is our reference, not the number of your request)'))).toEqual(['TRA-RB-2026-0412']);
  });
});

describe('the preservation date in other languages', () => {
  const day = (text: string) => read(text).confirmations[0]?.preservedOn?.day ?? null;
  const header = 'From: Legal <legal@marketplace.example>\nDate: Wed, 25 Nov 2026 13:05:12 +0100\nSubject: Preservation\n\n';
  it('"ont été figées le 24/11/2026" (French: frozen as they stood)', () => {
    expect(day(`${header}Nous vous confirmons que les données du compte suivant ont été figées le 24/11/2026 à 16h05 :\n\n- vent.du.nord@example.be\n\nN/Réf. : MF-LE-26-201\n`)).toBe('2026-11-24');
  });
  it('"w dniu 11.03.2026 r. dokonaliśmy zabezpieczenia danych" (Polish: we carried out the securing)', () => {
    expect(day(`${header}uprzejmie informujemy, że w dniu 23.11.2026 r. dokonaliśmy zabezpieczenia danych dotyczących konta stary_zegar.\n\nNumer sprawy: ALG/LEA/2026/1290\n`)).toBe('2026-11-23');
  });
  it('"De conservering is uitgevoerd op 10-12-2026" (Dutch: the preservation carried out on)', () => {
    expect(day(`${header}Wij bevestigen dat de gegevens van het klantaccount zijn veiliggesteld. De conservering is uitgevoerd op 24-11-2026 onder ons kenmerk BV-LEA-2026-00990.\n`)).toBe('2026-11-24');
  });
  it('"le comunicamos que, con fecha 17 de noviembre de 2026, se ha procedido a la conservación" after the request\'s own date', () => {
    expect(day(`${header}En atención a su solicitud de fecha 16 de noviembre de 2026, recibida por correo electrónico en esta misma fecha, le comunicamos que, con fecha 24 de noviembre de 2026, se ha procedido a la conservación de los datos del perfil:\n\n· Correo electrónico: mar.gris@example.es\n\nN/Ref.: WLP-LEA-26-30600\n`)).toBe('2026-11-24');
  });
  it('"… que su solicitud, con fecha 16 de noviembre de 2026, fue recibida" stays the request\'s (look-alike)', () => {
    expect(day(`${header}Le comunicamos que, con fecha 16 de noviembre de 2026, se recibió su solicitud. Los datos del perfil mar.gris@example.es fueron conservados el 24 de noviembre de 2026.\n\nN/Ref.: WLP-LEA-26-30600\n`)).toBe('2026-11-24');
  });
});

describe('a bare reply above the request it answers', () => {
  const mail = (greeting: string) =>
    `${greeting}\n\nThanks for reaching out. We've preserved the data associated with the account below, effective March 23, 2026:\n\nUsername: frost_owl_dk\n\nTwitch reference: LER-0049002\n\nBest,\nLaw Enforcement Response\n\nOn Mon, Mar 23, 2026 at 9:14 AM Mikkel Sørensen <mks012@politi.example> wrote:\n> Dear Twitch,\n>\n> we request preservation of all data relating to the account frost_owl_dk.\n>\n> Mikkel Sørensen\n`;
  it('"Hi Mikkel," (the first name of the writer below) makes the text above the answer', () => {
    expect(references(mail('Hi Mikkel,'))).toEqual(['LER-0049002']);
  });
  it('"Dear Mr Sørensen," (the surname) too (look-alike: read so before)', () => {
    expect(references(mail('Dear Mr Sørensen,'))).toEqual(['LER-0049002']);
  });
});

describe('a slashed number the writer names as its own or asks to be quoted', () => {
  const pl = (line: string) =>
    `Od: Zespół ds. Współpracy z Organami Ścigania <organy.scigania@allegro.pl>\nData: 10 listopada 2026 o 13:27\nTemat: Odp: Wniosek o zabezpieczenie danych – Wasz znak RSD-II-1842/26\n\nSzanowny Panie,\n\nuprzejmie informujemy, że w dniu 9 listopada 2026 r. zabezpieczono dane konta zloty_zegar.\n\n${line}\n\nZ poważaniem\n`;
  it('"Nasza sygn.: ALG/OS/2026/11/0873, ALG/OS/2026/11/0874" gives both', () => {
    expect(references(pl('Nasza sygn.: ALG/OS/2026/11/0991, ALG/OS/2026/11/0992')).sort()).toEqual(['ALG/OS/2026/11/0991', 'ALG/OS/2026/11/0992']);
  });
  it('"prosimy o powoływanie się na znak sprawy ALG/ZAB/2026/08817 w dalszej korespondencji"', () => {
    expect(references(pl('Prosimy o powoływanie się na znak sprawy ALG/ZAB/2026/08990 w dalszej korespondencji.'))).toEqual(['ALG/ZAB/2026/08990']);
  });
  it('"Our reference for this matter is LEA/NOD/2027/031447."', () => {
    const text =
      'From: Nodal Officer <nodal@paytm.com>\nDate: Thu, 25 Mar 2027 10:00:00 +0530\nSubject: Preservation of records\n\nDear Sir,\n\nThe records of the wallet linked to 9555012847 have been preserved on 24.03.2027.\n\nOur reference for this matter is LEA/NOD/2027/031520. Kindly quote the same in all future communication.\n';
    expect(references(text)).toEqual(['LEA/NOD/2027/031520']);
  });
  it('"Wasz znak RSD-II-1842/26" (the addressee\'s) is not taken by these words (look-alike)', () => {
    expect(references(pl('Nasz numer sprawy: ALG/ZD/2026/118400 – prosimy o powoływanie się na niego.'))).toEqual(['ALG/ZD/2026/118400']);
  });
});

describe('German: nothing preserved yet', () => {
  it('"dass mit dieser Eingangsbestätigung noch keine Sicherung der Daten erfolgt ist" confirms nothing, though a ticket was opened', () => {
    const text =
      'Von: Law Enforcement <law-enforcement@vinted.com>\nGesendet: Montag, 16. März 2026 08:57\nBetreff: Re: Ersuchen um Datensicherung [#731290]\n\nSehr geehrte Frau Kröger,\n\nhiermit bestätigen wir den Eingang Ihres Ersuchens um Sicherung von Daten zu dem Mitgliedskonto „blaue_jacke_dus“.\n\nIhr Ersuchen wurde unter der Ticketnummer #731290 erfasst und wird derzeit geprüft. Bitte beachten Sie, dass mit dieser Eingangsbestätigung noch keine Sicherung der Daten erfolgt ist.\n\nLaw Enforcement Team\n';
    expect(references(text)).toEqual([]);
  });
});

describe('a help desk notice quoted under a Polish reply', () => {
  const text = (attribution: string) =>
    `Dzień dobry,\n\ndziękuję za potwierdzenie zabezpieczenia konta.\n\nkom. Paweł Nowak\n\n${attribution}\n> Your ticket #482190 has been updated.\n>\n> --\n>\n> Dear Commissioner Nowak,\n>\n> Thank you for your preservation request (your reference: 2 Ds 1190/26).\n>\n> We confirm that we have preserved the data of the following member\n> accounts:\n>\n> Vinted.pl member ID 88120490 (username: ania_szafa_krk) – preservation reference VPR-2026-30590\n> Vinted.lt member ID 90417790 (username: mada.drabuziai) – preservation reference VPR-2026-30591\n>\n> Preservation was carried out on 1 December 2026. Please note that ticket #482190 is our\n> helpdesk number only and should not be quoted in legal process.\n>\n> Kind regards,\n> Law Enforcement Team\n>\n> --\n> lawenforcement@vinted.com\n> Powered by Freshdesk\n`;
  it('"W dniu 02.12.2026 o 15:04, Vinted Law Enforcement pisze:" (Thunderbird\'s Polish present tense) opens the quoted message, its "--" divider above the greeting no signature', () => {
    expect(references(text('W dniu 02.12.2026 o 15:04, Vinted Law Enforcement pisze:')).sort()).toEqual(['VPR-2026-30590', 'VPR-2026-30591']);
  });
});

describe('a request refused under one of several cases', () => {
  const text = (second: string) =>
    `From: Law Enforcement Response <le-response@amazon.com>\nDate: Thu, 16 Jul 2026 18:31:07 +0000\nSubject: RE: Preservation requests\n\nDear Inspector,\n\nPlease find below the status of the two preservation requests you submitted.\n\nCase ID 13598240801\nAmazon account associated with the email address shop.lago@example.it: the account data was preserved on 16/07/2026 and will be retained for 90 days.\n\nCase ID 13598240802\n${second}\n\nRegards,\nLaw Enforcement Response Team\n`;
  it('"we were unable to process this request as submitted" under the second case refuses that case only', () => {
    expect(references(text('Amazon account associated with the phone number +39 333 555 0190: we were unable to process this request as submitted. Please confirm the marketplace. This case remains open pending your reply.'))).toEqual(['13598240801']);
  });
  it('the same words in a message of one case refuse the whole message (look-alike)', () => {
    const one = 'From: Law Enforcement Response <le-response@amazon.com>\nDate: Thu, 16 Jul 2026 18:31:07 +0000\nSubject: RE: Preservation request\n\nDear Inspector,\n\nCase ID 13598240802\nWe were unable to process this request as submitted. Please confirm the marketplace.\n\nRegards\n';
    expect(references(one)).toEqual([]);
  });
});

describe("the police's own case number named so in a Nordic letter", () => {
  it('"(politiets saksnummer 15539871)" is the agency\'s, beside the new reference of an extension', () => {
    const text =
      'Fra: FINN.no Juridisk <juridisk@finn.no>\nDato: 12. mars 2026 kl. 14:02\nEmne: Forlengelse av sikring - FINN-SIK-26-0901\n\nVi viser til deres anmodning av 11. mars 2026 om forlengelse av sikring for saken med vår referanse FINN-SIK-25-2300 (politiets saksnummer 15539990).\n\nForlengelsen er registrert 12. mars 2026 under ny referanse FINN-SIK-26-0901. Vennligst bruk den nye referansen i videre korrespondanse.\n\nDe opprinnelige dataene ble sikret 15. desember 2025. Sikringen er forlenget med 90 dager.\n\nForlengelsen omfatter følgende brukerkonto:\n- FINN-bruker-ID: 306448190\n\nVennlig hilsen\nFINN.no – Juridisk avdeling\n';
    expect(references(text)).not.toContain('15539990');
  });
});

describe("a numeric date read by the sender's country", () => {
  const mail = (from: string) =>
    `De: OLX Portugal - Pedidos de Autoridades <${from}>\nEnviada: quinta-feira, 5 de março de 2026 11:26\nAssunto: RE: Pedido de preservação\n\nExmo. Senhor Inspetor,\n\nconfirmamos que o pedido de preservação relativo ao utilizador abaixo indicado foi processado.\n\nData de preservação: 03/02/2026\nN.º de referência OLX: PT-AUT-2026-00390\n\nUtilizador: bicicletas.lisboa\n`;
  it('"03/02/2026" from an address in Portugal (".pt") is 3 February', () => {
    expect(read(mail('autoridades@olx.pt')).confirmations[0]?.preservedOn?.day).toBe('2026-02-03');
  });
  it('from ".co" (a company\'s domain anywhere) the text alone decides (look-alike)', () => {
    expect(read(mail('autoridades@olx.co')).confirmations[0]?.preservedOn?.day).toBe('2026-03-02');
  });
});

describe('dates in Greek and a Polish period of data', () => {
  const day = (text: string) => read(text).confirmations[0]?.preservedOn?.day ?? null;
  it('"στις 21/11/2026 προβήκαμε στη διατήρηση των δεδομένων" (Greek: on … we proceeded to the preservation)', () => {
    const text =
      'From: Skroutz Legal <legal@skroutz.gr>\nDate: Mon, 23 Nov 2026 12:14:00 +0200\nSubject: Διατήρηση δεδομένων\n\nΣε απάντηση του εγγράφου σας, σας ενημερώνουμε ότι στις 21/11/2026 προβήκαμε στη διατήρηση των δεδομένων του ακόλουθου λογαριασμού χρήστη:\n\nmarket.athina@example.gr\n\nΑρ. Πρωτ.: SKR-LGL-2026-0450\n';
    expect(day(text)).toBe('2026-11-21');
  });
  it('"transakcje z okresu od 01.07.2026 r. do 30.09.2026 r." is the data\'s span, not the preservation (the e-mail\'s day)', () => {
    const text =
      'From: Allegro <organy.scigania@allegro.pl>\nDate: Thu, 15 Oct 2026 11:48:00 +0200\nSubject: Zabezpieczenie danych\n\nuprzejmie informujemy, że dane dotyczące poniższego konta zostały zabezpieczone:\n\nlogin: stary_rower_77\n\nZabezpieczenie obejmuje dane rejestracyjne oraz transakcje z okresu od 01.07.2026 r. do 30.09.2026 r.\n\nNasz numer sprawy: ALG/ZD/2026/118500\n';
    expect(day(text)).toBe('2026-10-15');
  });
});

describe('numbers a label word runs into, and orders', () => {
  it('"quoting our reference⏎NOE-LE-26-0389" (a wrap before it) keeps the "NO" of the reference, never a "no." label', () => {
    const text =
      'From: Nintendo Legal <legal@nintendo.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0100\nSubject: Preservation confirmation\n\nThe preservation was performed on 18 November 2026 for the account pixel.owl@example.pl. Should you require an extension, please send us a request before the expiry of this period quoting our reference\nNOE-LE-26-0412.\n';
    expect(references(text)).toEqual(['NOE-LE-26-0412']);
  });
  it('an Amazon order number ("pedido n.º 405-7718290-3316458") beside the reference is the order\'s', () => {
    const text =
      'From: Amazon Law Enforcement <le-response@amazon.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0100\nSubject: RE: Solicitud de conservación\n\nLe confirmamos que los datos de la cuenta cliente.sol@example.es fueron conservados el 17 de noviembre de 2026 con la referencia LE-26-0318900.\n\nLe informamos de que el pedido n.º 405-7718290-3316458 mencionado en su solicitud está vinculado a la misma cuenta y queda incluido en la conservación.\n';
    expect(references(text)).toEqual(['LE-26-0318900']);
  });
});

describe('a Spanish receipt', () => {
  it('"Te informamos que recibimos la solicitud … quedó registrada con el siguiente número" confirms nothing', () => {
    const text =
      'Hola,\n\nTe informamos que recibimos la solicitud de preservación de datos enviada por la Unidad Fiscal el 10/12/2026.\n\nTu solicitud quedó registrada con el siguiente número:\n\nNúmero de requerimiento: MLA-LE-4471990\n\nNuestro equipo va a analizar la solicitud y te enviaremos la respuesta a este mismo correo.\n\nEquipo de Requerimientos Oficiales\nMercado Libre S.R.L.\n';
    expect(references(text)).toEqual([]);
  });
});
