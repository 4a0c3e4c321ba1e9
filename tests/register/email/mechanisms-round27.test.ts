import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 27 (dev16's kinds: provider messages in the investigator's language, case numbers quoted back):
 * each shown on invented mail in other providers, words, languages and layouts than the corpus's, with probes that must
 * read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

describe("references: a spaced reference's groups are capitals and digits, the label's own words after it no group ('Nuestro número de caso es SNAP-LE-…' in a forward)", () => {
  it.each([
    ["-------- Mensaje reenviado --------\nAsunto: \tSu solicitud de conservación (Diligencias 4410/2026)\nFecha: \tTue, 10 Nov 2026 09:14:00 +0100\nDe: \tSnap Law Enforcement <lawenforcement@snapchat.com>\nPara: \tInspectora Ana Ruiz <ana.ruiz@policia.example.es>\n\nHola,\n\nen relación con su solicitud (Diligencias 4410/2026), le confirmamos que hemos conservado los datos de la cuenta garza_gris_9.\n\nNuestro número de caso es SNAP-LE-7731905.\n\nSaludos,\nSnap Law Enforcement\n\n-- \nInspectora Ana Ruiz\nTel.: +34 91 555 0123\nana.ruiz@policia.example.es\n", ["SNAP-LE-7731905"]],
    ["-------- Mensaje reenviado --------\nAsunto: \tSu solicitud de conservación (Diligencias 4410/2026)\nFecha: \tTue, 10 Nov 2026 09:14:00 +0100\nDe: \tSnap Law Enforcement <lawenforcement@snapchat.com>\nPara: \tInspectora Ana Ruiz <ana.ruiz@policia.example.es>\n\nHola,\n\nen relación con su solicitud (Diligencias 4410/2026), le confirmamos que hemos conservado los datos de la cuenta garza_gris_8.\n\nNuestro número de expediente es SNAP-LE-7731906.\n\nSaludos,\nSnap Law Enforcement\n\n-- \nInspectora Ana Ruiz\nTel.: +34 91 555 0123\nana.ruiz@policia.example.es\n", ["SNAP-LE-7731906"]],
    ["-------- Message transféré --------\nSujet : \tVotre demande de conservation (PV n° 2026/00871)\nDate : \tTue, 10 Nov 2026 09:14:00 +0100\nDe : \tPinterest Legal <legal@pinterest.com>\nPour : \tCapitaine Luc Marin <luc.marin@gendarmerie.example.fr>\n\nBonjour,\n\nsuite à votre demande (PV n° 2026/00871), nous vous confirmons avoir conservé les données du compte pinterest.com/brume_bleue_41.\n\nNuestro número de referencia es PIN-LE-5530173.\n\nCordialement,\nPinterest Legal\n\n-- \nCapitaine Luc Marin\nTél. : 01 99 00 12 34\nluc.marin@gendarmerie.example.fr\n", ["PIN-LE-5530173"]],
  ])("reads the reference alone: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // A spaced reference after the copula and a colon: whole, as before.
    ["-------- Weitergeleitete Nachricht --------\nBetreff: \tIhre Sicherungsanfrage (Aktenzeichen: KI/44120/2026)\nDatum: \tTue, 10 Nov 2026 09:14:00 +0100\nVon: \tTwitch Law Enforcement <lawenforcement@twitch.tv>\nAn: \tKHK Jana Roth <jana.roth@polizei.example.de>\n\nSehr geehrte Frau Roth,\n\nbezugnehmend auf Ihre Anfrage (Aktenzeichen: KI/44120/2026) teilen wir Ihnen mit, dass wir die Daten des Kanals twitch.tv/graue_eule_77 gesichert haben.\n\nUnser Aktenzeichen lautet: BLK 2026 3318\n\nMit freundlichen Grüßen\nTwitch Law Enforcement\n\n-- \nKHK Jana Roth\nTel.: +49 711 5550 1200\njana.roth@polizei.example.de\n", ["BLK 2026 3318"]],
    // Groups parted by a slash after the copula: whole, as before.
    ["-------- Weitergeleitete Nachricht --------\nBetreff: \tIhre Sicherungsanfrage (Aktenzeichen: KI/44120/2026)\nDatum: \tTue, 10 Nov 2026 09:14:00 +0100\nVon: \tTwitch Law Enforcement <lawenforcement@twitch.tv>\nAn: \tKHK Jana Roth <jana.roth@polizei.example.de>\n\nSehr geehrte Frau Roth,\n\nbezugnehmend auf Ihre Anfrage (Aktenzeichen: KI/44120/2026) teilen wir Ihnen mit, dass wir die Daten des Kanals twitch.tv/graue_eule_77 gesichert haben.\n\nUnsere Vorgangsnummer lautet TW-BA 2026 / 0477315\n\nMit freundlichen Grüßen\nTwitch Law Enforcement\n\n-- \nKHK Jana Roth\nTel.: +49 711 5550 1200\njana.roth@polizei.example.de\n", ["TW-BA 2026 / 0477315"]],
    // Capitals and digits after the provider's label: whole, as before.
    ["-------- Message transféré --------\nSujet : \tVotre demande de conservation (PV n° 2026/00871)\nDate : \tTue, 10 Nov 2026 09:14:00 +0100\nDe : \tPinterest Legal <legal@pinterest.com>\nPour : \tCapitaine Luc Marin <luc.marin@gendarmerie.example.fr>\n\nBonjour,\n\nsuite à votre demande (PV n° 2026/00871), nous vous confirmons avoir conservé les données du compte pinterest.com/brume_bleue_41.\n\nNotre dossier : PIN LE 2611 0573\n\nCordialement,\nPinterest Legal\n\n-- \nCapitaine Luc Marin\nTél. : 01 99 00 12 34\nluc.marin@gendarmerie.example.fr\n", ["PIN LE 2611 0573"]],
  ])("reads the spaced references as before: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});
describe("messages: a subject a client wrapped in a forward's header, its rest on a line of its own above the next field ('Betreff: Ihre Anfrage … zugehörigen⏎Inhalte⏎Datum: …')", () => {
  it.each([
    ["\n\n-------- Weitergeleitete Nachricht --------\nBetreff: \tIhre Anfrage zur Datensicherung des Kontos und der zugehörigen\nInhalte\nDatum: \tTue, 10 Nov 2026 09:14:00 +0100\nVon: \tGitHub Legal <legal@github.com>\nAn: \tKOK Ole Brandt <o.brandt@polizei.example.de>\n\n\n\nSehr geehrter Herr Lenhardt,\n\nbezugnehmend auf Ihre Anfrage (Aktenzeichen: KI/5512/2026) teilen wir\nIhnen mit, dass wir die zu dem\nGitHub-Konto mit der E-Mail-Adresse moorhuhn.code@web.de\nvorhandenen Daten für einen Zeitraum\nvon 90 Tagen gesichert haben. Die Daten werden\nbis zum 7. Februar 2027 gesichert.\n\nUnsere Vorgangsnummer lautet GH-LR-5512094.\n\nBitte beachten Sie, dass die Herausgabe von Inhalten einen richterlichen\nBeschluss bzw. ein Ersuchen im\nWege der Rechtshilfe voraussetzt.\n\nMit freundlichen Grüßen\n\nGitHub Law Enforcement Team\nGitHub International Unlimited Company, One Park Place, Hatch Street\nUpper, Dublin 2, Irland\n\n-- \nKOK Ole Brandt\nKriminalinspektion 3 – Cybercrime\nTel.: +49 621 5550 3381\no.brandt@polizei.example.de\n", "2026-11-10"],
    ["\n\n-------- Weitergeleitete Nachricht --------\nSubject: \tYour preservation request for the account named in your\nletter\nDate: \tThu, 12 Nov 2026 10:20:00 +0100\nFrom: \tTwitch Law Enforcement <lawenforcement@twitch.tv>\nTo: \tKOK Tobias Lenhardt <tobias.lenhardt@polizei.example.de>\n\n\n\nSehr geehrter Herr Lenhardt,\n\nbezugnehmend auf Ihre Anfrage (Aktenzeichen: KX/7712/26) teilen wir\nIhnen mit, dass wir die zu dem\nTwitch-Konto twitch.tv/grauer_falke_12\nvorhandenen Daten für einen Zeitraum\nvon 90 Tagen gesichert haben. Die Daten werden\nbis zum 7. Februar 2027 gesichert.\n\nUnsere Vorgangsnummer lautet TW-LE-7712260.\n\nBitte beachten Sie, dass die Herausgabe von Inhalten einen richterlichen\nBeschluss bzw. ein Ersuchen im\nWege der Rechtshilfe voraussetzt.\n\nMit freundlichen Grüßen\n\nTwitch Law Enforcement Team\nTwitch International Unlimited Company, One Park Place, Hatch Street\nUpper, Dublin 2, Irland\n\n-- \nKOK Tobias Lenhardt\nKriminalinspektion 3 – Cybercrime\nTel.: +49 621 5550 3381\ntobias.lenhardt@polizei.example.de\n", "2026-11-12"],
    ["\n\n-------- Weitergeleitete Nachricht --------\nBetreff: \tAW: Sicherungsersuchen zum Konto und zur Akte (Az.\n4410 Js 1203/26)\nDatum: \tFri, 13 Nov 2026 11:02:00 +0100\nVon: \tPinterest Legal <legal@pinterest.com>\nAn: \tKOK Tobias Lenhardt <tobias.lenhardt@polizei.example.de>\n\n\n\nSehr geehrter Herr Lenhardt,\n\nbezugnehmend auf Ihre Anfrage (Az. 4410 Js 1203/26) teilen wir\nIhnen mit, dass wir die zu dem\nPinterest-Konto pinterest.com/nebel_eule_9\nvorhandenen Daten für einen Zeitraum\nvon 90 Tagen gesichert haben. Die Daten werden\nbis zum 7. Februar 2027 gesichert.\n\nUnsere Vorgangsnummer lautet PIN-LE-4410931.\n\nBitte beachten Sie, dass die Herausgabe von Inhalten einen richterlichen\nBeschluss bzw. ein Ersuchen im\nWege der Rechtshilfe voraussetzt.\n\nMit freundlichen Grüßen\n\nPinterest Law Enforcement Team\nPinterest International Unlimited Company, One Park Place, Hatch Street\nUpper, Dublin 2, Irland\n\n-- \nKOK Tobias Lenhardt\nKriminalinspektion 3 – Cybercrime\nTel.: +49 621 5550 3381\ntobias.lenhardt@polizei.example.de\n", "2026-11-13"],
  ])("reads the header's date: %s", (text, expected) => {
    expect(read(text).emailDate).toEqual(expected);
  });

  it.each([
    // A line of the note under a subject, no field under it: the body, as before.
    ["-------- Forwarded Message --------\nSubject: \tPreservation request\nPlease see the note below.\n\nFrom: Reddit Legal <legal@reddit.com>\nDate: Tue, 10 Nov 2026 09:14:00 -0800\nSubject: Preservation\n\nReddit preserved the account u/Fen_Lark_42. Our reference is RDT-LE-7712042.\n", "2026-11-10"],
    // A raw header with the body right under its last field: as before.
    ["Subject: Preservation RDT-LE-7712043\nDate: Tue, 10 Nov 2026 09:14:00 -0800\nFrom: Reddit Legal <legal@reddit.com>\nReddit preserved the account u/Fen_Lark_43 on November 9, 2026.\n", "2026-11-10"],
    // An Outlook header whose wrapped subject is its last line: as before.
    ["-----Original Message-----\nFrom: Reddit Legal <legal@reddit.com>\nSent: Tuesday, November 10, 2026 9:14 AM\nTo: Det. Mara Lind <m.lind@police.example.gov>\nSubject: Preservation confirmed for the account named in your request of\nNovember 2\n\nReddit preserved the account u/Fen_Lark_44. Our reference is RDT-LE-7712044.\n", "2026-11-10"],
  ])("reads the date as before: %s", (text, expected) => {
    expect(read(text).emailDate).toEqual(expected);
  });
});

describe("dates: a participle of preserving after a date the words of a period's end stand before ('werden bis zum 7. Februar 2027 gesichert', 'tot en met 9 februari 2027 bewaard'): how long, not when", () => {
  it.each([
    // No date stated: the e-mail's own.
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Wed, 11 Nov 2026 10:00:00 +0100\nSubject: Ihre Anfrage DSC-2611-5501\n\nWir haben Ihre Anfrage bearbeitet. Die Daten des Kontos eisvogel.22 werden bis zum 7. Februar 2027 gesichert.\n\nReferenz: DSC-2611-5501\n", "2026-11-11"],
    ["From: TikTok LE <lert@tiktok.com>\nDate: Wed, 11 Nov 2026 10:00:00 +0100\nSubject: Uw verzoek\n\nDe gegevens van het account @reiger_grijs4 worden tot en met 9 februari 2027 bewaard.\n\nReferentie: TT-LE-2611-5502\n", "2026-11-11"],
    ["From: Snap LE <lawenforcement@snapchat.com>\nDate: Wed, 11 Nov 2026 10:00:00 +0100\nSubject: Ihre Anfrage\n\nDie Daten des Snapchat-Kontos moos_kauz9 bleiben bis 08.02.2027 gespeichert.\n\nReferenz: SNAP-LE-2611-5503\n", "2026-11-11"],
  ])("reads no preservation date from the period's end: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // The participle after the day's preposition: the preservation's, as before.
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Wed, 11 Nov 2026 10:00:00 +0100\nSubject: Ihre Anfrage DSC-2611-5501\n\nDie Daten des Kontos eisvogel.23 wurden am 10.11.2026 gesichert.\n\nReferenz: DSC-2611-5501\n", "2026-11-10"],
    // A preservation's day and a period's end in one sentence: as before.
    ["From: TikTok LE <lert@tiktok.com>\nDate: Wed, 11 Nov 2026 10:00:00 +0100\nSubject: Uw verzoek\n\nDe gegevens van het account @reiger_grijs5 zijn op 10-11-2026 bewaard en worden tot 9 februari 2027 bewaard.\n\nReferentie: TT-LE-2611-5504\n", "2026-11-10"],
    // 'seit dem' opens a period, as before.
    ["From: Snap LE <lawenforcement@snapchat.com>\nDate: Wed, 11 Nov 2026 10:00:00 +0100\nSubject: Ihre Anfrage\n\nDie Daten des Snapchat-Kontos moos_kauz8 sind seit dem 10. November 2026 gesichert.\n\nReferenz: SNAP-LE-2611-5505\n", "2026-11-10"],
  ])("reads the date as before: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

describe("dates: 'originally' in the other languages read, beside a form of preserving ('säkrades ursprungligen den', 'blev oprindeligt sikret den', 'ble opprinnelig sikret den'), in an extension whose own sentence the preservation's noun dates", () => {
  it.each([
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:00:00 +0100\nSubject: Förlängning – SNAP-LE-2608-6601\n\nHej,\n\nVi bekräftar att bevarandet för kontot fjallripa_12 (referens SNAP-LE-2608-6601) har förlängts med 90 dagar från och med den 19 november 2026.\n\nUppgifterna bevarades ursprungligen den 22 augusti 2026.\n\nMed vänliga hälsningar\nSnap\n", "2026-08-22"],
    ["From: Amazon Law Enforcement <le-response-eu@amazon.lu>\nDate: Thu, 19 Nov 2026 10:00:00 +0100\nSubject: Forlængelse – AMZ-LE-2608-6602\n\nKære efterforsker,\n\nVi bekræfter, at bevaringen for kontoen havorn.dk@example.dk (sag AMZ-LE-2608-6602) er blevet forlænget den 19. november 2026.\n\nDataene blev oprindeligt sikret den 20. august 2026.\n\nMed venlig hilsen\nAmazon\n", "2026-08-20"],
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:00:00 +0100\nSubject: Forlengelse – SNAP-LE-2608-6609\n\nHei,\n\nVi bekrefter at bevaringen av dataene for kontoen fjellrype_19 (referanse SNAP-LE-2608-6609) er forlenget den 19. november 2026.\n\nDataene ble opprinnelig sikret den 25. august 2026.\n\nVennlig hilsen\nSnap\n", "2026-08-25"],
  ])("reads the first preservation's date: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // English 'originally preserved on': as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:00:00 -0800\nSubject: Extension – SNAP-LE-2608-6605\n\nHello,\n\nThe preservation of the account fen_ripple14 (reference SNAP-LE-2608-6605) has been extended by 90 days. The data was originally preserved on August 22, 2026.\n", "2026-08-22"],
    // 'ursprungligen' said of a request sent, not of preserving: the preservation's day as before.
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Thu, 19 Nov 2026 10:00:00 +0100\nSubject: Ert ärende – DSC-2611-6606\n\nHej,\n\nVi bevarade uppgifterna för kontot fjallripa_15 den 10 november 2026. Begäran skickades ursprungligen den 2 november 2026 till fel adress.\n\nReferens: DSC-2611-6606\n", "2026-11-10"],
    // An extension that states no first date proposes none, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 19 Nov 2026 10:00:00 +0100\nSubject: Förlängning – SNAP-LE-2608-6607\n\nHej,\n\nBevarandet för kontot fjallripa_16 (referens SNAP-LE-2608-6607) har förlängts den 19 november 2026 med ytterligare 90 dagar.\n", null],
  ])("reads the date as before: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

describe("confirmations: 'conservamos', 'preservamos', 'resguardamos', the first person's past in Spanish and Portuguese, asserts the preservation as 'conservó' does, beside a receipt of the request", () => {
  it.each([
    ["From: Uber LERT <lert@uber.com>\nDate: Tue, 10 Nov 2026 10:00:00 +0100\nSubject: Su solicitud\n\nHola,\n\nHemos recibido su solicitud. Le confirmamos que conservamos los datos de la cuenta garza.azul@example.es.\n\nNúmero de caso Uber: UBR-LE-3310-81\n\nUber LERT\n", ["UBR-LE-3310-81"]],
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0300\nSubject: Sua solicitação\n\nPrezado(a),\n\nSua solicitação foi recebida. Preservamos os dados da conta de usuário Tucano_Azul_77.\n\nNúmero da solicitação Roblox: RBX-2026-331082\n\nAtenciosamente,\nRoblox\n", ["RBX-2026-331082"]],
    ["From: Twitch Law Enforcement <lawenforcement@twitch.tv>\nDate: Tue, 10 Nov 2026 10:00:00 +0100\nSubject: Su solicitud\n\nHola,\n\nHemos recibido su solicitud. Resguardamos la información del canal twitch.tv/lince_gris_5 tal como pidió.\n\nReferencia Twitch: TW-LE-331083\n\nSaludos,\nTwitch\n", ["TW-LE-331083"]],
  ])("reads the confirmation: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // Negated ('Todavía no conservamos'): as before.
    ["From: Uber LERT <lert@uber.com>\nDate: Tue, 10 Nov 2026 10:00:00 +0100\nSubject: Su solicitud\n\nHola,\n\nHemos recibido su solicitud. Todavía no conservamos los datos de la cuenta garza.azul2@example.es.\n\nNúmero de caso Uber: UBR-LE-3310-84\n\nUber LERT\n", []],
    // Under a condition ('Quando recebermos a ordem judicial'): as before.
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Tue, 10 Nov 2026 10:00:00 -0300\nSubject: Sua solicitação\n\nPrezado(a),\n\nRecebemos sua solicitação. Quando recebermos a ordem judicial, preservamos os dados da conta Tucano_Azul_78.\n\nNúmero da solicitação Roblox: RBX-2026-331085\n\nAtenciosamente,\nRoblox\n", []],
    // The future ('Conservaremos … cuando la aprobemos'): as before.
    ["From: Twitch Law Enforcement <lawenforcement@twitch.tv>\nDate: Tue, 10 Nov 2026 10:00:00 +0100\nSubject: Su solicitud\n\nHola,\n\nHemos recibido su solicitud y la estamos revisando. Conservaremos la información del canal twitch.tv/lince_gris_6 cuando la aprobemos.\n\nReferencia Twitch: TW-LE-331086\n\nSaludos,\nTwitch\n", []],
  ])("reads no confirmation, as before: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("dates: a date opening its clause after the formal openers of Italian, Spanish, Portuguese, French, Romanian and Czech ('in data', 'el pasado', 'lo scorso', 'con fecha', 'em data de', 'en date du', 'în data de', 'dne'), the clause's verb of preserving after it", () => {
  it.each([
    ["From: TikTok Law Enforcement <lert@tiktok.com>\nDate: Fri, 13 Nov 2026 10:00:00 +0100\nSubject: Richiesta di conservazione\n\nGentile Ispettore,\n\ncon la presente confermiamo che in data 10 novembre 2026 TikTok ha conservato i dati dell'account @airone_grigio7.\n\nRiferimento TikTok: TT-LE-2611-4401\n", "2026-11-10"],
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Fri, 13 Nov 2026 10:00:00 +0100\nSubject: Solicitud de conservación\n\nHola,\n\nLe confirmamos que el pasado 11 de noviembre de 2026 Snap conservó los datos de la cuenta garza_parda3.\n\nReferencia Snap: SNAP-LE-2611-4402\n", "2026-11-11"],
    ["From: Uber LERT <lert@uber.com>\nDate: Fri, 13 Nov 2026 10:00:00 +0100\nSubject: Solicitud de conservación\n\nHola,\n\nCon fecha 9 de noviembre de 2026 Uber conservó los datos de la cuenta lince.pardo@example.es.\n\nReferencia Uber: UBR-LE-2611-4403\n", "2026-11-09"],
  ])("reads the stated date: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // 'in data' before a receipt ('abbiamo ricevuto'): not the preservation's; the e-mail's date, as before.
    ["From: TikTok Law Enforcement <lert@tiktok.com>\nDate: Fri, 13 Nov 2026 10:00:00 +0100\nSubject: Richiesta di conservazione\n\nGentile Ispettore,\n\nin data 09/11/2026 abbiamo ricevuto la Sua richiesta. I dati dell'account @airone_grigio8 sono stati conservati.\n\nRiferimento TikTok: TT-LE-2611-4404\n", "2026-11-13"],
    // 'Con fecha' before a clause with no verb of preserving: as before.
    ["From: Uber LERT <lert@uber.com>\nDate: Fri, 13 Nov 2026 10:00:00 +0100\nSubject: Solicitud de conservación\n\nHola,\n\nCon fecha 5 de noviembre de 2026 nos llegó su solicitud. Hemos conservado los datos de la cuenta lince.pardo2@example.es.\n\nReferencia Uber: UBR-LE-2611-4405\n", "2026-11-13"],
    // 'El' alone, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Fri, 13 Nov 2026 10:00:00 +0100\nSubject: Solicitud de conservación\n\nHola,\n\nEl 11 de noviembre de 2026 Snap conservó los datos de la cuenta garza_parda4.\n\nReferencia Snap: SNAP-LE-2611-4406\n", "2026-11-11"],
  ])("reads the date as before: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

describe("accounts: a value alone on its line under its label cell, the next label's apposition not said of it ('Username⏎heron_dusk_51⏎Group chat (for context only)⏎Group 5512…', a notice whose cells a copy put one to a line)", () => {
  it.each([
    ["From: Snapchat via Kodex <notifications@kodexglobal.com>\nDate: Tue, 10 Nov 2026 18:05:33 +0000\nSubject: Snap: preservation completed (SNAP-KX-55121)\n\nPreservation completed\n\nRequest ID\nSNAP-KX-55121\nStatus\nCompleted\nUsername\nheron_dusk_51\nGroup chat (for context only)\nGroup 5512900331\n\nView request\n", ['heron_dusk_51']],
    ["From: TikTok via Kodex <notifications@kodexglobal.com>\nDate: Tue, 10 Nov 2026 18:05:33 +0000\nSubject: TikTok: preservation completed (TT-KX-55122)\n\nPreservation completed\n\nRequest ID\nTT-KX-55122\nUser ID\n6988123456789012345\nVideo (for reference only)\n7301122334455667788\n\nView request\n", ['6988123456789012345']],
    ["From: Roblox via Kodex <notifications@kodexglobal.com>\nDate: Tue, 10 Nov 2026 18:05:33 +0000\nSubject: Roblox: preservation completed (RBX-KX-55123)\n\nPreservation completed\n\nRequest ID\nRBX-KX-55123\nUsername\nBrickHeron_51\nUser ID\n5512300987\nExperience (for information only)\nPlace 88123001\n\nView request\n", ['BrickHeron_51', '5512300987']],
  ])('reads the account: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A status cell under the value ("Status⏎No account found") still denies it, as before.
    ["From: Snapchat via Kodex <notifications@kodexglobal.com>\nDate: Tue, 10 Nov 2026 18:05:33 +0000\nSubject: Snap: preservation completed (SNAP-KX-55124)\n\nPreservation completed\n\nRequest ID\nSNAP-KX-55124\nUsername\nheron_dusk_52\nUsername\nheron_dusk_55\nStatus\nNo account found\n\nView request\n", 'heron_dusk_55'],
    // The apposition on the value's own label ("Linked username (for context only)") still sets it aside, as before.
    ["From: Snapchat via Kodex <notifications@kodexglobal.com>\nDate: Tue, 10 Nov 2026 18:05:33 +0000\nSubject: Snap: preservation completed (SNAP-KX-55125)\n\nPreservation completed\n\nRequest ID\nSNAP-KX-55125\nUsername\nheron_dusk_56\nLinked username (for context only)\nheron_dusk_53\n\nView request\n", 'heron_dusk_53'],
    // In prose, as before: the account preserved, the group set aside.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 18:05:33 +0000\nSubject: Preservation SNAP-LE-55126\n\nWe preserved the account heron_dusk_54. The group 5512900332 you listed was provided for context only.\n\nReference: SNAP-LE-55126\n", '5512900332'],
  ])('sets the account aside as before: %s', (text, aside) => {
    expect(read(text).accounts).not.toContain(aside);
  });
});

describe("accounts: the clause after a semicolon, pointing back at the account and denying it ('Kontot @x nämndes i er begäran; vi har inte kunnat bevara några uppgifter för det kontot', '…; we could not locate that account')", () => {
  it.each([
    ["From: Meta Law Enforcement <records-noreply@support.facebook.com>\nDate: Mon, 16 Nov 2026 11:02:00 +0100\nSubject: Begäran om bevarande\n\nHej,\n\nVi har bevarat uppgifterna för Instagram-kontot @strandpipare.vg.\n\nKontot @strandpipare_v2 nämndes i er begäran; vi har inte kunnat bevara några uppgifter för det kontot.\n\nMetas ärendenummer: 3318207716460\n", '@strandpipare_v2'],
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 11:02:00 -0800\nSubject: Preservation SNAP-LE-2611-7701\n\nHello,\n\nWe preserved the Snapchat account grey_fen_9.\n\nYour letter also listed @grey_fen_10; we could not locate that account.\n\nReference: SNAP-LE-2611-7701\n", '@grey_fen_10'],
    ["From: TikTok Law Enforcement <lert@tiktok.com>\nDate: Mon, 16 Nov 2026 11:02:00 +0100\nSubject: Ihre Anfrage\n\nSehr geehrte Damen und Herren,\n\nwir haben die Daten des Kontos @moorente_41 gesichert.\n\nIn Ihrer Anfrage wurde auch @moorente_42 genannt; zu diesem Konto konnten keine Daten gefunden werden.\n\nReferenz: TT-LE-2611-7702\n", '@moorente_42'],
  ])('sets the account aside: %s', (text, aside) => {
    expect(read(text).accounts).not.toContain(aside);
  });

  it.each([
    // The clause after the semicolon names another account of its own: the first stays, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 11:02:00 -0800\nSubject: Preservation SNAP-LE-2611-7703\n\nHello,\n\nWe preserved @grey_fen_11; we could not locate @grey_fen_12.\n\nReference: SNAP-LE-2611-7703\n", ['@grey_fen_11']],
    // A period after the semicolon is no denial, as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 11:02:00 -0800\nSubject: Preservation SNAP-LE-2611-7704\n\nHello,\n\nWe preserved the account @grey_fen_13; it will be kept for 90 days.\n\nReference: SNAP-LE-2611-7704\n", ['@grey_fen_13']],
    // 'no other account' points at no account named: as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 11:02:00 -0800\nSubject: Preservation SNAP-LE-2611-7705\n\nHello,\n\nThe account @grey_fen_14 was preserved; no other account was found.\n\nReference: SNAP-LE-2611-7705\n", ['@grey_fen_14']],
  ])('reads the accounts as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe("accounts: the account's and its name's nouns in the other languages read, before a quoted or a handle-shaped name ('brugernavnet havlit_77', 'Instagram-användaren \"tärna.gbg\"', 'profil Xbox s gamertagem \"Modry Vlk\"')", () => {
  it.each([
    ["From: Snap Law Enforcement <no-reply@snap.com>\nDate: Thu, 19 Nov 2026 21:48:00 +0100\nSubject: Bevaring bekræftet – SNAP-ESB-26-770101\n\nKære efterforsker,\n\nVi har bevaret data for brugernavnet havlit_77 (reference SNAP-ESB-26-770101).\n\nMed venlig hilsen\nSnap Inc.\n", ['havlit_77']],
    ["From: Meta Law Enforcement <records-noreply@support.facebook.com>\nDate: Mon, 16 Nov 2026 11:02:00 +0100\nSubject: Bevarande\n\nHej,\n\nPer den 14 november 2026 har uppgifterna för Instagram-användaren \"tärna.gbg\" bevarats.\n\nMetas ärendenummer: 3318207716461\n", ['tärna.gbg']],
    ["From: Microsoft Law Enforcement <lensrequests@microsoft.com>\nDate: Fri, 6 Nov 2026 15:10:00 +0100\nSubject: RE: Žádost o zajištění dat\n\nVážený pane,\n\npotvrzujeme, že údaje profilu Xbox s gamertagem \"Modry Vlk\" byly zajištěny.\n\nMicrosoft reference: 26-LENS-0770103\n", ['Modry Vlk']],
  ])('reads the account: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // A quoted name under the noun, said not found: still set aside, as before.
    ["From: Snap Law Enforcement <no-reply@snap.com>\nDate: Thu, 19 Nov 2026 21:48:00 +0100\nSubject: Bevaring bekræftet – SNAP-ESB-26-770104\n\nKære efterforsker,\n\nVi har bevaret data for brugernavnet havlit_79. Brugernavnet \"havlit_78\" blev ikke fundet.\n\nReference: SNAP-ESB-26-770104\n", 'havlit_78'],
    // The noun before a word that is no name ('Kontot raderades inte'): nothing more, as before.
    ["From: Meta Law Enforcement <records-noreply@support.facebook.com>\nDate: Mon, 16 Nov 2026 11:02:00 +0100\nSubject: Bevarande\n\nHej,\n\nVi har bevarat uppgifterna för kontot @tarna_gbg5. Kontot raderades inte.\n\nMetas ärendenummer: 3318207716462\n", 'raderades'],
  ])('proposes no such account, as before: %s', (text, aside) => {
    expect(read(text).accounts).not.toContain(aside);
  });

  it('reads an English quoted username as before', () => {
    expect(read("From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 11:02:00 -0800\nSubject: Preservation SNAP-LE-2611-7706\n\nHello,\n\nWe preserved the data of the username \"grey fen 15\".\n\nReference: SNAP-LE-2611-7706\n").accounts).toEqual(['grey fen 15']);
  });
});


describe("accounts: a refused name under such a noun, on an indented copy's line read as a row ('    … Användarnamnet \"x\" … var redan spärrat; vi har inte kunnat bevara några uppgifter för det kontot')", () => {
  it.each([
    ["FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444\n\n-----Original Message-----\n    Från: TikTok Law Enforcement <lert@tiktok.com>\n    Skickat: måndag 16 november 2026 11:02\n    Till: Polisregion Väst – IT-brottssektionen <it-brott.vast@polisen.example.se>\n    Ämne: SV: Begäran om bevarande – ert ärendenummer 1400-K556677-26 – TikToks ärendenummer TT-LE-2611-8801\n\n    Hej,\n\n    Tack för er begäran om bevarande.\n\n    Per den 14 november 2026 har uppgifterna för följande konton bevarats:\n\n      1. TikTok-användaren \"strandskata.vg\" (https://www.instagram.com/strandskata.vg/)\n      2. TikTok-konto med ID 6988000111222333444\n\n    TikToks ärendenummer: TT-LE-2611-8801\n\n    Uppgifterna kommer att sparas i 90 dagar. Användarnamnet \"strandskata_v2\" som nämndes i er begäran var redan\n    spärrat den 2 november 2026; vi har inte kunnat bevara några uppgifter för det kontot.\n\n    Med vänliga hälsningar\n    TikTok Technology Limited\n    Law Enforcement Response Team\n\n    > Från: Kriminalinspektör Sara Nyström, tfn 010-555 01 62\n    > Skickat: den 13 november 2026 14:20\n    > Begäran om bevarande för strandskata.vg, strandskata_v2 och Facebook-ID 100091837264551.\n", 'strandskata_v2'],
    ["FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444\n\n-----Original Message-----\n    Från: Snap Law Enforcement <lawenforcement@snapchat.com>\n    Skickat: måndag 16 november 2026 11:02\n    Till: Polisregion Väst – IT-brottssektionen <it-brott.vast@polisen.example.se>\n    Ämne: SV: Begäran om bevarande – ert ärendenummer 1400-K556677-26 – Snaps ärendenummer SNAP-LE-2611-8802\n\n    Hej,\n\n    Tack för er begäran om bevarande.\n\n    Per den 14 november 2026 har uppgifterna för följande konton bevarats:\n\n      1. Snapchat-användaren \"gravand.x\" (https://www.instagram.com/gravand.x/)\n      2. Snapchat-konto med ID 5512009988\n\n    Snaps ärendenummer: SNAP-LE-2611-8802\n\n    Uppgifterna kommer att sparas i 90 dagar. Användarnamnet \"gravand_x2\" som nämndes i er begäran var redan\n    spärrat den 2 november 2026; vi har inte kunnat bevara några uppgifter för det kontot.\n\n    Med vänliga hälsningar\n    Snap B.V.\n    Law Enforcement Response Team\n\n    > Från: Kriminalinspektör Sara Nyström, tfn 010-555 01 62\n    > Skickat: den 13 november 2026 14:20\n    > Begäran om bevarande för gravand.x, gravand_x2 och Facebook-ID 100091837264551.\n", 'gravand_x2'],
    ["FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444\n\n-----Original Message-----\n    Från: Discord Trust & Safety <lawenforcement@discord.com>\n    Skickat: måndag 16 november 2026 11:02\n    Till: Polisregion Väst – IT-brottssektionen <it-brott.vast@polisen.example.se>\n    Ämne: SV: Begäran om bevarande – ert ärendenummer 1400-K556677-26 – Discords ärendenummer DSC-2611-8803\n\n    Hej,\n\n    Tack för er begäran om bevarande.\n\n    Per den 14 november 2026 har uppgifterna för följande konton bevarats:\n\n      1. Discord-användaren \"tofsvipa.77\" (https://www.instagram.com/tofsvipa.77/)\n      2. Discord-konto med ID 1190022334455667788\n\n    Discords ärendenummer: DSC-2611-8803\n\n    Uppgifterna kommer att sparas i 90 dagar. Användarnamnet \"tofsvipa_77b\" som nämndes i er begäran var redan\n    spärrat den 2 november 2026; vi har inte kunnat bevara några uppgifter för det kontot.\n\n    Med vänliga hälsningar\n    Discord Netherlands B.V.\n    Law Enforcement Response Team\n\n    > Från: Kriminalinspektör Sara Nyström, tfn 010-555 01 62\n    > Skickat: den 13 november 2026 14:20\n    > Begäran om bevarande för tofsvipa.77, tofsvipa_77b och Facebook-ID 100091837264551.\n", 'tofsvipa_77b'],
  ])('proposes no refused name: %s', (text, aside) => {
    expect(read(text).accounts).not.toContain(aside);
  });
});

describe("dates: a day and a month with no year, parted by 'de' as Spanish and Portuguese write it ('el pasado 12 de noviembre conservamos', 'Em 12 de novembro preservamos', 'conservados el 13 de noviembre'), the year the e-mail's", () => {
  it.each([
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0100\nSubject: Su solicitud\n\nHola,\n\nTe confirmamos que el pasado 12 de noviembre conservamos los datos de la cuenta garza.blanca_3.\n\nNúmero de solicitud Discord: DIS-518801\n", "2026-11-12"],
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Wed, 18 Nov 2026 10:00:00 -0300\nSubject: Sua solicitação\n\nPrezado(a),\n\nEm 12 de novembro preservamos os dados da conta Tucano_Verde_5.\n\nNúmero da solicitação Roblox: RBX-2026-518802\n", "2026-11-12"],
    ["From: Uber LERT <lert@uber.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0100\nSubject: Su solicitud\n\nHola,\n\nLos datos de la cuenta lince.gris7@example.es fueron conservados el 13 de noviembre.\n\nReferencia Uber: UBR-LE-518803\n", "2026-11-13"],
  ])("reads the stated day: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // With its year: as before.
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0100\nSubject: Su solicitud\n\nHola,\n\nTe confirmamos que el 12 de noviembre de 2026 conservamos los datos de la cuenta garza.blanca_4.\n\nNúmero de solicitud Discord: DIS-518804\n", "2026-11-12"],
    // '15 de las cuentas' is no date: the e-mail's, as before.
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Wed, 18 Nov 2026 10:00:00 +0100\nSubject: Su solicitud\n\nHola,\n\nHemos revisado 15 de las cuentas indicadas y conservamos los datos de la cuenta garza.blanca_5.\n\nNúmero de solicitud Discord: DIS-518805\n", "2026-11-18"],
    // English 'On 13 November': as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Wed, 18 Nov 2026 10:00:00 -0800\nSubject: Preservation\n\nHello,\n\nOn 13 November we preserved the account grey_heron_8.\n\nReference: SNAP-LE-518806\n", "2026-11-13"],
  ])("reads the date as before: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

describe("messages: a webmail conversation's header that repeats the sender's name on a line of its own above the recipients ('Discord Trust & Safety <gap> Ayer, mié 18/11/2026 17:42⏎Discord Trust & Safety⏎Para: …', Outlook on the web)", () => {
  it.each([
    ["Preservación – Ref. Uber UBR-LE-519901\n\n  Uber LERT                                                               Ayer, mar 17/11/2026 09:12\n  Uber LERT\n  Para: Unidad de Delitos Telemáticos\n\n  Hola,\n\n  Hemos conservado los datos de la cuenta lince.ocre@example.es.\n\n  Referencia Uber: UBR-LE-519901\n\n  Saludos,\n  Uber LERT\n", "2026-11-17"],
    ["Preservation – SNAP-LE-519902\n\nSnap Law Enforcement                                            Mon 16/11/2026 10:20\nSnap Law Enforcement\nTo: Cyber Crime Unit\n\nHello,\n\nWe have preserved the Snapchat account grey_owl_52.\n\nReference: SNAP-LE-519902\n\nSnap Law Enforcement\n", "2026-11-16"],
    // The name and the time on two lines, the name repeated under them.
    ["Conservation – TT-LE-519903\n\nÉquipe TikTok LE\nlun. 16/11/2026 10:20\nÉquipe TikTok LE\nÀ : Brigade numérique\n\nBonjour,\n\nNous avons conservé les données du compte @chouette_grise_3.\n\nRéférence TikTok : TT-LE-519903\n\nÉquipe TikTok LE\n", "2026-11-16"],
  ])("reads the header's date: %s", (text, expected) => {
    expect(read(text).emailDate).toEqual(expected);
  });

  it.each([
    // The recipients right under the name and the time: as before.
    ["Preservation – SNAP-LE-519904\n\nSnap Law Enforcement                                            Mon 16/11/2026 10:20\nTo: Cyber Crime Unit\n\nHello,\n\nWe have preserved the Snapchat account grey_owl_53.\n\nReference: SNAP-LE-519904\n", "2026-11-16"],
    // Gmail's address and time on two lines: as before.
    ["Preservation – SNAP-LE-519905\n\nSnap Law Enforcement <lawenforcement@snapchat.com>\nMon, Nov 16, 2026, 10:20 AM\nto me\n\nHello,\n\nWe have preserved the Snapchat account grey_owl_54.\n\nReference: SNAP-LE-519905\n", "2026-11-16"],
    // A header with field names: as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:20:00 -0800\nSubject: Preservation\n\nHello,\n\nWe have preserved the Snapchat account grey_owl_55.\n\nReference: SNAP-LE-519906\n", "2026-11-16"],
  ])("reads the date as before: %s", (text, expected) => {
    expect(read(text).emailDate).toEqual(expected);
  });
});

describe("accounts: an id's label in Portuguese and Romanian and the other languages' long forms ('ID do usuário:', 'ID de usuário:', 'ID utilizator:', 'ID do utilizador', 'ID uživatele', 'ID dell'utente'), its value the account's as after 'User ID:'", () => {
  it.each([
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Fri, 13 Nov 2026 11:58:00 -0300\nSubject: Solicitação concluída – RBX-2026-520101\n\nPrezado(a),\n\nConfirmamos que os dados da conta abaixo foram preservados em 12/11/2026:\n\n  ID do usuário: 5510293847\n\nNúmero da solicitação Roblox: RBX-2026-520101\n", ["5510293847"]],
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Fri, 13 Nov 2026 11:58:00 -0300\nSubject: Solicitação de preservação\n\nPrezado(a) Delegado(a),\n\nConfirmamos que os dados da conta abaixo foram preservados:\n\n  ID de usuário: 1187733920014563401\n\nNúmero da solicitação Discord: DIS-520108\n", ["1187733920014563401"]],
    ["From: TikTok Law Enforcement <lert@tiktok.com>\nDate: Fri, 13 Nov 2026 11:58:00 +0200\nSubject: Solicitare de conservare\n\nStimate domnule,\n\nVă confirmăm că datele contului de mai jos au fost conservate:\n\n  ID utilizator: 6988112233445566778\n\nReferință TikTok: TT-LE-2611-520103\n", ["6988112233445566778"]],
  ])("reads the id: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // An order's id ('ID do pedido'): no account, as before.
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Fri, 13 Nov 2026 11:58:00 -0300\nSubject: Solicitação concluída – RBX-2026-520104\n\nPrezado(a),\n\nConfirmamos que os dados da conta Tucano_Roxo_2 foram preservados em 12/11/2026.\n\n  ID do pedido: 5510293849\n\nNúmero da solicitação Roblox: RBX-2026-520104\n", ["Tucano_Roxo_2"]],
    // English 'User ID:': as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Fri, 13 Nov 2026 11:58:00 -0800\nSubject: Preservation\n\nHello,\n\nWe preserved the account below.\n\n  User ID: 5510293850\n\nReference: SNAP-LE-520105\n", ["5510293850"]],
    // 'Nome de usuário:': as before.
    ["From: Roblox Law Enforcement <lawenforcement@roblox.com>\nDate: Fri, 13 Nov 2026 11:58:00 -0300\nSubject: Solicitação concluída – RBX-2026-520106\n\nPrezado(a),\n\nConfirmamos que os dados da conta Tucano_Roxo_3 foram preservados em 12/11/2026.\n\n  Nome de usuário: Tucano_Roxo_3\n\nNúmero da solicitação Roblox: RBX-2026-520106\n", ["Tucano_Roxo_3"]],
  ])("reads the accounts as before: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("text: a quote mark after an indent of up to eight blanks ('    > npor. …, tel. +420 974 555 011', a request quoted inside an original an Outlook forward indented) quotes the line as one after three blanks does", () => {
  it.each([
    ["FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444\n\n-----Original Message-----\n    Od: Snap Law Enforcement <lawenforcement@snapchat.com>\n    Odesláno: pátek 6. listopadu 2026 15:10\n    Komu: npor. Pavel Dvořák <pavel.dvorak@policie.example.cz>\n    Předmět: RE: Žádost o zajištění dat – č. j. KRPA-123456-12/TČ-2026-000071\n\n    Vážený pane nadporučíku,\n\n    v návaznosti na Vaši žádost ze dne 4. listopadu 2026 (č. j. KRPA-123456-12/TČ-2026-000071) potvrzujeme, že\n    údaje následujících účtů byly zajištěny:\n\n      - e-mailový účet tmavy.les.11@seznam.cz\n      - profil Snapchat tmavy_les_11\n\n    Číslo našeho případu: SNAP-CZ-2611-9911\n\n    Data budou uchována po dobu 90 dní. Pro jejich vydání je nutný platný právní podklad (např. evropský\n    příkaz k předložení nebo žádost o právní pomoc).\n\n    S pozdravem\n    Snap Law Enforcement\n    Snap B.V., Amsterdam\n\n    > npor. Pavel Dvořák, Krajské ředitelství policie hl. m. Prahy, SKPV, tel. +420 974 555 011, služební č. 114872\n", '+420 974 555 011'],
    ["FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444\n\n-----Original Message-----\n    Od: Discord Trust & Safety <lawenforcement@discord.com>\n    Odesláno: pátek 6. listopadu 2026 15:10\n    Komu: npor. Pavel Dvořák <pavel.dvorak@policie.example.cz>\n    Předmět: RE: Žádost o zajištění dat – č. j. KRPA-123456-12/TČ-2026-000071\n\n    Vážený pane nadporučíku,\n\n    v návaznosti na Vaši žádost ze dne 4. listopadu 2026 (č. j. KRPA-123456-12/TČ-2026-000071) potvrzujeme, že\n    údaje následujících účtů byly zajištěny:\n\n      - e-mailový účet sedy.vlk.12@seznam.cz\n      - profil Discord 1190022334455669912\n\n    Číslo našeho případu: DIS-2611-9912\n\n    Data budou uchována po dobu 90 dní. Pro jejich vydání je nutný platný právní podklad (např. evropský\n    příkaz k předložení nebo žádost o právní pomoc).\n\n    S pozdravem\n    Discord Trust & Safety\n    Discord Netherlands B.V.\n\n    > npor. Pavel Dvořák, Krajské ředitelství policie hl. m. Prahy, SKPV, tel. +420 974 555 012, služební č. 114872\n", '+420 974 555 012'],
    ["FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444\n\n-----Original Message-----\n    Od: TikTok Law Enforcement <lert@tiktok.com>\n    Odesláno: pátek 6. listopadu 2026 15:10\n    Komu: npor. Pavel Dvořák <pavel.dvorak@policie.example.cz>\n    Předmět: RE: Žádost o zajištění dat – č. j. KRPA-123456-12/TČ-2026-000071\n\n    Vážený pane nadporučíku,\n\n    v návaznosti na Vaši žádost ze dne 4. listopadu 2026 (č. j. KRPA-123456-12/TČ-2026-000071) potvrzujeme, že\n    údaje následujících účtů byly zajištěny:\n\n      - e-mailový účet cerny.les.13@seznam.cz\n      - profil TikTok @cerny_les_13\n\n    Číslo našeho případu: TT-LE-2611-9913\n\n    Data budou uchována po dobu 90 dní. Pro jejich vydání je nutný platný právní podklad (např. evropský\n    příkaz k předložení nebo žádost o právní pomoc).\n\n    S pozdravem\n    TikTok Law Enforcement\n    TikTok Technology Limited, Dublin\n\n    > npor. Pavel Dvořák, Krajské ředitelství policie hl. m. Prahy, SKPV, tel. +420 974 555 013, služební č. 114872\n", '+420 974 555 013'],
  ])('proposes nothing of the quoted request: %s', (text, aside) => {
    expect(read(text).accounts).not.toContain(aside);
  });

  it.each([
    // The quote unindented: as before.
    ["FYI\n\n-----Original Message-----\nFrom: Snap Law Enforcement <lawenforcement@snapchat.com>\nSent: Monday, November 16, 2026 10:20 AM\nTo: Cyber Unit <cyber@police.example.gov>\nSubject: RE: Preservation request\n\nHello,\n\nWe have preserved the Snapchat account grey_owl_64.\n\nReference: SNAP-LE-2611-9904\n\nSnap Law Enforcement\n\n> From: Det. Ana Roe, Cyber Unit, tel. +44 7700 900123\n> Sent: 12 November 2026 14:20\n> Please preserve the Snapchat account grey_owl_64.\n", ['grey_owl_64']],
    // An arrow inside an indented row is no quote mark: as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 16 Nov 2026 10:20:00 -0800\nSubject: Preservation\n\nWe have preserved the accounts below:\n\n    grey_owl_65 -> preserved\n    grey_owl_66 -> preserved\n\nReference: SNAP-LE-2611-9905\n", ['grey_owl_65', 'grey_owl_66']],
    // An indented original with no quote in it: as before.
    ["FYI - preservation confirmed, please log.\n\nDet. Sam Reyes | Cyber Unit\nExample County Police | +1 555 0100 444\n\n-----Original Message-----\n    From: Snap Law Enforcement <lawenforcement@snapchat.com>\n    Sent: Monday, November 16, 2026 10:20 AM\n    To: Cyber Unit <cyber@police.example.gov>\n    Subject: RE: Preservation request\n\n    Hello,\n\n    We have preserved the Snapchat account grey_owl_67.\n\n    Reference: SNAP-LE-2611-9906\n", ['grey_owl_67']],
  ])('reads the accounts as before: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe("references: the Czech agency's file number, 'č. j.' or 'číslo jednací' (as 'Az.' in German), is the agency's; and 'Číslo našeho případu:' names the provider's case as 'Číslo případu:' does", () => {
  it.each([
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Fri, 6 Nov 2026 15:10:00 +0100\nSubject: RE: Žádost o zajištění dat – č. j. KRPB-7712-26/TČ-2026-000099\n\nVážený pane,\n\nv návaznosti na Vaši žádost (č. j. KRPB-7712-26/TČ-2026-000099) potvrzujeme, že údaje účtu tmavy_les_7 byly zajištěny.\n\nČíslo našeho případu: SNAP-CZ-2611-0771\n\nS pozdravem\nSnap\n", ["SNAP-CZ-2611-0771"]],
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Fri, 6 Nov 2026 15:10:00 +0100\nSubject: RE: Žádost o zajištění dat\n\nVážená paní,\n\nk Vaší žádosti č. j. KRPC-5512-26/TČ-2026-000101 potvrzujeme, že údaje účtu 1190022334455667799 byly zajištěny.\n\nNaše číslo případu: 26-DSC-0411772\n\nS pozdravem\nDiscord\n", ["26-DSC-0411772"]],
    ["From: TikTok Law Enforcement <lert@tiktok.com>\nDate: Fri, 6 Nov 2026 15:10:00 +0100\nSubject: RE: Žádost o zajištění dat\n\nDobrý den,\n\nk žádosti číslo jednací: KRPH-4410-26/TČ-2026-000103 potvrzujeme, že údaje účtu @vrana_seda_3 byly zajištěny.\n\nReference TikTok: TT-LE-2611-0773\n\nS pozdravem\nTikTok\n", ["TT-LE-2611-0773"]],
  ])("reads the provider's reference alone: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // 'Číslo případu:': as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Fri, 6 Nov 2026 15:10:00 +0100\nSubject: RE: Žádost o zajištění dat\n\nVážený pane,\n\npotvrzujeme, že údaje účtu tmavy_les_8 byly zajištěny.\n\nČíslo případu: SNAP-CZ-2611-0774\n", ["SNAP-CZ-2611-0774"]],
    // English 'your reference:': as before.
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Fri, 6 Nov 2026 15:10:00 -0800\nSubject: Preservation\n\nHello,\n\nWe preserved the account dark_wood_9 (your reference: KRPB-7713-26).\n\nReference: SNAP-LE-2611-0775\n", ["SNAP-LE-2611-0775"]],
    // German 'Az.': as before.
    ["From: Google LIS <lis-eu-noreply@google.com>\nDate: Fri, 6 Nov 2026 15:10:00 +0100\nSubject: Ihre Anfrage (Az. 231 Js 10499/26)\n\nSehr geehrte Damen und Herren,\n\nwir haben die Daten des Kontos kalter.wald.9@gmail.com am 5. November 2026 gesichert.\n\nReferenznummer: 61209911\n", ["61209911"]],
  ])("reads the references as before: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("dates: the Swedish supine after 'har' ('Vi har bevarat uppgifterna … den 10 november 2026', 'har säkrat', 'har sparat') is a verb of preserving, its date the preservation's, as 'bevarade' is", () => {
  it.each([
    ["From: Meta Law Enforcement <records-noreply@support.facebook.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0100\nSubject: Bevarande\n\nHej,\n\nVi har bevarat uppgifterna för kontot @sjorapa_21 den 10 november 2026.\n\nMetas ärendenummer: 3318207719901\n", "2026-11-10"],
    ["From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0100\nSubject: Bevarande\n\nHej,\n\nSnap har säkrat uppgifterna för användarnamnet sjorapa_22 den 9 november 2026.\n\nReferens: SNAP-LE-2611-9922\n", "2026-11-09"],
    ["From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0100\nSubject: Bevarande\n\nHej,\n\nVi har sparat uppgifterna för Discord-kontot 1190022334455669923 den 8 november 2026.\n\nReferens: DSC-2611-9923\n", "2026-11-08"],
  ])("reads the stated date: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // The past 'bevarade': as before.
    ["From: Meta Law Enforcement <records-noreply@support.facebook.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0100\nSubject: Bevarande\n\nHej,\n\nVi bevarade uppgifterna för kontot @sjorapa_24 den 10 november 2026.\n\nMetas ärendenummer: 3318207719904\n", "2026-11-10"],
    // A request's day beside an undated 'har bevarat': the e-mail's date, as before.
    ["From: Meta Law Enforcement <records-noreply@support.facebook.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0100\nSubject: Bevarande\n\nHej,\n\nEr begäran kom in den 5 november 2026. Vi har bevarat uppgifterna för kontot @sjorapa_25.\n\nMetas ärendenummer: 3318207719905\n", "2026-11-12"],
    // A period's end ('till och med den 8 februari 2027'): no preservation date, as before.
    ["From: Meta Law Enforcement <records-noreply@support.facebook.com>\nDate: Thu, 12 Nov 2026 10:00:00 +0100\nSubject: Bevarande\n\nHej,\n\nVi har bevarat uppgifterna för kontot @sjorapa_26. Uppgifterna kommer att sparas till och med den 8 februari 2027.\n\nMetas ärendenummer: 3318207719906\n", "2026-11-12"],
  ])("reads the date as before: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

