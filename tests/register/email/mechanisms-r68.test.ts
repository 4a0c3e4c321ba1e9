import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 68 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe("a Mexican notice: 'el 3 de noviembre de 2026 se realizó el resguardo de la información' and an 'Apodo (nickname):' line", () => {
  const text = `De: Mercado Libre - Requerimientos <requerimientos@mercadolibre.com.mx>
Fecha: 9 nov 2026 10:15 (GMT-06:00)
Asunto: Resguardo de información – Folio MX-LE-2611-70214

Estimado Lic. Pérez:

En atención a su oficio FGR/UIC/4410/2026 de fecha 2 de noviembre de 2026, le informamos que el 6 de noviembre de 2026 se realizó el resguardo de la información asociada a las siguientes cuentas:

- Apodo (nickname): TIENDA_NORTE_77
- ID de usuario: 2299104471

Número de folio: MX-LE-2611-70214

La información se conservará por 90 días naturales.
`;
  it('dates the preservation by the safeguarding of the information, not by the e-mail', () => {
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-06', source: 'stated' });
  });
  it('reads the nickname after its gloss in brackets', () => {
    expect(accounts(text)).toEqual(expect.arrayContaining(['TIENDA_NORTE_77', '2299104471']));
  });
  it("does not take a Spanish receipt ('resguardo') for the preservation", () => {
    const receipt = text.replace('el 6 de noviembre de 2026 se realizó el resguardo de la información asociada a', 'el resguardo de su solicitud se emitió el 4 de noviembre de 2026. Se conservan los datos de');
    expect(read(receipt).confirmations[0]?.preservedOn?.day).not.toBe('2026-11-04');
  });
});

describe("a label set against the one to quote, with no number after it ('…, nicht die Vorgangsnummer.')", () => {
  const text = `Von: Kleinanzeigen Behördenanfragen <behoerden@kleinanzeigen.de>
Gesendet: Dienstag, 15. Dezember 2026 11:26
Betreff: AW: Sicherungsanfrage [Vorgang 6610-204]

vielen Dank für Ihre Anfrage vom 11.12.2026, die bei uns unter der
Vorgangsnummer 6610-204 eingegangen ist.

Wir bestätigen Ihnen, dass die Daten zu folgendem Nutzerkonto am 14.12.2026 gesichert wurden:

  Nutzer-ID: 77201845

Unser Zeichen für diese Sicherung lautet: KA-SI-2026-03311
Bitte geben Sie bei allen Rückfragen ausschließlich dieses Zeichen an, nicht die Vorgangsnummer.
`;
  it('keeps the preservation\'s number alone, with its day', () => {
    const r = read(text);
    expect(r.confirmations.map((c) => c.reference)).toEqual(['KA-SI-2026-03311']);
    expect(r.confirmations[0]?.preservedOn?.day).toBe('2026-12-14');
  });
  it("keeps a number the copula says is not the preservation's out of this rule ('is not the preservation number')", () => {
    const copula = `From: Uber Law Enforcement <lert@uber.com>
Date: Thu, 19 Nov 2026 10:02:11 -0800
Subject: [ZD-8QW1-77RM] Preservation

Uber has preserved the rider account below. Please note that your ticket number is not the preservation number.

Preservation reference: UBR-P-0224417
Rider UUID: 4f1c2a9e-1b7d-4c11-9a0e-2b1f3c4d5e6f
`;
    expect(read(copula).confirmations.map((c) => c.reference)).toContain('UBR-P-0224417');
  });
});

describe("a terse reply that points at the request's list ('die beiden unten genannten Konten sind gesichert', 'les comptes ci-dessous')", () => {
  const reply = (first: string) => `Von: Kleinanzeigen Behördenanfragen <behoerdenanfragen@kleinanzeigen.de>
Gesendet: Dienstag, 12. Januar 2027 14:07
An: Brandt, Tobias <tobias.brandt@polizei-nordheim.de>
Betreff: AW: Sicherungsersuchen Az. 4100-0213/26

Hallo Herr Brandt,

${first} Az bei uns: KA-BA-2027-00977

Gruß
Jana

-----Ursprüngliche Nachricht-----
Von: Brandt, Tobias <tobias.brandt@polizei-nordheim.de>
Gesendet: Freitag, 8. Januar 2027 10:52
An: Kleinanzeigen Behördenanfragen <behoerdenanfragen@kleinanzeigen.de>
Betreff: Sicherungsersuchen Az. 4100-0213/26

bitte ich um vorläufige Sicherung der Bestands- und Nutzungsdaten zu folgenden Konten:

  Nutzer-ID: 66120458
  E-Mail: rasenprofi.mz@web.de

Mit freundlichen Grüßen
Tobias Brandt
Tel.: +49 711 555 0218
`;
  it('takes the quoted request\'s accounts as the preserved ones', () => {
    expect(accounts(reply('erledigt, die Daten zu den beiden unten genannten Konten sind gesichert.'))).toEqual(['66120458', 'rasenprofi.mz@web.de']);
    expect(accounts(reply("c'est fait, conservation effectuée pour les 2 comptes ci-dessous."))).toEqual(['66120458', 'rasenprofi.mz@web.de']);
  });
  it('takes none where the pointed-at accounts were refused', () => {
    expect(accounts(reply('Zu den unten genannten Konten konnten wir keine Daten sichern, sie existieren nicht.'))).toEqual([]);
  });
});

describe('a request id as a UUID after a first-person label or a protocol word', () => {
  const mail = (line: string) => `From: MEGA Legal <legal@mega.nz>
Date: Tue, 17 Nov 2026 09:12:44 +1300
Subject: Preservation confirmation

We confirm that the data associated with the account ruru.files@example.com has been preserved.

${line}

Please quote it in all further correspondence.
`;
  it.each([
    ['Our reference for this matter is:\n\n    7c2e91d4-3b0a-4f6e-9a55-1d8e02b7c6f3', '7c2e91d4-3b0a-4f6e-9a55-1d8e02b7c6f3'],
    ['Vår referanse: 0f6a2c9e-3d71-4b7e-9c03-1f2ab8d14e55', '0f6a2c9e-3d71-4b7e-9c03-1f2ab8d14e55'],
    ['Protocolo: 6f1c2a9e-3b7d-4e85-a0c4-9d2e7b51f3a8', '6f1c2a9e-3b7d-4e85-a0c4-9d2e7b51f3a8'],
  ])('reads %j', (line, uuid) => {
    expect(read(mail(line)).confirmations.map((c) => c.reference)).toEqual([uuid]);
  });
});

describe("a sentence asking for the number, closed by a colon, the number on the next line ('Merci de rappeler … :⏎⏎Dossier n° …')", () => {
  it('reads a French bare body\'s file number of any shape', () => {
    const text = `Bonjour,

Les données associées au compte ci-dessous ont été conservées le 05/10/2026 :

- Adresse e-mail du compte : mobylette.bleue@orange.fr

Merci de rappeler la référence de notre dossier dans toute correspondance ultérieure :

Dossier n° 2026-RQ-0441

L'équipe Réquisitions judiciaires
leboncoin
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['2026-RQ-0441']);
  });
  it('reads a Polish one in a quoted reply', () => {
    const text = `Od: Allegro - Zespół ds. Współpracy z Organami <organy.scigania@allegro.pl>
Data: 3 grudnia 2026 10:14
Temat: Zabezpieczenie danych

Dzień dobry,
potwierdzamy zabezpieczenie danych konta sklep_rower_77 w dniu 2 grudnia 2026 r.

Prosimy o powoływanie się w dalszej korespondencji na numer zgłoszenia:
2026/LE/004512

Z poważaniem
Zespół ds. Współpracy z Organami
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['2026/LE/004512']);
  });
  it("does not take the addressee's reference under 'Your reference:' for a quoting sentence", () => {
    const text = `From: WhatsApp LERT <lert@support.whatsapp.com>
Date: Sat, 21 Nov 2026 10:00:00 +0000
Subject: Re: Preservation request - 4471209385

We have preserved the account +44 7700 900123 under case 4471209385.

Your reference:
47/22918/26

Regards,
WhatsApp LERT
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['4471209385']);
  });
});

describe('a preservation asserted after a receipt in one clause, and an Italian "abbiamo provveduto alla conservazione"', () => {
  it("reads the Swedish 'begäran om bevarande … och bekräftar att vi … har säkrat' as done ('om' of the request's object is no 'if')", () => {
    const text = `Från: Tradera Juridik <myndighet@tradera.com>
Datum: 10 mars 2026 09:15

Hej Anna,

Vi har tagit emot er begäran om bevarande (ert diarienummer
5000-K1177331-26) och bekräftar att vi den 9 mars 2026 har säkrat
uppgifter för följande konto:

Användarnamn: bokhandel_gbg

Vårt ärendenummer: 2026/PR/0207
`;
    const r = read(text);
    expect(r.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['2026/PR/0207', '2026-03-09']]);
  });
  it("keeps the Swedish 'om' as 'if' where it is one ('om begäran godkänns kommer vi att säkra')", () => {
    const text = `Från: Tradera Juridik <myndighet@tradera.com>
Datum: 10 mars 2026 09:15

Hej Anna,

Vi har tagit emot er begäran. Om begäran godkänns har vi säkrat uppgifterna inom en vecka.

Vårt ärendenummer: 2026/PR/0208
`;
    expect(read(text).confirmations).toEqual([]);
  });
  it("reads 'abbiamo provveduto in data odierna alla conservazione dei dati' as done, though a decree is needed next", () => {
    const text = `Da: Subito.it - Richieste Autorità <autorita@subito.it>
Data: 4 dicembre 2026 11:02

Gentile Ispettore,

con riferimento alla Sua richiesta del 2 dicembre 2026, relativa al provvedimento di conservazione emesso dal PM, Le comunichiamo che abbiamo provveduto in data odierna alla conservazione dei dati relativi al seguente account:

- ID utente 90127734

I dati saranno conservati fino al 4 marzo 2027. Per l'acquisizione sarà necessario trasmettere un apposito decreto.

Numero pratica: SUB-AG-2026-3391
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['SUB-AG-2026-3391']);
  });
});

describe('a flattened table stacked one cell a line, its headers in the local language', () => {
  it("reads each row's reference and date under 'Başvuru No' and 'Koruma Tarihi'", () => {
    const text = `From: sahibinden.com Hukuk <hukuk@sahibinden.com>
Date: Fri, 13 Nov 2026 16:20:11 +0300
Subject: Veri koruma talebi

Sayın Komiserim,

Talebiniz üzerine her kullanıcı hesabı için ayrı başvuru kayıtları oluşturulmuş ve hesaplara ait veriler koruma altına alınmıştır.

Başvuru No
Kullanıcı Hesabı
Koruma Tarihi
SHB-2611-40211
galeri.bursa@gmail.com
11.11.2026
SHB-2611-40219
+90 555 014 33 90
12.11.2026

Saygılarımızla
`;
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([
      ['SHB-2611-40211', '2026-11-11'],
      ['SHB-2611-40219', '2026-11-12'],
    ]);
  });
  it("reads the Finnish 'Viitenumero' and 'Säilytyspäivä' columns", () => {
    const text = `Lähettäjä: Tori.fi Viranomaispalvelu <viranomaiset@tori.fi>
Päivämäärä: Tue, 17 Nov 2026 09:14:55 +0200
Aihe: Vahvistus tietojen säilyttämisestä

Vahvistamme, että alla lueteltuihin käyttäjätileihin liittyvät tiedot on säilytetty.

Viitenumero
Säilytyspäivä
Säilytysaika
TORI-LE-26-0944
16.11.2026
90 päivää
`;
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['TORI-LE-26-0944', '2026-11-16']]);
  });
});

describe("a reference's key alone on its line, its value alone on the next ('Numer sprawy⏎INT/PR/2026/3391')", () => {
  const text = (extra: string) => `Od: Interia - Dział Prawny <prawny@firma.interia.pl>
Data: 16.11.2026 11:37

Szanowni Państwo,

w odpowiedzi na wniosek z dnia 09.11.2026 (sygn. RSD-0817/26) uprzejmie informujemy, że dane zostały zabezpieczone.

Numer sprawy
INT/PR/2026/3402
${extra}Data zabezpieczenia
13.11.2026
Zabezpieczone konto
kowal.budowa@interia.pl
`;
  it('reads the stacked value as the reference, whatever its shape', () => {
    expect(read(text('')).confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['INT/PR/2026/3402', '2026-11-13']]);
  });
  it("does not take the addressee's or the authority's stacked number ('Sygnatura Państwa pisma', 'Sygnatura organu')", () => {
    expect(read(text('Sygnatura Państwa pisma\nKMP-WK-0341/26\nSygnatura organu\nRSOC-II-0521/26\n')).confirmations.map((c) => c.reference)).toEqual(['INT/PR/2026/3402']);
  });
});

describe("a stacked table of accounts under a local heading ('Sikrede brukerkontoer', 'Megőrzött fiókok')", () => {
  it("reads every row's id and address under a Norwegian compound heading", () => {
    const text = `Fra: FINN Juridisk <juridisk@finn.no>
Sendt: torsdag 12. november 2026 14:02

Vi bekrefter at data knyttet til brukerkontoene nedenfor er sikret.

Saksnummer
JUR-2026-07411

Sikrede brukerkontoer
Bruker-ID
E-postadresse
418830299
kvist.salg@hotmail.com
502117977
lofoten.handel@gmail.com
`;
    expect(accounts(text)).toEqual(expect.arrayContaining(['418830299', 'kvist.salg@hotmail.com', '502117977', 'lofoten.handel@gmail.com']));
  });
  it("reads a Hungarian table's usernames and ids ('Felhasználónév', 'Fiókazonosító')", () => {
    const text = `Feladó: Vinted Jogi Csapat <legal@vinted.com>
Dátum: 2026. november 18. 10:12

Tisztelt Nyomozó Úr!

A megkeresésben szereplő fiókok adatait megőriztük.

Hivatkozási szám: VNT-LER-2611-7790

Megőrzött fiókok
Felhasználónév
Fiókazonosító
retro_polc
188204799
budai.butik.eva
190044577
`;
    expect(accounts(text)).toEqual(expect.arrayContaining(['retro_polc', '188204799', 'budai.butik.eva', '190044577']));
  });
});

describe('a number in running prose that the words right after it ask to be quoted', () => {
  const mail = (sentence: string) => `From: Provider Legal <legal@gmx.net>
Date: Wed, 4 Nov 2026 10:12:00 +0100
Subject: Datensicherung

Wir haben die Bestandsdaten des Postfachs moritz.kall@gmx.de am 3. November 2026 gesichert. ${sentence}

Mit freundlichen Grüßen
GMX Legal
`;
  it.each([
    ['Intern führen wir den Vorgang unter\n73-55981; bitte geben Sie diese Nummer bei allen weiteren Schreiben an.', '73-55981'],
    ['Per questa richiesta abbiamo aperto la pratica\n6192/26, che Vi preghiamo di citare nel successivo decreto.', '6192/26'],
    ['We have logged this preservation under\n71840392, which is the number to cite when you serve legal process.', '71840392'],
    ['La conservation a été enregistrée sous le n°\n58213-B ; nous vous remercions de rappeler ce numéro dans toute réquisition.', '58213-B'],
  ])('reads %j', (sentence, reference) => {
    expect(read(mail(sentence)).confirmations.map((c) => c.reference)).toEqual([reference]);
  });
  it("does not read a number a relative clause only describes ('Annons-ID 1128447731, som anges i föreläggandet')", () => {
    const text = mail('Unser Aktenzeichen: GMX-LE-2026-0418. Annons-ID 1128447731, som anges i föreläggandet, omfattas av bevarandet.');
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['GMX-LE-2026-0418']);
  });
  it("does not read a CyberTip number given as an example ('such as CyberTip 204418837, please reference it')", () => {
    const text = mail('Unser Aktenzeichen: GMX-LE-2026-0419. If you have received a CyberTipline report, such as CyberTip 204418837, please reference it in any request.');
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['GMX-LE-2026-0419']);
  });
});

describe("a number the provider asks for 'when you serve', or keeps the preservation 'active under our file'", () => {
  const mail = (sentence: string) => `From: Dropbox Legal <legal-noreply@dropbox.com>
Date: Thu, 12 Nov 2026 18:02:00 -0800
Subject: Preservation

We have preserved the Dropbox accounts associated with the email address b.okon.design@gmail.com. ${sentence}
`;
  it('reads "Please refer to⏎2611-DBX-3094 when you serve legal process"', () => {
    expect(read(mail('Please refer to\n2611-DBX-3094 when you serve legal process.')).confirmations.map((c) => c.reference)).toEqual(['2611-DBX-3094']);
  });
  it('reads "The preservation is active under our file 8841277"', () => {
    expect(read(mail('The preservation is active under our file 8841277 and covers the account above.')).confirmations.map((c) => c.reference)).toEqual(['8841277']);
  });
});

describe("a stacked key's value inside a flattened notice's table, and a Norwegian 'oppgi denne'", () => {
  it("reads 'Numer sprawy Allegro⏎ALG-ZD-…' though a table of accounts stands above, not 'Sygnatura wniosku⏎…'", () => {
    const text = `Od: Allegro - Zespół ds. Współpracy z Organami <organy.scigania@allegro.pl>
Data: 3 listopada 2026 12:10

Dane poniższych kont zostały zabezpieczone.

Zabezpieczone konta
Login
Identyfikator użytkownika
Status
kolekcjoner_zegarow77
48812299
Zabezpieczono
zegarki.sklep.pl
51190499
Zabezpieczono

Szczegóły sprawy
Numer sprawy Allegro
ALG-ZD-2026-118399
Sygnatura wniosku
RSD-1199/26
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['ALG-ZD-2026-118399']);
  });
  it("reads 'Vår referanse for sikringen er 11-2026-0482. Vennligst oppgi denne …'", () => {
    const text = `Fra: FINN Juridisk <juridisk@finn.no>
Sendt: mandag 9. november 2026 15:20

Vi har sikret opplysningene knyttet til brukeren med profil-ID 7736199.

Vår referanse for sikringen er 11-2026-0499. Vennligst oppgi denne ved senere henvendelser.
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['11-2026-0499']);
  });
});

describe("an Italian 'La preghiamo di citarlo' after the number", () => {
  it("reads 'Il numero di pratica assegnato è 227-561-0394; La preghiamo di citarlo …'", () => {
    const text = `Da: "Subito - Rapporti con le Autorità" <autorita@subito.it>
Data: 12 novembre 2026 alle ore 16:20:41 CET
Oggetto: R: Richiesta di conservazione dati - Proc. pen. n. 4417/26 R.G.N.R.

Le confermiamo che i dati relativi all'utente indicato sono stati conservati in data 12/11/2026.

Utente: marco.ricci78@libero.it

Il numero di pratica assegnato è 227-561-0399; La preghiamo di citarlo in ogni successiva comunicazione.
`;
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['227-561-0399', '2026-11-12']]);
  });
});

describe("a day before its verb in Finnish, and a terse 'Both done yesterday'", () => {
  it("dates '12. marraskuuta 2026 säilytimme …' by its own day, not the e-mail's", () => {
    const text = `Lähettäjä: Tori.fi Viranomaispalvelu <viranomaiset@tori.fi>
Päivämäärä: Fri, 13 Nov 2026 09:14:55 +0200
Aihe: Vahvistus

Hei,

12. marraskuuta 2026 säilytimme käyttäjätilin 7730499 tiedot.

Viitenumero: TORI-VR-26-0499
`;
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-12', source: 'stated' });
  });
  it("counts 'yesterday' from the sender's own day where a terse reply says 'Both done yesterday'", () => {
    const text = `Date: Wed, 11 Nov 2026 01:20:33 +0800
From: Binance Law Enforcement <le-response@binance.com>
Subject: Re: Preservation request

Hi Sergeant,

Both done yesterday 14:10 (UTC+8).

UID 382771499 -> preservation ref BNC-PRV-2611-00499

Account data is preserved for 90 days.
`;
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-10', source: 'stated' });
  });
});

describe('receipts that looked like confirmations', () => {
  const refs = (text: string) => read(text).confirmations.map((c) => c.reference);
  it("reads 'got it thanks - logged as …, someone will action it' as a receipt", () => {
    expect(refs(`From: Trust and Safety - Trade Me <lawenforcement@trademe.co.nz>
Sent: Tuesday, 16 March 2027 4:38 p.m.
Subject: RE: Preservation request

Kia ora Ben,

got it thanks - logged as LE-2027-03399, someone from the team will action it in the next day or two and come back to you.
`)).toEqual([]);
  });
  it("reads a Norwegian 'Vi gir beskjed så snart sikringen er gjennomført' as a preservation to come", () => {
    expect(refs(`Fra: FINN.no Juridisk <juridisk@finn.no>
Sendt: mandag 9. november 2026 13:05

Takk for henvendelsen. Vi bekrefter at vi har mottatt anmodningen om sikring av data.
Saken er registrert med vårt referansenummer FINN-JUR-26-3399 og vil bli behandlet innen 5 virkedager. Vi gir beskjed så snart sikringen er gjennomført.
`)).toEqual([]);
  });
  it("does not take the addressee's 'you have recorded as' for the provider's doing", () => {
    expect(refs(`From: Roblox Law Enforcement <lawenforcement@roblox.com>
Date: Tuesday, 1 December 2026 at 17:22
Subject: Re: Preservation request

We've received the preservation request you submitted on 30 November 2026 for the investigation you have recorded as PULSE incident 26/118899, and it has been assigned to our team.

We have logged this request under case number RBX-LE-4429199. You will receive a separate email once the preservation has been processed.
`)).toEqual([]);
  });
  it("reads a Turkish 'herhangi bir veri muhafaza altına alınmamıştır' as nothing preserved", () => {
    expect(refs(`Kimden: sahibinden.com Resmi Kurum Talepleri <resmitalep@sahibinden.com>
Gönderildi: 9 Aralık 2026 Çarşamba 16:20
Konu: [#TLP-88299] Talebiniz alındı - Muhafaza talebi

Talebiniz 2026-SHB-LE-00999 başvuru numarası ile kayıt altına alınmış olup hukuk birimimiz tarafından incelenmektedir. Talepte belirtilen aşağıdaki hesaplara ilişkin muhafaza işlemi, inceleme tamamlandıktan sonra gerçekleştirilecektir:

- Üye no: 1029384799

Bu aşamada herhangi bir veri muhafaza altına alınmamıştır.
`)).toEqual([]);
  });
});

describe("a line whose label says its number is the one to quote ('Numero pratica da citare …: 4471 2209 1183')", () => {
  it('reads the digit groups after the colon, not the help desk\'s request number', () => {
    const text = `Da: Subito - Richieste Autorità <autorita@subito.it>
Data: 3 dicembre 2026 10:02

La tua richiesta (1948299) è stata aggiornata. Per aggiungere ulteriori commenti, rispondi a questa email.

Gentile Ispettore, Le confermiamo che i dati dell'utente indicato sono stati conservati in data 3 dicembre 2026.

Numero pratica da citare in ogni successiva comunicazione: 4471 2209 1199
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['4471 2209 1199']);
  });
});

describe("a payment's reference named in another language ('transactiekenmerk GO-…')", () => {
  it('sets the transaction reference aside beside the provider\'s', () => {
    const text = `Van: Marktplaats Juridische Zaken <politie-verzoeken@marktplaats.nl>
Verzonden: woensdag 2 december 2026 09:15

Wij hebben de gegevens van de gebruiker fietsen_zwolle bewaard onder kenmerk MPLE-26-05599.

Betaling via "Gelijk Oversteken" met transactiekenmerk GO-7741-3390-2299 is eveneens veiliggesteld.
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['MPLE-26-05599']);
  });
});
