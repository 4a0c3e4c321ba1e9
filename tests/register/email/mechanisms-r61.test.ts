import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProviderEmail } from '../../../register/email';
import { CORPUS_DIR } from './corpus-score';

/** Round 61 of the e-mail reader: each probe fails on the reader of 804117f9, except the look-alikes that keep their reading. */
const read = (text: string) => parseProviderEmail(text, new Date('2026-12-01T12:00:00Z'));
const references = (text: string) => read(text).confirmations.map((c) => c.reference);
const accounts = (text: string) => read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value));

describe("the provider's own handle in its contact lines", () => {
  const mail = (contact: string, target = '@harbor_tidewalker') =>
    `From: WhiteBIT Compliance <compliance@whitebit.com>\nDate: Tue, 10 Nov 2026 11:00:00 +0200\nSubject: Preservation confirmed - WB-LE-26-0091\n\nDear Officer,\n\nWe have preserved the data of the account ${target} on 9 November 2026.\nOur reference: WB-LE-26-0091\n\nWhiteBIT Compliance\n${contact}\n`;
  it('"Telegram: @WhiteBIT_official" is no preserved account', () => {
    expect(accounts(mail('Telegram: @WhiteBIT_official'))).toEqual(['@harbor_tidewalker']);
  });
  it('nor is "X: @whitebit"', () => {
    expect(accounts(mail('X: @whitebit | Telegram: @WhiteBIT_support'))).toEqual(['@harbor_tidewalker']);
  });
  it("a user's handle that holds the provider's name stays an account (look-alike)", () => {
    expect(accounts(mail('Telegram: @WhiteBIT_official', '@whitebit_trader77'))).toContain('@whitebit_trader77');
  });
});

describe('a refusal that ends in a colon, its accounts on the lines under it', () => {
  const mail = (refused: string) =>
    `From: <lis-noreply@google.com>\nDate: Thu, 5 Mar 2026 18:41:00 -0800\nSubject: Google Ref. No. 48271936 - Preservation Request\n\nGoogle Ref. No. 48271936\n\nThis message confirms that Google LLC has preserved the information associated with the following Google Account(s):\n\nharbor.quill77@gmail.com\n\n${refused}\n\nGoogle will retain the preserved information for 90 days.\n`;
  it('"No information has been preserved for:⏎⏎m.alt@…" refuses that account, not the whole request', () => {
    const r = read(mail('Google was unable to locate an account for the following identifier. No information has been preserved for:\n\nh.quill.alt@gmail.com'));
    expect(r.confirmations.map((c) => c.reference)).toEqual(['48271936']);
    expect(accounts(mail('Google was unable to locate an account for the following identifier. No information has been preserved for:\n\nh.quill.alt@gmail.com'))).toEqual(['harbor.quill77@gmail.com']);
  });
  it('a refusal of the whole request still confirms nothing (look-alike)', () => {
    const text = `From: <lis-noreply@google.com>\nDate: Thu, 5 Mar 2026 18:41:00 -0800\nSubject: Google Ref. No. 48271936\n\nGoogle Ref. No. 48271936\n\nNo information has been preserved for this request:\n\nThe request was not signed.\n`;
    expect(read(text).confirmations).toEqual([]);
  });
});

describe("a help desk's notice around the provider's comment", () => {
  const notice = (line: string) =>
    `From: Discord <lert@discord.com>\nSent: Thursday, March 5, 2026 5:23 PM\nTo: Cst. Lee <k.lee@police.example.ca>\nSubject: [Discord] Re: Preservation request - file 2026-1184723\n\n##- Please type your reply above this line -##\n\n${line}\n\n----------------------------------------------\n\nDiscord Trust & Safety (Discord)\n\nMar 5, 2026, 14:22 PST\n\nHello Constable Lee,\n\nWe have preserved the account information for the following user on March 5, 2026:\n\nUser ID: 1093384417265520731\n\nBest,\nMika\n\n----------------------------------------------\n\nCst. K. Lee\n\nMar 3, 2026, 06:14 PST\n\nPlease preserve the records of user 1093384417265520731 (file 2026-1184723).\n\n----------------------------------------------\n\nThis email is a service from Discord. Delivered by Zendesk\n`;
  it('"Your request (58214307) has been updated" above the comment gives its reference', () => {
    const r = read(notice('Your request (58214307) has been updated. To add additional comments, reply to this email.'));
    expect(r.confirmations.map((c) => c.reference)).toEqual(['58214307']);
    expect(r.confirmations[0]?.preservedOn?.day).toBe('2026-03-05');
  });
  it("the agency's file number in the subject is never taken for it (look-alike)", () => {
    expect(read(notice('Your request has been updated. To add additional comments, reply to this email.')).confirmations.map((c) => c.reference)).not.toContain('2026-1184723');
  });
});

describe('a Nordic provider\'s own "diarienummer"', () => {
  const mail = (own: string) =>
    `Från: Blocket Myndighetskontakt <myndighet@blocket.se>\nDatum: tis 17 mars 2026 14:02\n\nHej Linnea,\n\nVi bekräftar att uppgifter kopplade till kontot sthlm.verkstan@hotmail.com har säkrats den 16 mars 2026.\n\nErt diarienummer: 5000-K418833-26\n\n${own}\n\nVänliga hälsningar\nBlocket\n`;
  it('"Vårt diarienummer: MYND-FQRX", a code of capitals alone, is its reference', () => {
    expect(read(mail('Vårt diarienummer: MYND-FQRX')).confirmations.map((c) => c.reference)).toEqual(['MYND-FQRX']);
  });
  it('"Vårt diarienummer: BLK-2026-44817" beside the police\'s "Ert diarienummer"', () => {
    expect(read(mail('Vårt diarienummer: BLK-2026-44817')).confirmations.map((c) => c.reference)).toEqual(['BLK-2026-44817']);
  });
  it("the police's own diarienummer stays the agency's (look-alike)", () => {
    expect(read(mail('Med vänlig hälsning')).confirmations.map((c) => c.reference)).not.toContain('5000-K418833-26');
  });
});

describe('"We have logged this as …"', () => {
  const mail = (sentence: string) =>
    `Hi Officer Castellanos,\n\nWe've preserved the contents and account information of the Dropbox account registered to m.quintero.design@gmail.com.\n\n${sentence}\n\nYour request referenced San Diego Police Department case 26-0012874 and search warrant SW 26-1187.\n\nDropbox Law Enforcement Response Team\n`;
  it('names the provider\'s number among numbers of the same shape', () => {
    expect(read(mail('We have logged this as 44190-2877 in our system. Please include that number in any follow-up.')).confirmations.map((c) => c.reference)).toEqual(['44190-2877']);
  });
  it('"registered as a business user" names no number (look-alike)', () => {
    expect(read(mail('The account is registered as a business user.')).confirmations.map((c) => c.reference)).not.toContain('26-0012874');
  });
});

describe('an HTML table copied with its header cells stacked, then each row stacked, a blank line after each', () => {
  const mail = (header: string) =>
    `From: X Legal <no-reply@twitter.com>\nDate: Wed, 2 Dec 2026 04:18:00 -0800\nSubject: Your X Legal Request - Preservation complete\n\nWe have completed the preservation requested in your submission of 11/24/2026. Each account has its own case number.\n\n${header}\n\n0193847726\n@ridge_lantern\n11/27/2026\n02/25/2027\n\n0193851108\n@saffron_kite\n12/01/2026\n03/01/2027\n\nThank you,\nX Legal\n`;
  it('reads each row under its header: a reference, an account and a date each', () => {
    const r = read(mail('Case Number\nAccount\nDate Preserved\nPreserved Through'));
    expect(r.confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value), c.preservedOn?.day])).toEqual([
      ['0193847726', ['@ridge_lantern'], '2026-11-27'],
      ['0193851108', ['@saffron_kite'], '2026-12-01'],
    ]);
  });
  it('"your submission of 11/24/2026" is the request\'s day, not the preservation\'s', () => {
    const text = 'From: X Legal <no-reply@twitter.com>\nDate: Wed, 2 Dec 2026 04:18:00 -0800\n\nWe have completed the preservation requested in your submission of 11/24/2026.\nCase number: 0193847726\nAccount: @ridge_lantern\n';
    expect(read(text).confirmations[0]?.preservedOn?.day).toBe('2026-12-02');
  });
});

describe("a listing's number named by its noun in Spanish and Portuguese", () => {
  const mail = (listing: string) =>
    `De: Mercado Libre - Requerimientos Judiciales <oficios.judiciales@mercadolibre.com>\nDate: lun, 22 jun 2026 a las 15:40\n\nEstimados,\n\nSe procedió a la preservación de la información del usuario TECNOSUR.ARG.\n\n${listing}\n\nRequerimiento\nAR-LEG-2026-118804\n\nSaludos,\nMercadoLibre S.R.L.\n`;
  it('"la publicación MLA-… mencionada en su oficio" is the listing\'s', () => {
    expect(read(mail('Se preservaron las publicaciones (entre ellas la publicación MLA-1432987710 mencionada en su oficio).')).confirmations.map((c) => c.reference)).toEqual(['AR-LEG-2026-118804']);
  });
  it('a card\'s "Publicación informada⏎MLA-…" is the listing\'s', () => {
    expect(read(mail('Publicación informada\nMLA-1398822710')).confirmations.map((c) => c.reference)).toEqual(['AR-LEG-2026-118804']);
  });
  it('"Anúncio informado no ofício⏎⏎MLB-…" too', () => {
    expect(read(mail('Anúncio informado no ofício\n\nMLB-3318820475')).confirmations.map((c) => c.reference)).toEqual(['AR-LEG-2026-118804']);
  });
});

describe('Polish "Nr zabezpieczenia", the preservation\'s number, one per account', () => {
  it('reads two items, each with its login and its number', () => {
    const text =
      'Od: Allegro - Zespół Współpracy z Organami Ścigania <wspolpraca.organy@allegro.pl>\nWysłano: wtorek, 24 listopada 2026 23:51\nTemat: RE: Wniosek o zabezpieczenie danych – sygn. RSD-512/26\n\nw odpowiedzi na wniosek z dnia 20.11.2026 r. (sygn. RSD-512/26) informujemy, że Allegro zabezpieczyło dane dotyczące niżej wymienionych kont:\n\n1. Login: kruk_sprzedawca88 (ID konta: 48193027)\n   Nr zabezpieczenia: ALG/ZAB/2026/11/0342\n\n2. Login: tanie.felgi.malopolska (ID konta: 51770214)\n   Nr zabezpieczenia: ALG/ZAB/2026/11/0343\n\nZ poważaniem\nAllegro.pl sp. z o.o.\n';
    expect(read(text).confirmations.map((c) => c.reference)).toEqual(['ALG/ZAB/2026/11/0342', 'ALG/ZAB/2026/11/0343']);
  });
});

describe('an Italian notice flattened from HTML', () => {
  const mail = (said: string) =>
    `Subito.it - Ufficio Legale <ufficio.legale@subito.it>\nmar 3 nov 2026, 23:59 (3 giorni fa)\na me\n\nGentile Ispettore Ruggeri,\n${said}\n\nRiferimento Subito\nSBT-CONS-2026-0921\nVostro riferimento\nProc. pen. n. 3318/2026 R.G.N.R.\nData ricezione richiesta\n28/10/2026\nData conservazione\n02/11/2026\nDurata conservazione\n90 giorni\nNickname\nRuotaLibera_77\n\nPer ottenere la comunicazione dei dati è necessario un decreto dell'Autorità Giudiziaria.\n`;
  it('"la Sua richiesta di conservazione dei dati è stata evasa" confirms it, and "Data conservazione⏎02/11/2026" dates it', () => {
    const r = read(mail('le confermiamo che la Sua richiesta di conservazione dei dati è stata evasa.'));
    expect(r.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['SBT-CONS-2026-0921', '2026-11-02']]);
  });
  it('"la Sua richiesta è stata ricevuta" confirms nothing (look-alike)', () => {
    expect(read(mail('le confermiamo che la Sua richiesta è stata ricevuta e sarà esaminata.')).confirmations).toEqual([]);
  });
});

describe("a help desk's thread: a bot's notice above the agent's answer", () => {
  const text =
    'From: Kick Support <support@kick.com>\nDate: Thu, 27 Aug 2026 15:38:02 +0000\nSubject: [Kick] Re: Law enforcement preservation request - FIR No. 214/2026\n\n##- Please type your reply above this line -##\n\nYour request (861204) has been updated. To add additional comments, reply to this email.\n\n----------------------------------------------\n\nKick Support\n\nAug 27, 2026, 15:38 UTC\n\nHi there! This is an automated message. Our team has marked this request as solved.\n\n----------------------------------------------\n\nMarta (Kick Trust & Safety)\n\nAug 26, 2026, 21:14 UTC\n\nHello Sub-Inspector Rao,\n\nWe confirm that the Kick account below has been preserved. Our preservation reference is KLE-26-3391; please quote it together with request #861204 in any legal process.\n\nUsername: desi_rajveer07\nPreserved on: August 26, 2026\n\nBest regards,\nMarta\n\n----------------------------------------------\n\nAnanya Rao\n\nAug 24, 2026, 06:02 UTC\n\nDear Kick Team, please preserve the channel desi_rajveer07 and rajveer.streams07@gmail.com.\n\n----------------------------------------------\n\nThis email is a service from Kick Support. Delivered by Zendesk\n';
  it("reads the agent's answer (\"Marta (Kick Trust & Safety)\"), its own reference over the help desk's request number", () => {
    const r = read(text);
    expect(r.confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value), c.preservedOn?.day])).toEqual([['KLE-26-3391', ['desi_rajveer07'], '2026-08-26']]);
  });
});

describe("a token standard's name and a provider's internal reference for the request", () => {
  it('"The TRC-20 deposit address you provided" names no reference', () => {
    const text =
      'From: Binance Law Enforcement <le-response@binance.com>\nDate: Tue, 10 Nov 2026 09:12:00 +0000\n\nDear Officer,\n\nWe have preserved the data of UID 38829104 under case BLE-7730184.\n\nThe TRC-20 deposit address you provided (TXk9mR4vQ2pL7wN3sJ8dF5hC1bG6yE0aZu) was used to identify UID 38829104. ERC-20 deposits were not found.\n\nBinance Law Enforcement\n';
    expect(references(text)).toEqual(['BLE-7730184']);
  });
  it('"Our internal reference number for this request is MT/LE/2026/09/1471."', () => {
    const text =
      'From: ShareChat Grievance <grievance@sharechat.co>\nDate: Thu, 10 Sep 2026 11:02:00 +0530\n\nDear Sir,\n\nWe have preserved the data of the profile @reels.kahani.up as requested in FIR No. 0412/2026.\n\nOur internal reference number for this request is MT/LE/2026/09/1471. Please mention this reference in any future communication.\n\nRegards,\nShareChat\n';
    expect(references(text)).toEqual(['MT/LE/2026/09/1471']);
  });
});

describe("the agency's number a field names the agency's, under a subject that ends with it", () => {
  const mail = (field: string) =>
    `From: Coinbase <no-reply@kodexglobal.com>\nDate: Sat, 30 Jan 2027 10:00:00 -0700\nSubject: [Coinbase] Preservation request processed - SVPD 27-001884\n\nPRESERVATION REQUEST PROCESSED\n\nRequest ID: PRES-1C7G8QW4\n${field}\nStatus: Preserved\n\nCoinbase has preserved records associated with the following account:\n\n  Email: desertfox.trades@protonmail.com\n\nhttps://app.kodexglobal.com/coinbase/requests/PRES-1C7G8QW4\n`;
  it('"Agency case number: SVPD 27-001884" is the agency\'s in the subject too', () => {
    expect(references(mail('Agency case number: SVPD 27-001884'))).toEqual(['PRES-1C7G8QW4']);
  });
});

describe('the Italian "Vs. rif. prot. n." of the addressee', () => {
  it("is the agency's, though the officer's subject calls it \"Ns. rif.\"", () => {
    const text =
      'Da: Subito.it Ufficio Legale <legale@subito.it>\nInviato: giovedì 5 novembre 2026 10:12\nOggetto: R: Richiesta di conservazione dati - Ns. rif. prot. n. 0041187/26\n\nGentile Ispettore,\n\na seguito della Vostra richiesta del 29/10/2026 (Vs. rif. prot. n. 0041187/26), Vi comunichiamo che in data 04/11/2026 abbiamo provveduto alla conservazione dei dati relativi all\'utente marco.biondi.ge@libero.it.\n\nNs. rif.: SBT-LE-26-30418\n\nCordiali saluti\n';
    expect(references(text)).toEqual(['SBT-LE-26-30418']);
  });
});

describe('a UUID the provider gives its request or case', () => {
  const mail = (label: string) =>
    `De: Uber Law Enforcement Response Team <lert-noreply@uber.com>\nDate: Fri, 20 Nov 2026 19:44:00 -0300\n\nPrezada Delegada,\n\nInformamos que a solicitação de preservação abaixo foi concluída.\n\n${label}\n0b7e1d2c-94a6-4f2e-b8d3-5a1c7e90f462\nReferência da autoridade\nIP nº 0871/2026\n\nE-mail\nthiago.rampazzo.sp@gmail.com\n`;
  it('"ID da solicitação Uber⏎<uuid>" is its reference', () => {
    expect(references(mail('ID da solicitação Uber'))).toEqual(['0b7e1d2c-94a6-4f2e-b8d3-5a1c7e90f462']);
  });
  it('"Sagsnummer: <uuid>" too', () => {
    const text = 'Fra: Vinted - Juridisk afdeling <legal-requests@vinted.com>\nDato: 3. november 2026 kl. 14.52.07 CET\n\nVi bekræfter hermed, at vi den 2. november 2026 har sikret de tilgængelige data for følgende konto:\n\nBrugernavn: lilleloppe_cph\n\nSagsnummer: 5e0c7a14-93b2-4f6e-b1d8-2c94e07f31a6\n';
    expect(references(text)).toEqual(['5e0c7a14-93b2-4f6e-b1d8-2c94e07f31a6']);
  });
  it('an account\'s "Customer ID⏎<uuid>" is none (look-alike)', () => {
    expect(references(mail('Customer ID'))).not.toContain('0b7e1d2c-94a6-4f2e-b8d3-5a1c7e90f462');
  });
});

describe('a European Preservation Order certificate written "EPOCPR"', () => {
  it('"PL-EPOCPR-2026-00318" is the issuing authority\'s, never the provider\'s', () => {
    const text =
      'From: Apple Law Enforcement <lawenforcement@apple.com>\nDate: Thu, 17 Sep 2026 10:00:00 +0100\nSubject: Apple - EPOC-PR PL-EPOCPR-2026-00318 - Preservation Confirmation\n\nApple Distribution International Ltd. confirms that the data of the Apple Account k.nowak@icloud.com was preserved on 17 September 2026.\n\nApple Request Number: EUP-26-073318\nEPOC-PR certificate number: PL-EPOCPR-2026-00318\n';
    expect(references(text)).toEqual(['EUP-26-073318']);
  });
});

describe('a kind of data refused beside the preservation done', () => {
  const mail = (refusal: string) =>
    `From: Cloudflare Trust & Safety <lawenforcement@cloudflare.com>\nDate: Wed, 14 Oct 2026 23:41:00 +0100\n\nHello DC Lowe,\n\nCloudflare reference: CF-LER-2026-00731\n\nCloudflare has preserved the customer information it holds for the account m.ashdown.trading@protonmail.com.\n\n${refusal}\n`;
  it('"… has not preserved any website content" refuses that content, not the request', () => {
    expect(references(mail('Cloudflare is not the host of the content and has not preserved any website content.'))).toEqual(['CF-LER-2026-00731']);
  });
  it('"No data has been preserved for this request." still refuses it all (look-alike)', () => {
    expect(references(mail('However, no data has been preserved for this request.'))).toEqual([]);
  });
});

describe('a terse reply: "u/… is preserved under 2026-PR-08841. We couldn\'t find u/…"', () => {
  it('names the reference and the one account, the other not found', () => {
    const text =
      'From: Reddit Legal <legalrequests@reddit.com>\nDate: Fri, 16 Oct 2026 14:31:09 -0700\nSubject: Re: Preservation Request - SPPD Case 26-440197\n\nHi Officer Brandt,\n\nu/Quiet_Harbor_19 is preserved under 2026-PR-08841. We couldn\'t find u/tidewater_lurker - please double-check the spelling.\n\nReddit Legal\n';
    const r = read(text);
    expect(r.confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)])).toEqual([['2026-PR-08841', ['u/Quiet_Harbor_19']]]);
  });
});

describe('"Référence de la demande :" and its kin in other languages', () => {
  it('names the provider\'s number of the request', () => {
    const text =
      'Date: Tue, 17 Nov 2026 08:41:12 +0100\nFrom: OVHcloud - Service Juridique <noreply-juridique@ovhcloud.com>\nSubject: Réquisition judiciaire - demande de conservation - PV 2026/004417\n\nNous vous confirmons que les données relatives au compte client ci-dessous ont été conservées le 16 novembre 2026 :\n\nRéférence de la demande : CS0412873\nIdentifiant client (NIC-handle) : dm48211-ovh\n';
    expect(references(text)).toEqual(['CS0412873']);
  });
});

describe('"Your case ID is X. Please quote it in all future correspondence."', () => {
  it('is the provider\'s number, though "your" labels it', () => {
    const text =
      'Dear Detective Sergeant Ngata,\n\nWe confirm that we have preserved data associated with the TikTok account @waitemata.wave.\n\nYour case ID is TT-LE-26-0558214. Please quote it in all future correspondence.\n\nYour reference: NZ Police file 261204/8832\n\nTikTok Law Enforcement Outreach\n';
    expect(references(text)).toEqual(['TT-LE-26-0558214']);
  });
});

describe('a help desk\'s post signed "Rowan (Discord)"', () => {
  it('is the provider\'s, its references read over the ticket\'s number', () => {
    const text =
      'Subject: Re: [#4418207] Preservation Request - RCMP File 2026-1408823\nFrom: Discord Law Enforcement <lert@discord.com>\nDate: Wed, 18 Nov 2026 14:22:51 -0800\n\n##- Please type your reply above this line -##\n\nYour request (4418207) has been updated. To add additional comments, reply to this email.\n----------------------------------------------\n\nRowan (Discord)\n\nNov 18, 2026, 2:22 PM PST\n\nWe have preserved the following accounts.\n\nUser ID: 1093348821759201330\nPreservation reference: DIS-PRV-48817\n\nUser ID: 987610453322817546\nPreservation reference: DIS-PRV-48818\n\nBest,\nRowan\n\n----------------------------------------------\n\nCpl. Dana Whitford\n\nNov 17, 2026, 9:58 PM PST\n\nPlease preserve 1093348821759201330 and 987610453322817546.\n';
    expect(references(text)).toEqual(['DIS-PRV-48817', 'DIS-PRV-48818']);
  });
});

describe("the provider's follow-up above its own receipt, with no header of its own", () => {
  const mail = (signature: string) =>
    `Hello Detective Sergeant Holm,\n\nThis is to confirm that the preservation associated with Roblox reference RBX-LE-0417729 is now complete. We have preserved the data for the account FrostyMjolner_09.\n\nKind regards,\n${signature}\n\nOn 3 Jun 2026, at 10:14, Roblox Law Enforcement <lawenforcement@roblox.com> wrote:\n\nWe've received your preservation request and have assigned reference RBX-LE-0417729. Our team will review the request.\n\nTicket: #7718302\n\nRoblox Law Enforcement Response Team\n`;
  it('signed by the provider, it is the confirmation', () => {
    expect(read(mail('Roblox Law Enforcement Response Team')).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)])).toEqual([['RBX-LE-0417729', ['FrostyMjolner_09']]]);
  });
});

describe('a German notice flattened from HTML', () => {
  it('"Anfrage-ID⏎…" names the reference, "Eingang Ihres Ersuchens⏎…" the request\'s day, "Datum der Sicherung⏎…" the preservation\'s', () => {
    const text =
      'Von: TikTok Law Enforcement <lert-noreply@tiktok.com>\nGesendet: Freitag, 3. April 2026 14:22\nBetreff: TikTok – Bestätigung der Datensicherung\n\nDie zu den unten angeführten Konten vorhandenen Daten wurden gesichert.\nAnfrage-ID\n7351829046612\nStatus\nGesichert\nIhr Zeichen\nPAD/26/00731455/001/KRIM\nEingang Ihres Ersuchens\n30.03.2026\nDatum der Sicherung\n03.04.2026\nBenutzername\n@wienerblut.official\n';
    expect(read(text).confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['7351829046612', '2026-04-03']]);
  });
});

describe('a refusal on an item\'s line, after the account and a dash', () => {
  it('"x@… - No Microsoft account could be located for this identifier. No data has been preserved." is that account\'s', () => {
    const text =
      'From: Microsoft LENS <lens-noreply@microsoft.com>\nSent: 10 November 2026 02:03\nSubject: RE: Preservation Request - Microsoft Ref GCC-1193406\n\nMicrosoft has processed your preservation request.\n\nMicrosoft Reference Number: GCC-1193406\n\nPreserved:\nskye.machar@outlook.com\n\nNot found:\nglencoe.runner@hotmail.co.uk - No Microsoft account could be located for this identifier. No data has been preserved.\n\nDate preserved: November 9, 2026\n';
    expect(read(text).confirmations.map((c) => [c.reference, c.accounts.map((a) => a.value)])).toEqual([['GCC-1193406', ['skye.machar@outlook.com']]]);
  });
});

describe('the span of the data the request asked for', () => {
  const mail = (sentence: string) =>
    `Dear Officer,\n\nMicrosoft has preserved the account dark.harbor@outlook.com under reference GCC-2026-038817.\n\nRecords will be preserved for 90 days. ${sentence}\n\nMicrosoft LENS\n`;
  it('"account activity from September 1, 2025 to February 20, 2026" dates no preservation', () => {
    expect(read(mail('Your request references account activity from September 1, 2025 to February 20, 2026.')).confirmations[0]?.preservedOn).toBeNull();
  });
  it('"Preservation period: 20/11/2026 – 18/02/2027" still dates it (look-alike)', () => {
    const text = `From: Microsoft LENS <lens@microsoft.com>\nDate: Fri, 20 Nov 2026 10:00:00 -0800\n\n${mail('Preservation period: 20/11/2026 – 18/02/2027.')}`;
    expect(read(text).confirmations[0]?.preservedOn?.day).toBe('2026-11-20');
  });
});

describe('a status block per account, one of them held under another request', () => {
  it('"Status: Previously preserved. … no new preservation was created under this request." is that account\'s', () => {
    const text =
      'From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Wed, 2 Dec 2026 10:00:00 -0800\n\nRoblox has logged this request as RBX-LE-0092274. The status of each account is set out below.\n\nUsername: BlokowyKotek2013\nStatus: Preserved\n\nUser ID: 5102948837\nStatus: Previously preserved. This account is already subject to preservation under Roblox request RBX-LE-0089915. That preservation remains in effect, and no new preservation was created under this request.\n\nRoblox Law Enforcement Response Team\n';
    expect(references(text)).toEqual(['RBX-LE-0092274']);
  });
});

describe('"Case number provided:", the agency\'s number echoed by a portal', () => {
  it('gives way to the requests the portal numbered', () => {
    const text =
      'De : Meta Law Enforcement Response Team <records@fb.com>\nDate: ven. 16 oct. 2026 à 17:22\nSubject: Preservation Confirmation - Requests #10482913 / #10482927\n\nThis message confirms that Meta Platforms, Inc. has processed the following preservation requests.\n\nRequest #10482913 (Instagram)\nAccount: mtl.gamer.vx\nStatus: Preserved\n\nRequest #10482927 (Facebook)\nAccount: https://www.facebook.com/profile.php?id=100089345120773\nStatus: Preserved\n\nCase number provided: SQ-026-118734\n';
    expect(references(text)).toEqual(['10482913', '10482927']);
  });
});

describe("the addressee's line, and an abuse report's number (the development mails whose shape they stand for)", () => {
  const fixture = (file: string) => readFileSync(join(CORPUS_DIR, file), 'utf8');
  it('"Your reference: Polizeiinspektion …, Vorgangsnummer 202600418833" is the agency\'s', () => {
    expect(references(fixture('dev96/14-snap-extension-raw.txt'))).toEqual(['SNAP-PR-20260128-3391']);
  });
  it('"le signalement n° ABUSE-9981274 ouvert par notre service abuse" is the abuse report\'s', () => {
    expect(references(fixture('dev90/04-ovhcloud-bare-fr.txt'))).toEqual(['OVH-LE-2611-04471']);
  });
});

describe('phone numbers alone on their lines under a refusal that ends in a colon', () => {
  it('"We were unable to locate a WhatsApp account associated with the following phone number:⏎⏎+34 555 010 119"', () => {
    const text =
      'From: WhatsApp <records@whatsapp.com>\nDate: Tue, 7 Apr 2026 18:00:00 +0000\n\nWhatsApp Case No. 7712049386\n\nWhatsApp has preserved the available account information for the following phone numbers as of April 7, 2026:\n\n+34 555 010 872\n+34 555 010 640\n\nWe were unable to locate a WhatsApp account associated with the following phone numbers:\n\n+34 555 010 119\n+34 555 010 233\n\nThe preserved information will be retained for 90 days.\n';
    expect(accounts(text)).toEqual(['+34 555 010 872', '+34 555 010 640']);
  });
});
