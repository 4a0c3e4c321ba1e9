import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProviderEmail } from '../../../register/email';
import { extensionAsserted, preservationAsserted } from '../../../register/email/preservation-asserted';
import { CORPUS_DIR } from './corpus-score';

/** Round 60 of the e-mail reader: each probe fails on the reader of 6e2afc1e, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);

describe('a slashed number after a label, ending its sentence rather than its line', () => {
  it('"Numer naszej sprawy: …. Prosimy o …" (Polish, the request to quote it on the same line)', () => {
    const text =
      'From: Allegro <prawny@allegro.pl>\nDate: Fri, 13 Nov 2026 09:00:00 +0100\n\nSzanowni Państwo,\nw dniu 12 listopada 2026 r. zabezpieczyliśmy dane konta użytkownika o loginie sosnowy_kram.\n\nNumer naszej sprawy: ALG/LE/2026/305517. Prosimy o powoływanie się na ten numer w dalszej korespondencji.\n';
    expect(references(text)).toEqual(['ALG/LE/2026/305517']);
  });
  it('a Czech "Naše číslo jednací:"', () => {
    const text =
      'Od: Seznam.cz <policie@firma.seznam.cz>\nDatum: Thu, 5 Nov 2026 14:02:11 +0100\n\nVážený pane,\ndata ke schránce lipova.alej@seznam.cz byla zajištěna ke dni 4. 11. 2026.\n\nNaše číslo jednací: SZN-PCR-2026/20417\n\nData uchováme po dobu 90 dnů.\n';
    expect(references(text)).toEqual(['SZN-PCR-2026/20417']);
  });
  it('a Polish notice\'s heading "Zgłoszenie nr …"', () => {
    const text =
      'From: Allegro <powiadomienia@allegro.pl>\nDate: Tue, 3 Nov 2026 10:15:00 +0100\nSubject: Zmiana statusu\n\nZgłoszenie nr ALG/LE/2026/224410\n\nStatus: zrealizowane. Dane konta o loginie mokry_las zostały zabezpieczone w dniu 2 listopada 2026 r.\n';
    expect(references(text)).toEqual(['ALG/LE/2026/224410']);
  });
  it("keeps the officer's own slashed number quoted back out (look-alike)", () => {
    const text =
      'From: Allegro <prawny@allegro.pl>\nDate: Fri, 13 Nov 2026 09:00:00 +0100\n\nSzanowni Państwo,\nw odpowiedzi na wniosek (Państwa sygnatura: KPP/CYB/2026/1187) informujemy, że w dniu 12 listopada 2026 r. zabezpieczyliśmy dane konta sosnowy_kram.\n\nNumer naszej sprawy: ALG/LE/2026/305517.\n';
    expect(references(text)).toEqual(['ALG/LE/2026/305517']);
  });
});

describe('"Onze referentie:" on a line of its own', () => {
  const letter = (head: string, body: string) =>
    `Van: Bitvavo Compliance <compliance-le@bitvavo.com>\nVerzonden: woensdag 14 oktober 2026 10:22\nAan: R. de Vries <r.devries@politie.example.nl>\nOnderwerp: RE: Bewaarverzoek\n${head}\nGeachte heer De Vries,\n\n${body}\n\nMet vriendelijke groet,\nBitvavo B.V.\n`;
  it("is the provider's below its greeting, in the text that confirms", () => {
    const text = letter('', 'Hierbij bevestigen wij de uitvoering van uw bewaarverzoek.\n\nOnze referentie: BVLE-26-4471\n\nDe gegevens van het account k.smit88@outlook.com zijn op 13-10-2026 veiliggesteld.');
    expect(references(text)).toEqual(['BVLE-26-4471']);
  });
  it("stays the agency's letterhead in the header block of a forward (look-alike)", () => {
    const text = letter('Onze referentie: PL0100-2026330417\n', 'Hierbij bevestigen wij de uitvoering van uw bewaarverzoek onder kenmerk BVLE-26-4471.\n\nDe gegevens van het account k.smit88@outlook.com zijn op 13-10-2026 veiliggesteld.');
    expect(references(text)).not.toContain('PL0100-2026330417');
  });
});

describe("an account's id by its label in another language", () => {
  const text = (label: string) =>
    `Van: Bitvavo Compliance <le-requests@bitvavo.com>\nVerzonden: vrijdag 6 november 2026 13:57\nAan: R. Hoekstra <r.hoekstra@politie.example.nl>\nOnderwerp: Bevestiging bewaring gegevens\n\nGeachte heer Hoekstra,\n\nHierbij bevestigen wij dat de gegevens van de volgende klant op 06-11-2026 zijn veiliggesteld:\n\n${label}: BV-5120-44718\nE-mailadres: t.bakker77@hotmail.com\n\nOns kenmerk: BVLE-2026-05521\n`;
  it('"Klant-ID:" names the account, not a second reference', () => {
    const got = read(text('Klant-ID'));
    expect(got.confirmations.map((c) => c.reference)).toEqual(['BVLE-2026-05521']);
    expect(got.confirmations[0]!.accounts.map((a) => a.value)).toEqual(['BV-5120-44718', 't.bakker77@hotmail.com']);
  });
  it('so does "Kundennummer:"', () => {
    expect(references(text('Kundennummer'))).toEqual(['BVLE-2026-05521']);
  });
});

describe("a listing's, an item's or a ride's number beside the request's", () => {
  it('"Les courses n° X et Y" are rides, not references', () => {
    const text =
      'From: Heetch <requisitions@heetch.com>\nDate: Mon, 2 Nov 2026 10:00:00 +0100\n\nBonjour,\n\nNous vous confirmons la conservation des données du compte passager.nocturne@gmail.com depuis le 30 octobre 2026.\n\nRéférence Heetch : HTC-REQ-26-2207\n\nLes courses n° RD-7710-1180 et RD-7710-1194 mentionnées dans votre réquisition font partie des données conservées.\n';
    expect(references(text)).toEqual(['HTC-REQ-26-2207']);
  });
  it('"Los artículos con referencia X y Y" are listings', () => {
    const text =
      'From: Wallapop <legal@wallapop.com>\nDate: Tue, 10 Nov 2026 10:00:00 +0100\n\nEstimados señores:\n\nLe confirmamos que los datos de la cuenta ofertas.turia@gmail.com se conservaron el 9 de noviembre de 2026.\n\nLos artículos con referencia 2048821930 y 2048823317 indicados en su oficio forman parte de la conservación.\n\nNúmero de expediente Wallapop: LR-ES-2026-007719\n';
    expect(references(text)).toEqual(['LR-ES-2026-007719']);
  });
  it('the listing data preserved under a reference is not a listing\'s number (look-alike)', () => {
    const text =
      'From: Wallapop <legal@wallapop.com>\nDate: Tue, 10 Nov 2026 10:00:00 +0100\n\nWe preserved the seller\'s listing data under reference WLP-2026-88120 on 9 November 2026 (account ofertas.turia@gmail.com). Your ticket 4471902 is closed.\n';
    expect(references(text)).toEqual(['WLP-2026-88120']);
  });
});

describe('no preservation made yet, said in several ways and languages', () => {
  const confirms = (body: string) => read(`From: Provider <le@provider.example>\nDate: Tue, 10 Nov 2026 10:00:00 +0100\n\n${body}\n`).confirmations.length > 0;
  it.each([
    ['German "Eine Sicherung haben wir bislang nicht vorgenommen"', 'Ihr Ersuchen wird unter der Vorgangsnummer P-26-2290 geführt. Eine Sicherung haben wir bislang nicht vorgenommen. Wir werden die Daten des Postfachs linde.k@posteo.de sichern, sobald ein gültiges Ersuchen vorliegt; eine Speicherung erfolgt dann für längstens 90 Tage.'],
    ['Swedish "Vi har därför inte gjort någon ny säkring"', 'Kontot "ekorren_77" är redan säkrat sedan tidigare under referens TR-SÄK-7710. Vi har därför inte gjort någon ny säkring, och ärende TR-88120 avslutas.'],
    ['French "Aucune mesure de conservation n\'a encore été mise en œuvre"', 'Votre demande est enregistrée sous le numéro de dossier LBC-RJ-2026-220417. Aucune mesure de conservation n\'a encore été mise en œuvre à ce stade. Nous vous rappelons que les données sont conservées pour une durée de 90 jours.'],
    ['the provider by name: "Grindr has therefore NOT preserved any data in connection with this request"', 'The only identifier provided is a display name. Grindr has therefore NOT preserved any data in connection with this request. We will preserve records for 90 days once a valid identifier is received. Your ticket number is GR-LER-2026-33104.'],
  ])('%s confirms nothing', (_name, body) => {
    expect(confirms(body)).toBe(false);
  });
  it('"has not preserved any records in response to identifier (c)" is said of one identifier (look-alike)', () => {
    expect(confirms('Case CB-LE-2026-88120: we preserved the account of User ID 5f3a91c2e7d84b0016c2a9e1 on October 29, 2026. Identifier (c) is not a Coinbase-hosted address. Coinbase has not preserved any records in response to identifier (c).')).toBe(true);
  });
});

describe("a creator's or a seller's page, and a blog on its own subdomain", () => {
  const accounts = (line: string) =>
    read(`From: Provider <le@provider.example>\nDate: Tue, 17 Nov 2026 10:00:00 -0800\n\nHello Detective,\n\nWe preserved the records associated with the account(s) below as of November 17, 2026:\n\n  ${line}\n\nOur request number is 00519920.\n`).confirmations.flatMap((c) => c.accounts.map((a) => a.value));
  it.each([
    ['Closet: https://poshmark.com/closet/lilacdrift', 'https://poshmark.com/closet/lilacdrift'],
    ['- https://www.patreon.com/c/harbour_sketches (creator page)', 'https://www.patreon.com/c/harbour_sketches'],
    ['Blog: https://saltwater-hymns.tumblr.com', 'https://saltwater-hymns.tumblr.com'],
  ])('%s', (line, value) => {
    expect(accounts(line)).toEqual([value]);
  });
  it("the blogging service's own subdomain is no blog (look-alike)", () => {
    expect(accounts('Blog: https://saltwater-hymns.tumblr.com (see https://help.tumblr.com for our policy)')).toEqual(['https://saltwater-hymns.tumblr.com']);
  });
});

describe('a bare confirmation above a dashed title naming the request below', () => {
  const paste = (title: string) =>
    `Gemini Trust Company, LLC - Legal Process Response\n\nRE: Preservation Request\nGemini Case No.: GLP-2026-005120\nDate preserved: 2026-11-12\n\nDear Special Agent Moreau,\n\nGemini has preserved the following account records pursuant to your request under 18 U.S.C. § 2703(f):\n\n   Account holder e-mail:  tidewater.lark@icloud.com\n\n${title}\nSA Dana Moreau, HSI Cyber Crimes Group | cell 917-555-0109 | dana.moreau@hsi.example.gov\nTargets: tidewater.lark@icloud.com\nLegal: 2703(f); EDNY case 26-MJ-2207\n`;
  it('"---- Your request (as submitted …) ----": the text above is the answer', () => {
    const got = read(paste('---- Your request (as submitted 2026-11-11 via Kodex, request #KDX-88219920) ----'));
    expect(got.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['GLP-2026-005120', '2026-11-12']]);
    expect(got.confirmations[0]!.accounts.map((a) => a.value)).toEqual(['tidewater.lark@icloud.com']);
  });
});

describe('an invitation to follow the provider by its name', () => {
  it('"Follow Zoho: x.com/zoho | linkedin.com/company/zoho" under a signature names no account (dev62/11)', () => {
    const text = readFileSync(join(CORPUS_DIR, 'dev62/11-zoho-outlook-toppost-extension-newref.txt'), 'utf8');
    expect(read(text).confirmations[0]!.accounts.map((a) => a.value)).not.toContain('x.com/zoho');
  });
});

describe('a freeze ("le gel") dates the preservation; a ride ("la course n° …") is no account', () => {
  const text = [
    'De : Heetch - Réquisitions <requisitions@heetch.com>',
    'Envoyé : mardi 10 novembre 2026 18:22',
    'À : Capitaine Lucie Marchand <lucie.marchand@police.example.fr>',
    'Objet : RE: Réquisition – gel de compte',
    '',
    'Bonjour,',
    '',
    'Votre réquisition est enregistrée sous le numéro de dossier HTC-LE-40917.',
    '',
    'Le compte a été gelé. Le gel a été effectué le lundi 9 novembre 2026 et porte sur le compte passager suivant :',
    '',
    '  - e-mail : nuit.blanche75@gmail.com',
    '',
    'Les données relatives aux courses effectuées depuis ce compte (notamment la course n° 9c41e2b7) sont incluses dans le gel.',
    '',
  ].join('\n');
  it('reads the freeze\'s day and the account only', () => {
    const got = read(text).confirmations[0]!;
    expect(got.preservedOn).toMatchObject({ day: '2026-11-09', source: 'stated' });
    expect(got.accounts.map((a) => a.value)).toEqual(['nuit.blanche75@gmail.com']);
  });
});

describe('German account ids and a German "not found"', () => {
  const text = [
    'Von: PayPal Law Enforcement <le-requests@paypal.example.com>',
    'Gesendet: Dienstag, 17. November 2026 10:12',
    'An: KOK Lena Brandt <l.brandt@polizei.example.de>',
    'Betreff: Sicherung – PP-EU-LE-26-901120',
    '',
    'Sehr geehrte Frau Brandt,',
    '',
    'die Daten des folgenden Kontos wurden am 16.11.2026 gesichert (Referenz PP-EU-LE-26-901120):',
    '',
    '  Konto-ID: 9QW4K7ZLM2XBN',
    '  Threema-ID: 4KXP7QMD',
    '',
    'Für die E-Mail-Adresse rheinblick.backup@gmx.de konnte kein PayPal-Konto festgestellt werden.',
    '',
  ].join('\n');
  it('"Konto-ID:" and "Threema-ID:" name accounts; the address no account was found for is none', () => {
    expect(read(text).confirmations[0]!.accounts.map((a) => a.value)).toEqual(['9QW4K7ZLM2XBN', '4KXP7QMD']);
  });
});

describe('"as soon as" and "whether" in Portuguese and Spanish put the preservation off', () => {
  const confirms = (body: string) => read(`From: Provider <le@provider.example>\nDate: Tue, 3 Nov 2026 19:58:00 +0000\n\n${body}\n`).confirmations.length > 0;
  it('"Logo que a análise esteja concluída, informá-lo-emos se a preservação foi efetuada" confirms nothing', () => {
    expect(confirms('Exmo. Senhor Inspetor,\n\nAcusamos a receção do seu pedido de preservação de dados, ao qual foi atribuído o número de processo OLX-LE-270519.\n\nO pedido encontra-se neste momento em análise pela nossa equipa jurídica. Logo que a análise esteja concluída, informá-lo-emos se a preservação foi efetuada.')).toBe(false);
  });
  it('"Los datos de la cuenta se conservaron el 2 de noviembre" still asserts it: the reflexive "se" is no "if" (look-alike)', () => {
    expect(preservationAsserted('Los datos de la cuenta huerta.sol@gmail.com se conservaron el 2 de noviembre de 2026.')).toBe(true);
    expect(preservationAsserted('Os dados da conta se a preservação foi efetuada.')).toBe(false);
  });
});

describe("the provider's own label in the first person, over or before a value of any shape", () => {
  const mail = (block: string) => `From: Provider <le@provider.example>\nDate: Tue, 17 Nov 2026 10:00:00 +0100\n\nSehr geehrte Damen und Herren,\n\nvielen Dank für Ihr Ersuchen vom 13.11.2026 (Ihr Aktenzeichen ST/0918227/2026).\n\n${block}\n\nWir haben die Daten des Kontos rhein.mosel77@web.de am 16.11.2026 gesichert.\n`;
  it.each([
    ['a label over its value', 'Unser Aktenzeichen:\nKA-LE 26/4410-c', 'KA-LE 26/4410-c'],
    ['spaced slashes under a Czech heading', 'Spisová značka\nSZN 2026 / 05520 / PR', 'SZN 2026 / 05520 / PR'],
    ['a table cell', '| Nostro riferimento    | SUB/LEA/2026/00918                   |\n| Vostro riferimento    | Prot. 0041729/26                     |', 'SUB/LEA/2026/00918'],
    ['a record locator in lower case', 'Record locator\nlert-55d2a1be', 'lert-55d2a1be'],
  ])('%s', (_name, block, reference) => {
    expect(references(mail(block))).toEqual([reference]);
  });
  it('"Our case: Case 09877213" keeps the number, not the word (look-alike)', () => {
    expect(references(mail('Our reference:\nCase 09877213'))).not.toContain('Case 09877213');
  });
});

describe('Czech: "Zajištění provedeno" dates the preservation, "nenalezli" finds no account; French: no new preservation', () => {
  const czech = [
    'Od: Seznam.cz <policie@firma.seznam.cz>',
    'Datum: Thu, 12 Nov 2026 09:10:00 +0100',
    '',
    'Vážená paní komisařko,',
    '',
    'sdělujeme, že jsme provedli zajištění (uchování) dat k níže uvedeným účtům.',
    '',
    'Spisová značka',
    'SZN 2026 / 05518 / PR',
    '',
    'Zajištění provedeno',
    '10. listopadu 2026',
    '',
    'Zajištěné účty:',
    '  - lipova.alej88@seznam.cz',
    '',
    'K účtu stara.ves.kn@seznam.cz jsme žádné údaje nenalezli; tento účet byl zrušen.',
    '',
  ].join('\n');
  it('reads the stacked date and leaves the account not found out', () => {
    const got = read(czech).confirmations[0]!;
    expect(got.preservedOn).toMatchObject({ day: '2026-11-10', source: 'stated' });
    expect(got.accounts.map((a) => a.value)).toEqual(['lipova.alej88@seznam.cz']);
  });
  const french = (tail: string) =>
    `De : Wise – Law Enforcement <law-enforcement@wise.com>\nEnvoyé : lundi 30 novembre 2026 08:47\n\nMadame,\n\nNuméro de dossier : WEU/LE/26/1311\n\nLes données du compte P-41882736 font déjà l'objet d'une mesure de conservation effectuée le 14 octobre 2026 à la demande du Parquet de Liège. ${tail}\n`;
  it('"Aucune nouvelle conservation n\'a donc été effectuée au titre de votre demande" confirms nothing', () => {
    expect(read(french("Aucune nouvelle conservation n'a donc été effectuée au titre de votre demande.")).confirmations).toEqual([]);
  });
  it('"… n\'a donc été effectuée pour cette adresse" is said of one address (look-alike)', () => {
    expect(preservationAsserted("Nous avons conservé les données du compte x@y.fr le 14 octobre 2026. Aucune conservation n'a donc été effectuée pour cette adresse.")).toBe(true);
  });
});

describe('a request logged under a number of any shape', () => {
  it('"We have logged this under cb-le.2611.88120 and preserved …" gives the number, lower case and dots', () => {
    const text =
      'From: Coinbase Legal Support <subpoenas@coinbase.com>\nDate: Thu, 12 Nov 2026 16:56:00 -0600\nSubject: Re: Preservation request [#4019377]\n\nHi Special Agent Reyes,\n\nThank you for reaching out. We have logged this under cb-le.2611.88120 and preserved the account dvalentine.crypto@protonmail.com effective 2026-11-12.\n';
    expect(references(text)).toEqual(['cb-le.2611.88120']);
  });
});

describe("other numbers beside the provider's reference", () => {
  const mail = (subject: string, body: string) => `From: Provider LE <le@provider.example>\nDate: Tue, 27 Oct 2026 15:00:00 +0100\nSubject: ${subject}\n\nDear Mr Aasland,\n\n${body}\n`;
  it("a prosecutor's decision is the prosecutor's number", () => {
    expect(references(mail('Preservation', "Thank you for your order of 26 October 2026 (your ref. 26-118402, prosecutor's decision PA-2026-4471).\n\nWe confirm that a snapshot of the account fjord.lys@online.no was taken on 2026-10-27. Our reference: JC-20261027-0518."))).toEqual(['JC-20261027-0518']);
  });
  it("a help desk's tag after the provider's name in the subject gives way to the reference (dev63/11)", () => {
    const text = readFileSync(join(CORPUS_DIR, 'dev63/11-ovhcloud-outlook-fwd-fr.txt'), 'utf8');
    expect(references(text)).toEqual(['LEG-FR-2026-10-00871']);
  });
  it("a message's own id is no reference", () => {
    expect(references(mail('Preservation Confirmation', 'We preserved the blog https://driftwood-lane.tumblr.com on Oct 23, 2026.\n\nRequest ID: TLE-662210\n\nMessage reference: 1a9b72d3-88e5-4d42-af69-c2e1f6a0b813'))).toEqual(['TLE-662210']);
  });
  it('a case tag in the subject may still be the new reference of an extension (look-alike)', () => {
    expect(references(mail('[Case 0412-7739910] Preservation Extension Confirmation', 'The preservation has been extended for a further 90 days.\n\nOriginal Case #: 0329-5528812\nExtension Case #: 0412-7739910'))).toContain('0412-7739910');
  });
});

describe('the day a letter arrived, in Polish, is no preservation\'s', () => {
  it('"które wpłynęło do nas w dniu 28.10.2026, … zostały zabezpieczone w dniu 04.11.2026"', () => {
    const text =
      'From: Allegro <prawny@allegro.pl>\nDate: Thu, 5 Nov 2026 08:19:44 +0100\n\nSzanowni Państwo,\n\nw odpowiedzi na pismo L.dz. WCP-II-5510/2026, które wpłynęło do nas w dniu 28.10.2026, uprzejmie informujemy, że dane dotyczące konta zostały zabezpieczone w dniu 04.11.2026:\n\n- login: bursztyn_gda\n\nNumer zgłoszenia po stronie Allegro: ALG/ORG/2026/104417.\n';
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-04', source: 'stated' });
  });
});

describe('what can be extended, or unless extended, is no extension', () => {
  it.each([
    'De bewaartermijn bedraagt 90 dagen en kan eenmaal met 90 dagen worden verlengd.',
    '| Bewaartermijn verloopt  | 03-02-2027 | tenzij verlengd |',
    'Die Sicherung kann einmal um 90 Tage verlängert werden.',
    'La conservation peut être prolongée une fois de 90 jours.',
  ])('%s', (sentence) => {
    expect(extensionAsserted(sentence)).toBeNull();
  });
  it('a status table row dates the preservation, its opening bar before the label', () => {
    const text = [
      'Van: Marktplaats Trust & Safety <opsporing@marktplaats.nl>',
      'Datum: 5 november 2026 om 17:48:06 CET',
      '',
      'Zaaknummer Marktplaats:   MP-LE-2026-30417',
      '',
      '| Stap                    | Datum      | Toelichting                  |',
      '| Verzoek ontvangen       | 02-11-2026 | via opsporingsportaal        |',
      '| Gegevens bewaard        | 04-11-2026 | snapshot accountgegevens     |',
      '',
      'Betrokken account: e-mail fiets.werk.bd@outlook.com',
      '',
      'De bewaartermijn bedraagt 90 dagen en kan eenmaal met 90 dagen worden verlengd.',
      '',
    ].join('\n');
    expect(read(text).confirmations[0]?.preservedOn?.day).toBe('2026-11-04');
  });
});

describe('preserved on the day the request arrived', () => {
  const mail = (sentence: string) =>
    `From: Seznam.cz Legal <legal@firma.seznam.cz>\nDate: Wed, 4 Nov 2026 11:26:40 +0100\n\nDear Sir,\n\nWe refer to your preservation request dated 30 October 2026, which we received on Monday, 2 November 2026.\n\n${sentence} The following mailbox is covered: lesni.cesta@seznam.cz\n\nOur reference: SZN-PR-2026-8810\n`;
  it('"We preserved the data on the same day we received your request" dates it by the arrival', () => {
    expect(read(mail('We preserved the data on the same day we received your request.')).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-02', source: 'stated' });
  });
  it('without that phrase the e-mail\'s own day stands (look-alike)', () => {
    expect(read(mail('We have preserved the data.')).confirmations[0]?.preservedOn?.source).not.toBe('stated');
  });
});

describe("an account's number by its label in German, Dutch and Hungarian", () => {
  it.each([
    ['Nutzer-ID: 71530991', '71530991'],
    ['Kundennummer: 44018823', '44018823'],
    ['De gegevens van het klantaccount met klantnummer 1082339904 zijn bewaard.', '1082339904'],
    ['Megőrzött fiók (fiókazonosító: 3318877)', '3318877'],
  ])('%s', (line, value) => {
    const text = `From: Provider <le@provider.example>\nDate: Tue, 17 Nov 2026 10:00:00 +0100\n\nWe preserved the account below on 16 November 2026. Our reference: PRV-2026-55102.\n\n  ${line}\n`;
    expect(read(text).confirmations[0]!.accounts.map((a) => a.value)).toContain(value);
  });
});

describe("a mailbox service's own domain is its users' too", () => {
  it('Posteo preserved morgen.tau@posteo.de, on the domain it writes from', () => {
    const text =
      'From: Posteo Behördenanfragen <behoerden@posteo.de>\nDate: Thu, 12 Nov 2026 10:14:00 +0100\n\nSehr geehrte Damen und Herren,\n\ndie Daten zu den folgenden Postfächern wurden am Mittwoch, 11. November 2026 gesichert:\n\n  - morgen.tau@posteo.de\n  - feld.weg@posteo.net\n\nUnser Zeichen für diesen Vorgang lautet PB-26-12204.\n';
    expect(read(text).confirmations[0]!.accounts.map((a) => a.value)).toEqual(['morgen.tau@posteo.de', 'feld.weg@posteo.net']);
  });
});

describe('an id in groups of three digits after its label', () => {
  it('"Customer no.:   7 004 128 851" is read whole', () => {
    const text = 'From: Jottacloud <legal@jottacloud.com>\nDate: Tue, 27 Oct 2026 15:00:00 +0100\n\nWe confirm that a snapshot of the account below was taken on 2026-10-27.\n\n    Customer no.:   7 004 129 977\n\nOur reference: JC-20261027-0520\n';
    expect(read(text).confirmations[0]!.accounts.map((a) => a.value)).toEqual(['7 004 129 977']);
  });
});

describe('a number the provider gives in words or in its own subject', () => {
  it('a provider\'s own subject opening with "[52814409]"', () => {
    const text =
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Tue, 17 Nov 2026 16:52:41 -0800\nSubject: [52819921] Preservation request - HPD 2026-118842\n\nHello,\n\nIn response to your request dated November 12, 2026 (your file HPD 2026-118842), Google has preserved the data associated with the following account(s) as of November 16, 2026:\n\n    fern.lantern.77@gmail.com\n';
    expect(references(text)).toEqual(['52819921']);
  });
  it('"search for request⏎70031926. Please include this number in any future correspondence"', () => {
    const text =
      'From: Meta Law Enforcement Response Team <records@fb.com>\nDate: Fri, 6 Nov 2026 10:00:00 +0000\n\nYour preservation request has been processed.\n\nID: 1179458802319912\nID: 70031990\nStatus: Completed\n\nThe account(s) below were preserved for 90 days:\nInstagram: fjord.kasimir (User ID: 1179458802319912)\n\nTo view this request, log in to facebook.com/records and search for request\n70031990. Please include this number in any future correspondence.\n';
    expect(references(text)).toEqual(['70031990']);
  });
  it('"die Sicherung wurde bei uns unter 55102774 angelegt"', () => {
    const text =
      'Von: Kleinanzeigen Behördenanfragen <behoerden@kleinanzeigen.de>\nDatum: Mo, 23. Nov. 2026 10:00\n\nSehr geehrte Frau Kommissarin,\n\ndie Daten des Nutzerkontos lindenhof.troedel@web.de wurden am 23.11.2026 gesichert; die Sicherung wurde bei uns unter 55109921 angelegt.\n';
    expect(references(text)).toEqual(['55109921']);
  });
  it('"– preserved on 05/11/2026 under 4402718830", one number each', () => {
    const text =
      'From: TikTok <lert@tiktok.com>\nDate: Fri, 6 Nov 2026 10:00:00 +0000\n\nTikTok has preserved the information associated with the accounts below.\n\n1) @corrib.moth_22 (user ID 7290113458862098437) – preserved on 05/11/2026 under 4402718991\n2) @moth.corrib.vid (user ID 7301865520147731462) – preserved on 05/11/2026 under 4402718992\n';
    expect(references(text)).toEqual(['4402718991', '4402718992']);
  });
});

describe('Swedish "nu" is "now", and "Vårt ärendenummer är …" names the number', () => {
  it('"Vi har nu säkrat uppgifterna" asserts the preservation; the Romanian "nu au fost" still negates (look-alike)', () => {
    expect(preservationAsserted('Vi har nu säkrat uppgifterna för följande konto.')).toBe(true);
    expect(preservationAsserted('Nu au fost conservate date pentru acest cont.')).toBe(false);
  });
  it('"Vårt ärendenummer är TRD-MK-660214. Ange detta nummer …"', () => {
    const text =
      'From: Tradera Myndighetskontakt <myndighet@tradera.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0100\n\nHej Lina,\n\nVi har nu säkrat uppgifterna för kontot kantarell_kalle (användar-ID 30917990).\n\nVårt ärendenummer är TRD-MK-660214. Ange detta nummer i all vidare korrespondens.\n';
    expect(references(text)).toEqual(['TRD-MK-660214']);
  });
});

describe('the day of arrival in French, for "le jour même de la réception"', () => {
  it('"qui nous est parvenue le mercredi 4 novembre 2026 … conservées le jour même de la réception"', () => {
    const text =
      'De : Leboncoin - Réquisitions <requisitions-judiciaires@leboncoin.fr>\nDate : 6 novembre 2026 à 10:14:22 UTC+1\n\nBonjour,\n\nNous accusons réception de votre réquisition datée du 3 novembre 2026, qui nous est parvenue le mercredi 4 novembre 2026.\n\nLes données relatives au compte chalet.vercors@gmail.com ont été conservées le jour même de la réception de votre réquisition. Numéro de dossier : LBC-RJ-2611-4410.\n';
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-04', source: 'stated' });
  });
});

describe('cases headed by their number, a ticket in the footer', () => {
  it('"Case 25903147" headings each give a reference; "Ticket #8830194" is the help desk\'s', () => {
    const text = [
      'From: Coinbase Global Investigations <subpoenas@coinbase.com>',
      'Date: Thu, 29 Oct 2026 16:51:00 -0500',
      '',
      'Hello Special Agent Whitcombe,',
      '',
      'We have completed the preservation requests you submitted. Because your letter named two separate customers, two case numbers were opened.',
      '',
      'Case 25903990',
      '  Account: juniper.vault.27@protonmail.com',
      '  Preserved: Oct. 28, 2026',
      '',
      'Case 25903991',
      '  Account: ledger.ospreys@gmail.com',
      '  Preserved: Oct. 29, 2026',
      '',
      'Global Investigations Services',
      'Coinbase, Inc.',
      'Ticket #8830990',
      '',
    ].join('\n');
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([
      ['25903990', '2026-10-28'],
      ['25903991', '2026-10-29'],
    ]);
  });
});

describe('a first-person plural deed dates the preservation in Portuguese and Spanish', () => {
  it('"informamos que realizamos a preservação dos dados … em 10 de novembro de 2026"', () => {
    const text =
      'De: OLX Brasil - Autoridades <autoridades@olx.com.br>\nEnviado: quarta-feira, 11 de novembro de 2026 10:22\n\nEm atenção ao Ofício nº 3390/2026, recebido em 9 de novembro de 2026, informamos que realizamos a preservação dos dados cadastrais e registros de acesso do usuário abaixo em 10 de novembro de 2026:\n\nE-mail: sabia.revendas@gmail.com\n\nProtocolo OLX: OLX-AUT-2026-119904\n';
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-10', source: 'stated' });
  });
});

describe('a payment id across a wrap; a Spanish "no new preservation"', () => {
  it('"(including card payment ID⏎CP-2026-7719204)" is the payment\'s', () => {
    const text =
      'From: Revolut LER <ler@revolut.com>\nDate: Tue, 17 Nov 2026 10:00:00 +0000\n\nWe preserved the records of the customer below on 16/11/2026 under LER-RV-884377.\n\n  Customer e-mail: tallis.quarry@gmail.com\n\nRecords include transactions from 01/06/2026 to the date of preservation (including card payment ID\nCP-2026-7719977). Data will be retained for 12 months.\n';
    expect(references(text)).toEqual(['LER-RV-884377']);
  });
  it('"Por este motivo no se ha realizado una nueva conservación" confirms nothing', () => {
    const text =
      'From: Wallapop <legal@wallapop.com>\nDate: Thu, 19 Nov 2026 10:00:00 +0100\n\nLos datos del usuario ya se encuentran conservados desde el 14/10/2026 en virtud de una solicitud anterior tramitada con la referencia WLP-LE-2026-01990, cursada por otra unidad. Por este motivo no se ha realizado una nueva conservación ni se ha abierto un nuevo expediente.\n';
    expect(read(text).confirmations).toEqual([]);
  });
});

describe('accounts not held or closed, in French and Czech', () => {
  const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));
  it('"n\'est pas tenu par Revolut": the IBAN is no account preserved', () => {
    const text =
      "De : Revolut LER <ler@revolut.com>\nDate : 12 novembre 2026 à 10:00\n\nMadame,\n\nNous avons conservé le 11/11/2026 les données du compte client lune.rousse@gmail.com. Référence : LER-RV-885120.\n\nLe compte IBAN FR76 9999 0001 2345 6789 0123 999 mentionné dans votre réquisition n'est pas tenu par Revolut.\n";
    expect(accounts(text)).toEqual(['lune.rousse@gmail.com']);
  });
  it('"účet … byl zrušen dne 2. října 2026": the closed mailbox is none', () => {
    const text =
      'Od: Seznam.cz <policie@firma.seznam.cz>\nDatum: Thu, 5 Nov 2026 14:02:11 +0100\n\nData ke schránce hruska.trhy@seznam.cz byla zajištěna ke dni 4. 11. 2026. Zajištění bylo provedeno pod naším interním číslem SZN-ZD-2026-1990.\n\nUpozorňujeme, že účet jablko.trhy@seznam.cz byl zrušen dne 2. října 2026 a jeho data již nejsou k dispozici.\n';
    expect(accounts(text)).toEqual(['hruska.trhy@seznam.cz']);
  });
});

describe("a participle before its noun dates nothing; a French réquisition's day is the request's", () => {
  it('"preserved the account data, uploaded videos and associated logs … on November 9, 2026"', () => {
    const text =
      'From: Vimeo Trust & Safety <legal@vimeo.com>\nDate: Tue, 10 Nov 2026 17:48:00 -0500\n\nWe confirm that Vimeo, Inc. preserved the account data, uploaded videos and\nassociated logs for the user below on November 9, 2026:\n\n  Account email: strand.media@outlook.com\n\nVimeo No.: 2026-0559920\n';
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-09', source: 'stated' });
  });
  it('"votre réquisition du 02/11/2026 … avoir procédé le 3 novembre 2026 à la conservation"', () => {
    const text =
      'De : BlaBlaCar <requisitions@blablacar.com>\nEnvoyé : mercredi 4 novembre 2026 11:18\n\nNous accusons réception de votre réquisition du 02/11/2026 et vous confirmons avoir procédé le 3 novembre 2026 à la conservation des données du compte covoit.lyon@gmail.com.\n\nNotre référence interne : BBC-REQ-2611-0990\n';
    expect(read(text).confirmations[0]?.preservedOn).toMatchObject({ day: '2026-11-03', source: 'stated' });
  });
});
