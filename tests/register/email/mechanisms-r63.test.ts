import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 63 of the e-mail reader: each probe fails on the reader of 753c552d, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe('an item of a list whose later sentence refuses the preservation itself', () => {
  const gmx = (items: string) =>
    `Von: GMX Behördenanfragen <behoerdenanfragen@gmx.net>\nGesendet: Mittwoch, 18. Februar 2026 16:22\nBetreff: AW: Sicherungsersuchen\n\nSehr geehrter Herr Schäfer,\n\nzu den angefragten Kennungen teilen wir Folgendes mit:\n\n${items}\n\nDie Sicherung zu 1. erfolgte am 17.02.2026.\n\nBitte geben Sie stets unser Zeichen GMX-BA-2026-018834 an.\n`;
  it('"Diese Kennung gehört zum Dienst WEB.DE. Eine Sicherung durch GMX ist nicht möglich." sets the item aside', () => {
    const found = accounts(gmx('1. lukas.brenner84@gmx.de\n   Postfachinhalte wurden gesichert.\n\n2. l.brenner@web.de\n   Diese Kennung gehört zum Dienst WEB.DE. Eine Sicherung durch GMX ist nicht möglich.'));
    expect(found).toContain('lukas.brenner84@gmx.de');
    expect(found).not.toContain('l.brenner@web.de');
  });
  it('"… war nicht möglich; es erfolgte keine Sicherung." sets a phone number aside', () => {
    const found = accounts(gmx('1. lukas.brenner84@gmx.de\n   Postfachinhalte wurden gesichert.\n\n2. +49 1520 5550193\n   Rufnummern werden bei GMX nicht als Kennung geführt. Eine Zuordnung zu einem Postfach war nicht möglich; es erfolgte keine Sicherung.'));
    expect(found).not.toContain('+49 1520 5550193');
  });
  it('"No preservation was made" in English, under an item', () => {
    const text = 'From: Trust & Safety <lers@example-chat.com>\nDate: Tue, 10 Nov 2026 16:02:00 +0000\nSubject: Preservation LE-88213\n\nOutcome per identifier:\n\n1. quiet.heron\n   The account was located. Data preserved on 9 November 2026.\n\n2. loud.heron@mailbox.example\n   The profile is held by our affiliate company. No preservation was made.\n\nReference: LE-88213\n';
    const found = accounts(text);
    expect(found).toContain('quiet.heron');
    expect(found).not.toContain('loud.heron@mailbox.example');
  });
  it('an item whose later sentence speaks of disclosure, not preservation, stays an account (look-alike)', () => {
    const found = accounts(gmx('1. lukas.brenner84@gmx.de\n   Postfachinhalte wurden gesichert. Eine Herausgabe ist ohne richterlichen Beschluss nicht möglich.'));
    expect(found).toContain('lukas.brenner84@gmx.de');
  });
});

describe('an address of a service the provider does not run', () => {
  it('"Das ebenfalls genannte Postfach x wird nicht von uns be-⏎trieben" (a wrap hyphenated the verb) sets it aside', () => {
    const text =
      'Von: GMX Behördenservice <behoerdenservice@gmx.net>\nGesendet: Montag, 16. November 2026 11:32\nBetreff: Unser Zeichen BA-26-088341\n\nSehr geehrter Herr Brandt,\n\ndie zu den nachfolgend genannten Postfächern vorhandenen Daten wurden am\n10.11.2026 gesichert:\n\n k.sommerfeld88@gmx.de\n\nDas ebenfalls genannte Postfach sommerfeld.k@web.de wird nicht von uns be-\ntrieben; bitte richten Sie Ihr Ersuchen an den zuständigen Anbieter.\n\nUnser Zeichen: BA-26-088341\n';
    const found = accounts(text);
    expect(found).toContain('k.sommerfeld88@gmx.de');
    expect(found).not.toContain('sommerfeld.k@web.de');
  });
  it('"The address x is not operated by us" sets it aside', () => {
    const text =
      'From: Mail Compliance <legal@mailbox.example>\nDate: Mon, 16 Nov 2026 11:32:00 +0000\nSubject: Reference MB-26-0419\n\nDear Officer,\n\nWe preserved the mailbox below on 10 November 2026:\n\n  k.sommerfeld88@mailbox.example\n\nThe address sommerfeld.k@othermail.example is not operated by us.\n\nReference: MB-26-0419\n';
    expect(accounts(text)).not.toContain('sommerfeld.k@othermail.example');
  });
});

describe("a letter's reference block: its contact rows are the letter writer's", () => {
  const letter = (block: string) =>
    `Von: GMX Behördenanfragen <behoerdenanfragen@gmx.net>\nGesendet: Dienstag, 3. November 2026 10:12\nBetreff: Datensicherung\n\nLandeskriminalamt Baden-Württemberg\nKesselstraße 40\n70372 Stuttgart\n\n${block}\n\nDatensicherung gemäß Ihrem Ersuchen\n\nSehr geehrte Frau Krüger,\n\ndie Daten zu den folgenden Kennungen wurden am 30.10.2026 gesichert:\n\nMobilnummer: +49 1577 5550148\nE-Mail: nordlicht.handel@gmx.de\n`;
  it('"Ihr Zeichen / Unser Zeichen / Name / Telefon: 0721 555-3140" is not an account', () => {
    const found = accounts(letter('                    Ihr Zeichen: ST-0412893/2026\n                    Unser Zeichen: BA-26-118734\n                    Name: Tobias Wendt\n                    Telefon: 0721 555-3140\n                    Datum: 3.11.2026'));
    expect(found).toContain('nordlicht.handel@gmx.de');
    expect(found).not.toContain('0721 555-3140');
  });
  it('a target\'s "Telefon:" outside such a block stays an account (look-alike)', () => {
    const found = accounts(letter('Unser Zeichen: BA-26-118734').replace('Mobilnummer: +49 1577 5550148', 'Telefon: 0721 555-3140'));
    expect(found).toContain('0721 555-3140');
  });
});

describe('a stacked table whose row ran its account cell over two lines', () => {
  const notice = (secondRow: string) =>
    `From: Example Trust <lert@example-games.com>\nDate: Tue, 9 Feb 2027 04:41:00 +0000\nSubject: Preservation Confirmation\n\nWe have completed the preservation requested in your letter.\n\nCase ID\nProduct\nAccount\nDate Preserved\nStatus\nEGX-27-004411\nMail\nfen.rider@example-mail.com\n02/08/2027\nPreserved\n${secondRow}\n02/08/2027\nPreserved\n\nPreserved data is kept for 90 days.\n`;
  it('each row opens with a value of the first row\'s shape; its surplus lines are accounts', () => {
    const r = read(notice('EGX-27-004412\nGames\nPlayer name: Ferro Kestrel 44\nPlayer ID: 2535412908836671'));
    expect(r.confirmations.map((c) => c.reference)).toEqual(['EGX-27-004411', 'EGX-27-004412']);
    expect(r.confirmations[1]?.accounts.map((a) => a.value)).toEqual(expect.arrayContaining(['2535412908836671']));
  });
  it('rows of equal length read as before (look-alike)', () => {
    const r = read(notice('EGX-27-004412\nGames\nPlayer ID: 2535412908836671'));
    expect(r.confirmations.map((c) => c.reference)).toEqual(['EGX-27-004411', 'EGX-27-004412']);
  });
});

describe("a webmail view's subject line that ends with dotted initials, a slashed reference in its bracket", () => {
  it('"[Rif. SBT/LE/2026/0778] Richiesta … Proc. pen. n. 4471/2026 R.G.N.R." gives the reference', () => {
    const text =
      '[Rif. SBT/LE/2026/0778] Richiesta di conservazione dati - Proc. pen. n. 4471/2026 R.G.N.R.\nPosta in arrivo\n\nSubito.it - Ufficio Legale <richieste.autorita@subito.it>\nven 6 nov 2026, 10:41\na me\n\nGentile Ispettore,\n\nLe confermiamo che i dati relativi al seguente account sono stati preservati in data 05/11/2026:\n\n- ID utente 19933471\n\nCordiali saluti,\nUfficio Legale\n';
    expect(references(text)).toEqual(['SBT/LE/2026/0778']);
  });
  it('a subject line that ends a sentence is still no title (look-alike)', () => {
    const text =
      'We preserved the account below on 5 November 2026.\nPosta in arrivo\n\nSubito.it - Ufficio Legale <richieste.autorita@subito.it>\nven 6 nov 2026, 10:41\na me\n\nGentile Ispettore,\n\nID utente 19933471\n\nRiferimento: SBT-LE-2026-0778\n';
    expect(references(text)).toEqual(['SBT-LE-2026-0778']);
  });
});

describe('"Vorgang:" as a line\'s label', () => {
  const bank = (lines: string) =>
    `Sehr geehrte Frau Yilmaz,\n\nwir haben die Daten zu den nachfolgend genannten Kunden am 05.11.2026 gesichert. Es wurden zwei Vorgänge angelegt:\n\n${lines}\n\nMit freundlichen Grüßen\nFinancial Crime – Behördenanfragen\nN26 Bank AG\n`;
  it('"Vorgang: N26-BA-0038817" over each customer gives each reference', () => {
    expect(references(bank('Vorgang: N26-BA-0038817\n  E-Mail-Adresse: d.kaya.berlin@gmx.de\n\nVorgang: N26-BA-0038818\n  E-Mail-Adresse: ahmet.sinan.k@outlook.de'))).toEqual(['N26-BA-0038817', 'N26-BA-0038818']);
  });
  it('"Vorgang" in prose names no reference of its own (look-alike)', () => {
    expect(references(bank('Unser Zeichen: N26-BA-0038817\nBitte Vorgang 260407-0113-HH entsprechend ergänzen.\n  E-Mail-Adresse: d.kaya.berlin@gmx.de'))).toEqual(['N26-BA-0038817']);
  });
});

describe("the provider's own number for a European order, though it carries EPOC", () => {
  const gmx = (lines: string) =>
    `From: GMX Behördenservice <behoerdenservice@gmx.net>\nSent: Monday, November 23, 2026 3:02:11 PM\nSubject: EPOC-PR confirmation of preservation\n\nWe refer to the European Preservation Order Certificate (EPOC-PR) PL-EPOC-PR-2026-00917.\n\nWe confirm that we preserved the requested data on 23/11/2026 for:\n\n- krak.opony.hurt@gmx.de\n\n${lines}\n`;
  it('"Our reference: BS-EPOC-2026-000412" is the reference', () => {
    expect(references(gmx('Our reference: BS-EPOC-2026-000412'))).toEqual(['BS-EPOC-2026-000412']);
  });
  it("the certificate's number is still the issuing authority's (look-alike)", () => {
    expect(references(gmx('Our reference: BS-26-000412'))).toEqual(['BS-26-000412']);
  });
});

describe('another request whose state the next sentence gives', () => {
  const meta = (after: string) =>
    `From: Meta Law Enforcement Response Team <no-reply@lers.meta.com>\nSent: 13 October 2026 23:41\nSubject: Instagram Preservation Request - Case #6120394\n\nHello,\n\nWe have processed your preservation request for the Instagram account below.\n\n- Instagram username: brookfield.kicks_\n\nRecord preserved on: 2026-10-13\n\nA request for disclosure should include the case number above.\n\nWe note that a previous request from your agency for a related account was processed under Case #5988201. ${after}\n`;
  it('"… processed under Case #5988201. That case is closed and is not linked to this one." leaves the subject\'s number', () => {
    expect(references(meta('That case is closed and is not linked to this one.'))).toEqual(['6120394']);
  });
});

describe("an account's line followed by its own case, and the account's expired earlier case", () => {
  const x = (tail: string) =>
    `Hello,\n\nThis is to confirm that X Corp. has preserved a snapshot of the account information for the accounts below, as of September 14, 2026.\n\n@tormenta_azul_88 - Case #0193374811\n@nadiesabe_99 - Case #0193374902\n\nEach account has been assigned its own case number.\n\n${tail}\n\nRegards,\nX Legal\n`;
  it('"@x - Case #0193374811" lines give each case its account', () => {
    const r = read(x('This preservation will be maintained for 90 days.'));
    expect(r.confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)])).toEqual([
      ['0193374811', ['@tormenta_azul_88']],
      ['0193374902', ['@nadiesabe_99']],
    ]);
  });
  it('"@x was previously the subject of case #0188201447, which has expired" is no reference of this preservation', () => {
    expect(references(x('Please note that @tormenta_azul_88 was previously the subject of case #0188201447, which has expired; that case number should no longer be used.'))).toEqual(['0193374811', '0193374902']);
  });
});

describe('the same day as the arrival, the phrase heading its clause or the arrival said of "it"', () => {
  const discord = (said: string) =>
    `From: Discord Legal Operations <legalops@discord.com>\nSent: Monday, November 23, 2026 5:12 PM\nSubject: Preservation Request\n\nHello Constable,\n\nThank you for your preservation request dated November 19, 2026. ${said}\n\n- 1038472615502887113\n\nYour Discord preservation reference is LE-26-0048213.\n`;
  const preservedOn = (text: string) => read(text).confirmations[0]?.preservedOn?.day;
  it('"We received your request on November 20, 2026 and, on the same day, preserved the data" is the 20th', () => {
    expect(preservedOn(discord('We received your request on November 20, 2026 and, on the same day, preserved the data associated with the following user ID:'))).toBe('2026-11-20');
  });
  it('"We received it on November 20, 2026 and preserved the account the same day" is the 20th', () => {
    expect(preservedOn(discord('We received it on November 20, 2026 and preserved the account below the same day.'))).toBe('2026-11-20');
  });
  it('"on the same day, we will review it" preserves nothing that day (look-alike)', () => {
    expect(preservedOn(discord('We received your request on November 20, 2026 and, on the same day, opened a ticket. The data below was preserved on November 21, 2026.'))).toBe('2026-11-21');
  });
});

describe('"hemos procedido a conservar", and the day a request was sent', () => {
  const wallapop = (said: string) =>
    `De: Wallapop Legal <legal-requests@wallapop.com>\nDate: vie, 26 nov 2026, 12:31\nSubject: Ref. WLP-LEA-26-03318\n\nEstimado agente:\n\n${said}\n\n- Alias: "ElectroChollosVLC"\n\nReferencia: WLP-LEA-26-03318\n`;
  const preservedOn = (text: string) => read(text).confirmations[0]?.preservedOn?.day;
  it('"hemos procedido a conservar los datos … con fecha 15/11/2026" is the 15th', () => {
    expect(preservedOn(wallapop('Le confirmamos que hemos procedido a conservar los datos asociados a los siguientes usuarios con fecha 15/11/2026:'))).toBe('2026-11-15');
  });
  it('"su solicitud … remitida el pasado 20 de noviembre …, hoy, 23 de noviembre de 2026, hemos procedido a conservar" is the 23rd', () => {
    expect(preservedOn(wallapop('En relación con su solicitud de conservación de datos remitida el pasado 20 de noviembre de 2026, le confirmamos que hoy, 23 de noviembre de 2026, hemos procedido a conservar los datos del siguiente perfil:'))).toBe('2026-11-23');
  });
});

describe("a request's day after its noun and an aside ('richiesta di conservazione …, pervenuta in data')", () => {
  const subito = (said: string) =>
    `From: Subito <autorita@subito.it>\nDate: Thu, 12 Nov 2026 09:47:00 +0100\nSubject: pratica\n\nGentile Ispettore,\n\n${said}\n\nUtente: ID 41827733\n\nNumero pratica Subito: SBT-AG-2026-1187\n`;
  it('"… richiesta di conservazione dei dati ai sensi dell\'art. 132 D.Lgs. 196/2003, pervenuta in data 10/11/2026, … congelati in data 11/11/2026" is the 11th', () => {
    expect(read(subito("in riscontro alla Vostra richiesta di conservazione dei dati ai sensi dell'art. 132 D.Lgs. 196/2003, pervenuta in data 10/11/2026, Vi confermiamo che i dati relativi all'utente sotto indicato sono stati congelati in data 11/11/2026.")).confirmations[0]?.preservedOn?.day).toBe('2026-11-11');
  });
});

describe("a company's legal form between the day and the verb", () => {
  it('"w dniu 03.11.2026 Allegro sp. z o.o. zabezpieczyło dane" is the 3rd', () => {
    const text =
      'Od: Allegro Zespół Bezpieczeństwa <bezpieczenstwo@allegro.pl>\nWysłano: środa, 4 listopada 2026 14:08\nTemat: ALG/ZB/26/11/0457\n\nSzanowni Państwo,\n\nuprzejmie informujemy, że w dniu 03.11.2026 Allegro sp. z o.o. zabezpieczyło dane dotyczące następującego konta:\n\nLogin: zegarek_krk_77\n\nNumer sprawy: ALG/ZB/26/11/0457\n';
    expect(read(text).confirmations[0]?.preservedOn?.day).toBe('2026-11-03');
  });
});

describe("a terse reply typed by hand above the officer's quoted request", () => {
  const reply = (said: string) =>
    `From: Ko-fi Trust & Safety <safety@ko-fi.com>\nDate: Tue, Mar 3, 2026 at 4:12 PM\nSubject: Re: Preservation request - WCSO 26-004417\n\n${said}\n\njess\nKo-fi T&S\n\nOn Tue, Mar 3, 2026 at 2:55 PM Marcus Oyelaran <moyelaran@westbrookso-oh.us> wrote:\n> Hello,\n>\n> Please preserve all records for the following account:\n>\n>     registered email: lunarmoth.crafts@proton.me\n>\n> Our case number is WCSO 26-004417.\n>\n> Det. Marcus Oyelaran #3318\n> (555) 014-2290\n`;
  it('"done - preserved under 40917 as of today" preserves the request\'s account', () => {
    const r = read(reply('done - preserved under 40917 as of today. 90 days unless we get legal process before then.'));
    expect(r.confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)])).toEqual([['40917', ['lunarmoth.crafts@proton.me']]]);
  });
  it('"ok both preserved now. ref 40917" preserves the request\'s account', () => {
    expect(accounts(reply('ok both preserved now. ref 40917'))).toEqual(['lunarmoth.crafts@proton.me']);
  });
  it('"done - received, ref 40917; we will preserve once the warrant arrives" proposes no account (look-alike)', () => {
    expect(accounts(reply('done - received, ref 40917; we will preserve once the warrant arrives.'))).toEqual([]);
  });
});

describe("the request's items by their ordinals", () => {
  it('"1st one is preserved, ref 5870214. 2nd ID doesn\'t match any account" keeps the first item only', () => {
    const text =
      'From: Discord Legal <legal@discord.com>\nSent: 13 April 2026 23:47\nSubject: RE: Preservation - Op KESTREL\n\nHi Priya,\n\n1st one is preserved, ref 5870214. 2nd ID doesn\'t match any account on our end so nothing held for that one.\n\nDiscord Legal Ops\n\n________________________________\nFrom: Ramsden, Priya (DC 4471)\nSent: 13 April 2026 16:05\nTo: legal@discord.com\nSubject: Preservation - Op KESTREL\n\nPlease preserve the below.\n\nUser ID: 1093345871266349102\nUser ID: 1107762093918823451\n\nMany thanks\n\nDC 4471 Priya Ramsden\n';
    expect(accounts(text)).toEqual(['1093345871266349102']);
  });
});

describe("a receipt's notes on how requests go, no preservation done", () => {
  const receipt = (note: string) =>
    `From: Binance Law Enforcement <le-support@binance.com>\nDate: Wed, 25 Nov 2026 10:12:00 +0000\nSubject: [#4471203] Your law enforcement request has been received\n\nDear Officer,\n\nThank you for contacting Binance Law Enforcement. We have received your request and a ticket has been created.\n\nTicket ID: #4471203\nRequest type: Data preservation\nStatus: Received - pending review\n\n${note}\n\nBest regards,\nBinance Law Enforcement Team\n`;
  it('"preservation requests are processed in the order received" confirms nothing', () => {
    expect(read(receipt('Please note that preservation requests are processed in the order received.')).confirmations).toEqual([]);
  });
  it('"preservation is only confirmed once you receive a separate confirmation email" confirms nothing', () => {
    expect(read(receipt('Please note that preservation is only confirmed once you receive a separate confirmation email.')).confirmations).toEqual([]);
  });
  it('"your request was processed and the account preserved" still confirms (look-alike)', () => {
    expect(read(receipt('Your request was processed and the account below preserved on 25/11/2026.\n\nUID: 387214590')).confirmations.length).toBe(1);
  });
});

describe("a label that dates the preservation, in the provider's language", () => {
  const ovh = (label: string) =>
    `De : OVHcloud - Service Réquisitions <requisitions@ovhcloud.com>\nDate : Wed, 9 Sep 2026 16:03:12 +0200\nSujet : Dossier 2026-RQ-018834\n\nMadame,\n\nNous faisons suite à votre réquisition aux fins de conservation de données.\n\nDate de réception de la réquisition : 31/08/2026\n${label} : 08/09/2026\nNuméro de dossier OVHcloud : 2026-RQ-018834\n\nIdentifiants concernés :\n- Identifiant client (NIC handle) : rm184472-ovh\n\nLes données seront conservées pendant une durée d'un an à compter de la date de conservation.\n`;
  it('"Date de conservation des données : 08/09/2026" confirms the preservation of that day', () => {
    const r = read(ovh('Date de conservation des données'));
    expect(r.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['2026-RQ-018834', '2026-09-08']]);
  });
  it('"Date de traitement prévue" with a receipt confirms nothing (look-alike)', () => {
    expect(read(ovh('Date de traitement prévue')).confirmations).toEqual([]);
  });
});

describe('a UUID after "Número de referencia de Uber:"', () => {
  it('gives the reference, not the driver\'s UUID', () => {
    const text =
      'Uber LERT (Uber Technologies)\n\n5 de nov. de 2026, 09:14 CST\n\nEstimado Agente:\n\nLe confirmamos que Uber ha procesado su solicitud de preservación.\n\nNúmero de referencia de Uber: 6c2e9f41-8b7a-4d3e-a915-2f0c7b5d8e16\n\nSe preservó la información disponible de la siguiente cuenta el 04/11/2026:\n\nUUID: 3f8a1c07-5e2d-4b96-8c43-91d0e7a6b2f5\nCorreo electrónico: egallardo.mty@outlook.com\n';
    expect(references(text)).toEqual(['6c2e9f41-8b7a-4d3e-a915-2f0c7b5d8e16']);
  });
});

describe('a correction that names the right number', () => {
  it('"The correct reference number for your preservation request is: 52918374" replaces the subject\'s', () => {
    const text =
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Thu, Nov 5, 2026 at 4:18 PM\nSubject: Re: [Google] Preservation Request Processed - Ref 52918347\n\nHello,\n\nThis is a correction to our message of November 3, 2026.\n\nThe reference number provided in that message was incorrect. The correct reference number for your preservation request is:\n\n52918374\n\nPlease use this reference number in all future correspondence about this request, and include it in any legal process you serve for the preserved data. No other details of the preservation have changed.\n\nOn Tue, Nov 3, 2026 at 10:02 AM Google Legal Investigations Support <lis-noreply@google.com> wrote:\n\n> Hello,\n>\n> Google has preserved the data for the account below.\n>\n> Reference number: 52918347\n> Account: cobaltfinch.trading@gmail.com\n';
    expect(references(text)).toEqual(['52918374']);
  });
});

describe('"processed your request under Request #…"', () => {
  it('names the provider\'s number over the agency\'s in the subject', () => {
    const text =
      'From: Meta Law Enforcement Response <records@meta.com>\nSent: Thursday, 5 February 2026 7:12 AM\nSubject: RE: Preservation request - Instagram - CCP Ref 26-018832 [Request #9034417]\n\nHi Detective Sergeant,\n\nThank you for contacting Meta. We have processed your request under Request #9034417.\n\nWe have preserved the records associated with the Instagram account @saltflat.kyra. The preservation was completed on February 4, 2026.\n\nThanks,\nLaw Enforcement Response Team\n';
    expect(references(text)).toEqual(['9034417']);
  });
});

describe('bare numbers alone under an intro that says they were preserved', () => {
  const roblox = (intro: string) =>
    `From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Tue, 17 Nov 2026 22:05:00 +0100\nSubject: Case 06418822\n\nHello,\n\n${intro}\n\n4182093756\n3309817245\n\nThe data will be held for 90 days.\n`;
  it('"We have preserved the data associated with the following Roblox accounts:" gives each number', () => {
    expect(accounts(roblox('We have preserved the data associated with the following Roblox accounts:'))).toEqual(['4182093756', '3309817245']);
  });
  it('"Your request listed these accounts:" gives none (look-alike)', () => {
    expect(accounts(roblox('Your request listed these accounts:'))).toEqual([]);
  });
});

describe('"mobile no." as a phone\'s label', () => {
  it('"1. Registered mobile no. 9555012345 - Reference No. PTM/LEA/2026/118734" gives the number', () => {
    const text =
      'From: Paytm Nodal Officer <nodal@paytm.com>\nDate: Wed, 2 Dec 2026 14:20:00 +0530\nSubject: Preservation\n\nDear Sir,\n\nThe data of the accounts below has been preserved on 02.12.2026. Please find the reference numbers for each account:\n\n1. Registered mobile no. 9555012345 - Reference No. PTM/LEA/2026/118734\n2. Registered mobile no. 9555067890 - Reference No. PTM/LEA/2026/118735\n';
    expect(accounts(text)).toEqual(['9555012345', '9555067890']);
  });
});

describe('an Indian UPI payment address', () => {
  const paytm = (extra: string) =>
    `From: Paytm Nodal Officer <nodal@paytm.com>\nDate: Wed, 2 Dec 2026 14:20:00 +0530\nSubject: PTM/LEA/2026/11/0412\n\nDear Sir,\n\nWe have preserved the data of the account below on 01.12.2026.\n\nUPI ID: quickloan.helpdesk@ptyes\n\n${extra}\n\nReference No. PTM/LEA/2026/11/0412\n`;
  it('"UPI ID: quickloan.helpdesk@ptyes" is an account', () => {
    expect(accounts(paytm(''))).toEqual(['quickloan.helpdesk@ptyes']);
  });
  it('"The UPI ID anjali.verma1994@okaxis … is not a Paytm handle" is none', () => {
    expect(accounts(paytm('The UPI ID anjali.verma1994@okaxis mentioned in the notice is not a Paytm handle.'))).toEqual(['quickloan.helpdesk@ptyes']);
  });
});

describe('a stacked table with a row for an item not found, and a nickname column', () => {
  it('"Apodo / ID de usuario / Resultado / Fecha" rows give the preserved names and ids, not the one not found', () => {
    const text =
      'From: Mercado Libre Legales <oficios@mercadolibre.com>\nDate: Mon, 21 Sep 2026 12:00:00 -0300\nSubject: Requerimiento MLA-OF-2026-0871346\n\nEstimada Dra.:\n\nHemos procedido a la preservación de la información disponible de los usuarios que se detallan a continuación.\n\nApodo\nID de usuario\nResultado\nFecha de preservación\nELECTROSUR_OFERTAS\n1187734521\nInformación preservada\n21/09/2026\nTECNO_OUTLET_ARG\n—\nNo se encontró un usuario con el apodo informado\n—\n\nNúmero de requerimiento: MLA-OF-2026-0871346\n';
    expect(accounts(text)).toEqual(['ELECTROSUR_OFERTAS', '1187734521']);
  });
});

describe('a stacked table whose reference column is "Numer zgłoszenia", its values slashed', () => {
  it('gives each row\'s reference', () => {
    const text =
      'Od: Allegro <zabezpieczenia@allegro.pl>\nData: pon., 16 lis 2026 14:08\nTemat: Potwierdzenie zabezpieczenia danych\n\nSzanowny Panie,\n\nuprzejmie informujemy, że Allegro.pl sp. z o.o. zabezpieczyła dane dotyczące niżej wymienionych kont.\n\nNumer zgłoszenia\nLogin\nID użytkownika\nData zabezpieczenia\nAZ/ZAB/2026/118302\nmebel_outlet_pl\n48811203\n16.11.2026\nAZ/ZAB/2026/118303\nk.wrobel.sklep\n50277419\n16.11.2026\n';
    expect(references(text)).toEqual(['AZ/ZAB/2026/118302', 'AZ/ZAB/2026/118303']);
  });
});

describe('a web domain whose ending is a negator\'s word', () => {
  it('"Vi bekrefter at FINN.no AS har sikret data" confirms', () => {
    const text =
      'Fra: FINN kundeservice <kundeservice@finn.no>\nDato: 15. september 2026 10:12\nEmne: Sak 02918834\n\nHei Lars,\n\nSaken din har fått saksnummer 02918834.\n\nVi bekrefter at FINN.no AS har sikret data knyttet til følgende brukerkonto:\n\nBruker-ID: 558120394\n';
    expect(references(text)).toEqual(['02918834']);
  });
  it('"Vi har no data" stays no confirmation (look-alike of the word itself)', () => {
    const text = 'Fra: FINN kundeservice <kundeservice@finn.no>\nDato: 15. september 2026 10:12\nEmne: Sak 02918834\n\nHei Lars,\n\nSaken din har fått saksnummer 02918834. We have no data preserved for this user.\n';
    expect(references(text)).toEqual([]);
  });
});

describe("a ticket system's key, carried by its link", () => {
  it('"[LEGAL-4417]" in the subject with a servicedesk link to it gives way to the provider\'s reference', () => {
    const text =
      'Od: Allegro Legal <legal@allegro.pl>\nData: 16.11.2026 10:12\nTemat: [LEGAL-4417] Zabezpieczenie danych\n\nSzanowny Panie,\n\nAllegro.pl sp. z o.o. zabezpieczyła dane konta mebel_outlet_pl w dniu 16.11.2026.\n\nNumer zgłoszenia: ALG/ZAB/2026/00571\n\nWyświetl zgłoszenie: https://allegro-legal.atlassian.net/servicedesk/customer/portal/3/LEGAL-4417\n';
    expect(references(text)).toEqual(['ALG/ZAB/2026/00571']);
  });
});
