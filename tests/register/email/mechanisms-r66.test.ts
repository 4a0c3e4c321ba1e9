import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/** Round 66 of the e-mail reader: each probe fails on the reader of the commit before its own, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));

describe('a flattened HTML table whose label cells stand over their values, a line holding only a tab between', () => {
  const text = `View this message in your browser

PayPal

Global Investigations & Law Enforcement Support

Preservation Request Confirmation


Dear Agent Ruth Calder,

We have completed the preservation request you submitted on behalf of Harbor County Cyber Unit. Details are below.

Request summary

PayPal Case Number
\t
LES-PP-2026-0051286

Your Case Number
\t
HCCU-26-CF-0417

Date Received
\t
11/02/2026

Preservation Date
\t
11/04/2026

Retention Period
\t
90 days

Preserved Accounts

Account Email
\t
mara.quint@example.com

PayPal Account ID
\t
ZT4H8N2PLQ6WB

Transaction ID referenced in your request (4RT80211KM550913D) belongs to the account above and are
included in this preservation.

Questions? Please reply through the PayPal Law Enforcement portal and quote the PayPal Case Number.

PayPal, Inc. | 2211 North First Street, San Jose, CA 95131

Copyright © 1999-2026 PayPal, Inc. All rights reserved.
Privacy | Legal | Contact

PP-LE-NOTIF-2209 • Sent Wed, Nov 4, 2026 at 2:10 PM
`;
  it('"Your Case Number" over its value is the agency\'s number, no reference; the provider\'s case number gets the date and the accounts', () => {
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null, c.accounts.length])).toEqual([['LES-PP-2026-0051286', '2026-11-04', 2]]);
  });
});

describe('the number the provider says it registered the request under, in Spanish, Portuguese and Italian', () => {
  const mail = (body: string) => `Equipo Legal <legal@wallapop.com>\nmié, 3 feb 2027, 10:02\n\n${body}\n\nEquipo Legal - Wallapop\n`;
  it('"registrada en nuestro sistema con el expediente X": the provider\'s file, though "expediente" alone labels the agency\'s', () => {
    const text = mail('Buenos días:\n\nLe confirmamos que la conservación de los datos de la cuenta bicis.huesca@example.es quedó realizada el 01/02/2027 y está registrada en nuestro sistema con el expediente WLP-LE-2027-0118.');
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null])).toEqual([['WLP-LE-2027-0118', '2027-02-01']]);
  });
  it('Portuguese: "registrado sob o protocolo X" (read so before; kept)', () => {
    const text = mail('Prezado delegado,\n\nConfirmamos que os dados da conta loja.norte@example.com.br foram preservados em 01/02/2027. O pedido foi registrado sob o protocolo MLB-PRS-2027-00418.');
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['MLB-PRS-2027-00418']);
  });
  it('"en relación con el expediente X" in the officer\'s words stays the agency\'s (look-alike)', () => {
    const text = mail('Buenos días:\n\nEn relación con el expediente DIL-118-2026, le confirmamos que la conservación de los datos de la cuenta bicis.huesca@example.es quedó realizada el 01/02/2027. Referencia: WLP-LE-2027-0118.');
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['WLP-LE-2027-0118']);
  });
});

describe('an HTML notice flattened one cell a line', () => {
  const notice = (fields: string, table: string) =>
    `Od: Allegro - Współpraca z Organami Ścigania <organy.scigania@allegro.pl>\nData: 9 lutego 2027 10:12\nTemat: Zabezpieczenie danych\n\nSzanowna Pani Komisarz,\n\nuprzejmie informujemy, że zabezpieczyliśmy dane dotyczące kont wskazanych poniżej.\n\n${fields}\n\n${table}\n\nZ poważaniem\nZespół ds. Współpracy z Organami Ścigania\n`;
  const fields = 'Numer sprawy w Allegro\nALG/ZAB/2027/02/0419\nData zabezpieczenia\n08.02.2027\nSygnatura Państwa pisma\nKMP-WK-0877/27';
  const table = 'Login\nStatus\nrowery_lodz\nzabezpieczono\nKasiaSklep_Lodz\nzabezpieczono\nstary_rower\nnie odnaleziono konta';
  it('"Numer sprawy w Allegro" over its value names the provider\'s own number; the agency\'s "Sygnatura" is none', () => {
    expect(read(notice(fields, 'Login: rowery_lodz')).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null])).toEqual([['ALG/ZAB/2027/02/0419', '2027-02-08']]);
  });
  it('a "Login / Status" table stacked one cell a line: the names joined by an underscore are its values, the found ones the accounts', () => {
    const accounts = read(notice(fields, table)).confirmations.flatMap((c) => c.accounts.map((a) => a.value));
    expect(accounts).toEqual(['rowery_lodz', 'KasiaSklep_Lodz']);
  });
});

describe('a help desk\'s notice over its agent\'s post, the agent\'s team the notice sender\'s company', () => {
  const thread = `Fra: FINN Kundeservice <kundeservice@finn.no>\nSendt: torsdag 4. februar 2027 10:21\nTil: Per Lunde <per.lunde@politiet.example.no>\nEmne: [FINN] Re: Sikring av data\n\n##- Vennligst skriv ditt svar over denne linjen -##\n\nDin forespørsel (3310457) er oppdatert.\n\nMarte (FINN Juridisk)\n4. feb. 2027, 10:20 CET\n\nHei Per,\n\nTakk for bevaringspålegget datert 1. februar 2027. Dataene knyttet til brukeren sjobris_77 ble sikret 3. februar 2027.\n\nVår ref.: FINN-LE-2027-0061\n\nMed vennlig hilsen\nMarte\n\nPer Lunde\n1. feb. 2027, 08:40 CET\n\nHei,\n\nVi ber om sikring av data for brukeren sjobris_77 i sak 27-004418.\n\nPer Lunde, politibetjent\n`;
  it('"Marte (FINN Juridisk)" under "FINN Kundeservice": her post is the provider\'s message, its reference read', () => {
    expect(read(thread).confirmations.map((c) => c.reference)).toEqual(['FINN-LE-2027-0061']);
  });
  it('"bevaringspålegget datert …" dates the preservation order, not the preservation: the day "sikret" gives is read', () => {
    expect(read(thread).confirmations.map((c) => c.preservedOn?.day ?? null)).toEqual(['2027-02-03']);
  });
});

describe('the possessives of a reply\'s subject are the other side\'s', () => {
  const reply = (subject: string) =>
    `Von: Web.de Behördenanfragen <behoerdenanfragen@web.de>\nGesendet: Montag, 1. Februar 2027 09:12\nAn: Hahn, Lea <lea.hahn@polizei.example.de>\nBetreff: ${subject}\n\nSehr geehrte Frau Hahn,\n\nwir bestätigen die Sicherung der Bestandsdaten zum Postfach moewe.77@web.de am 29.01.2027.\n\nBitte geben Sie bei allen weiteren Schreiben unser Zeichen SR-2027-004417 an.\n\nIhr Team Behördenanfragen\n`;
  it('"AW: … Ihr Zeichen SR-…" was the officer\'s "your": the provider\'s "unser Zeichen" in the body makes it the reference', () => {
    expect(read(reply('AW: Sicherung – Ihr Zeichen SR-2027-004417 – unser Az. 27-K-0412')).confirmations.map((c) => c.reference)).toEqual(['SR-2027-004417']);
  });
});

describe('an extension refused in Italian', () => {
  it('"non è possibile accogliere un\'ulteriore proroga" confirms nothing, though the first preservation is told', () => {
    const text =
      'Da: Subito Richieste Autorità <autorita@subito.it>\nInviato: lunedì 1 febbraio 2027 11:02\nOggetto: R: Richiesta di proroga\n\nGentile Ispettore,\n\nVi comunichiamo che non è possibile accogliere un\'ulteriore proroga della conservazione dei dati relativi all\'utente ID 77120458 (ns. rif. SBT-LE-27-00118).\n\nLa conservazione, disposta il 04/08/2026 e già prorogata una volta il 02/11/2026, ha raggiunto il periodo massimo previsto.\n\nUfficio Legale - Subito.it S.r.l.\n';
    expect(read(text).confirmations).toEqual([]);
  });
});

describe('the Romanian noun of preserving', () => {
  it('"Data conservării" over its value labels the preservation\'s day, beside the request\'s "Data primirii solicitării"', () => {
    const text =
      'OLX\nConfirmare conservare date\n\nStimate domnule comisar,\n\nVă confirmăm că solicitarea dumneavoastră a fost procesată.\n\nNumăr referință OLX\nOLX-RO-LE-0051120\nData primirii solicitării\n02.02.2027\nStare\nConservat\nData conservării\n03.02.2027\nValabil până la\n04.05.2027\n\nCu stimă,\nEchipa Relații cu Autoritățile\n';
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null])).toEqual([['OLX-RO-LE-0051120', '2027-02-03']]);
  });
});

describe('one answer to an extension and a new request, each in its own part', () => {
  const answer = (second: string) =>
    `From: Kraken Law Enforcement <le@kraken.com>\nDate: Wed, 3 Feb 2027 16:20:00 -0800\nSubject: RE: Preservation requests - case 27-FR-0419\n\nDear Detective Ruiz,\n\n1) Extension - Case KR-LE-7731\nThe preservation of the account linked to ana.velez@example.com (originally preserved on 6 November 2026) has been extended for a further 90 days.\n\n${second}\n\nKraken Law Enforcement\n`;
  const rows = (text: string) => read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null, c.extension ? c.extension.ofReference : null, c.accounts.map((a) => a.value)]);
  it('the extension keeps its number and first day; the new preservation has its own number, day and account', () => {
    const text = answer('2) New preservation - Case KR-LE-8120\nWe have preserved the account linked to duna.rio@example.com as of 3 February 2027.');
    expect(rows(text)).toEqual([
      ['KR-LE-7731', '2026-11-06', 'KR-LE-7731', ['ana.velez@example.com']],
      ['KR-LE-8120', '2027-02-03', null, ['duna.rio@example.com']],
    ]);
  });
  it('"processed it as a new request" in its own paragraph, the account before the number', () => {
    const text = answer('Your letter also asked us to preserve a further account. We have processed it as a new request: the account linked to duna.rio@example.com was preserved on 3 February 2027 under case KR-LE-8120.');
    expect(rows(text)[1]).toEqual(['KR-LE-8120', '2027-02-03', null, ['duna.rio@example.com']]);
  });
  it('an extension given a "New preservation number" in one paragraph with the earlier one stays one extension (look-alike)', () => {
    const text =
      'From: Apple Law Enforcement <lawenforcement@apple.com>\nDate: Wed, 3 Feb 2027 16:20:00 -0800\nSubject: Apple Preservation Extension\n\nYour request to extend preservation PRS-2026-1106-41177 has been completed. Apple has issued a new preservation number for the extended period:\n\n  New preservation number: PRS-2027-0203-55120\n  Extension processed: 3 Feb 2027\n';
    expect(read(text).confirmations.map((c) => [c.reference, c.extension ? c.extension.ofReference : null])).toEqual([['PRS-2027-0203-55120', 'PRS-2026-1106-41177']]);
  });
});

describe('numbers that name something else than the request', () => {
  const mail = (extra: string) =>
    `From: Wise Law Enforcement <no-reply@wise.com>\nDate: Fri, 5 Feb 2027 16:03:11 +0000\nSubject: Your preservation request has been completed\n\nHi,\n\nYour preservation request has been completed.\n\nWise reference: P-55207711\nDate preserved: 05/02/2027\n\nWe have preserved the records of the customer with e-mail address lark.mill@example.ie.\n\n${extra}\n\nThe Wise Law Enforcement Team\n`;
  it('a regulator\'s "Firm Reference 999912" in the footer is the company\'s', () => {
    expect(read(mail('Wise Payments Limited is authorised by the Financial Conduct Authority, Firm Reference 900507, for the issuing of electronic money.')).confirmations.map((c) => c.reference)).toEqual(['P-55207711']);
  });
  it('a purchase\'s number ("pedido nº …") is the order\'s', () => {
    const text = `De: Mercado Livre - Jurídico <juridico@mercadolivre.com.br>
Data: 5 de fev. de 2027 10:12
Assunto: Preservação de dados

Prezado Delegado,

Informamos que os dados cadastrais e registros de acesso da conta abaixo foram preservados em 04/02/2027:

Apelido: LOJA_NORTE_77
ID do usuário: 2290417735

Nosso protocolo: MLB-JUD-2027-0041183

A compra mencionada no ofício (pedido nº 2000007731190452) foi realizada por esta conta; os dados da transação também foram preservados.

Atenciosamente,
Equipe Jurídica - Mercado Livre
`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['MLB-JUD-2027-0041183']);
  });
  it('a platform\'s notification id ("Reference: notif-8f2e61c0d94b") is the e-mail\'s own', () => {
    expect(read(mail('This message was sent via Kodex on behalf of Wise. Reference: notif-3b7e90c1a24f')).confirmations.map((c) => c.reference)).toEqual(['P-55207711']);
  });
});

describe('a nickname\'s label names an account', () => {
  it('"Apelido: LOJA_NORTE_77" (Mercado Livre\'s nickname) is a preserved account, beside the user id', () => {
    const text = `De: Mercado Livre - Jurídico <juridico@mercadolivre.com.br>\nData: 5 de fev. de 2027 10:12\nAssunto: Preservação de dados\n\nPrezado Delegado,\n\nInformamos que os dados da conta abaixo foram preservados em 04/02/2027:\n\nApelido: LOJA_NORTE_77\nID do usuário: 2290417735\n\nNosso protocolo: MLB-JUD-2027-0041183\n\nEquipe Jurídica - Mercado Livre\n`;
    expect(read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value))).toEqual(['LOJA_NORTE_77', '2290417735']);
  });
});

describe('a reference that lapsed before this preservation', () => {
  it('"was previously the subject of Google Ref. No. X, which expired on …" is no reference of this confirmation', () => {
    const text = `From: Google Legal Investigations Support <lis-noreply@google.com>\nDate: Thu, 4 Feb 2027 09:12:00 -0800\nSubject: Google Ref. No. 61120458 Preservation Request Confirmation\n\nGoogle has preserved the account heron.quay.77@gmail.com as of February 3, 2027.\n\nGoogle Ref. No.: 61120458\n\nPlease note: this account was previously the subject of Google Ref. No. 55018832, which expired on August 2, 2026. Data preserved under that earlier request is no longer held.\n\nGoogle LIS\n`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['61120458']);
  });
});

describe('a digest of several requests, one still waiting', () => {
  it('the request whose status is "IN REVIEW" confirms nothing; the two preserved ones do', () => {
    const text = `From: Pinterest Law Enforcement via Kodex <notifications@kodexglobal.com>\nDate: Mon, 8 Feb 2027 21:02:00 +1100\nSubject: Your daily request digest - Pinterest Law Enforcement\n\n3 of your requests were updated in the last 24 hours.\n\n----------------------------------------\nRequest PIN-27-0004411\nType: Preservation\nStatus: COMPLETED\nPreserved on: Feb 5, 2027\nAccount(s) preserved:\n  https://www.pinterest.com/saltmarsh_weaves/\n----------------------------------------\nRequest PIN-27-0004418\nType: Preservation\nStatus: COMPLETED\nPreserved on: Feb 6, 2027\nAccount(s) preserved:\n  reedbank.prints@example.com.au\n----------------------------------------\nRequest PIN-27-0004502\nType: Preservation\nStatus: IN REVIEW\nSubmitted: Feb 7, 2027\nAccount(s) requested:\n  https://www.pinterest.com/oyster_lane/\n----------------------------------------\n`;
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null])).toEqual([['PIN-27-0004411', '2027-02-05'], ['PIN-27-0004418', '2027-02-06']]);
  });
});

describe('a Korean date with its time and zone before "에 … 보전 조치를 완료"', () => {
  it('"2027년 2월 3일 23시 15분(한국시간)에 보전 조치를 완료하였습니다" states the day, not the e-mail\'s next day', () => {
    const text = `Date: Thu, 04 Feb 2027 00:41:07 +0900\nFrom: Kakao <lawenforcement@kakaocorp.com>\nSubject: Preservation\n\n안녕하세요. 카카오 수사협조팀입니다.\n\n접수번호: KP-2027-0203-0011\n대상 계정: 010-5555-0188\n\n당사는 위 계정에 대하여 2027년 2월 3일 23시 15분(한국시간)에 보전 조치를 완료하였습니다.\n\n카카오 수사협조팀\n`;
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null, c.preservedOn?.source ?? null])).toEqual([['KP-2027-0203-0011', '2027-02-03', 'stated']]);
  });
});

describe('a refusal said of one address, the address named by its noun', () => {
  it('Dutch: "Voor dit e-mailadres zijn daarom geen gegevens veiliggesteld" refuses that address, not the message', () => {
    const text = `Geachte heer Visser,\n\nOp 3 februari 2027 hebben wij de gegevens van de gebruiker fietsmaker_ede (gebruikers-ID 41120873) veiliggesteld.\n\nHet door u eveneens genoemde e-mailadres p.smit1980@example.nl is bij ons niet bekend. Voor dit e-mailadres zijn daarom geen gegevens veiliggesteld.\n\nWij verzoeken u in verdere correspondentie ons kenmerk MP-JZ-27-00412 te vermelden.\n\nTeam Juridische Zaken\nMarktplaats B.V.\n`;
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['MP-JZ-27-00412']);
  });
});

describe('a list whose items end with their own number after a compound abbreviation', () => {
  it('"– sikret 17.12.2026, vår saksnr. FINN-SR-…": "saksnr." ends no sentence, so each item\'s day is its own number\'s', () => {
    const text = `Fra: FINN Politihenvendelser <politi@finn.no>\nSendt: fredag 5. februar 2027 09:12\nEmne: SV: Anmodning om sikring av data\n\nHei,\n\nVi bekrefter at følgende er sikret:\n\n• Bruker-ID 220417735 – sikret 01.02.2027, vår saksnr. FINN-SR-50112\n• Bruker-ID 220418802 – sikret 04.02.2027, vår saksnr. FINN-SR-50127\n\nMed vennlig hilsen\nFINN.no AS\n`;
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null])).toEqual([['FINN-SR-50112', '2027-02-01'], ['FINN-SR-50127', '2027-02-04']]);
  });
});

describe('several extensions whose numbers all stay', () => {
  it('"The case numbers remain unchanged": each case is its own extension, the first preservation\'s day only where stated', () => {
    const text = `From: Snap Law Enforcement Operations <lawenforcement@snap.com>\nDate: Wed, 3 Feb 2027 09:22:41 -0800\nSubject: Re: Extension of Preservation - Snap Cases 30118842 / 30127705\n\nHello,\n\nSnap Inc. has processed the extension requests for the two preservations listed below. The case numbers remain unchanged; please continue to use them in all future correspondence.\n\nCase #30118842\nSnapchat username: kiesel_88\nOriginally preserved: November 6, 2026\nExtension processed: February 2, 2027\n\nCase #30127705\nSnapchat username: moewenflug.h\nExtension processed: February 3, 2027\n\nSnap Law Enforcement Operations\n`;
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day ?? null, c.extension?.ofReference ?? null])).toEqual([
      ['30118842', '2026-11-06', '30118842'],
      ['30127705', null, '30127705'],
    ]);
  });
});
