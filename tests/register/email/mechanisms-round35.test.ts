import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 35 (dev23: distractors that look like references or accounts): each shown on invented mail, with
 * probes that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const KIK = (tail: string) =>
  `From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 09:12:40 -0500\nSubject: Preservation confirmed - KIK-PR-2026-55210\n\nHello,\n\nWe have preserved the account data for the Kik user ember_tide.44 on November 16, 2026.\n\nReference: KIK-PR-2026-55210\n\n${tail}\n`;

describe("accounts: a handle or page in a signature's or footer's line, keyed by a network's name ('Twitter: @…', 'Facebook: facebook.com/…', 'Official channel: t.me/…') or a cell beside the organisation's name or address, is the writer's own", () => {
  it.each([
    [KIK('Kik Trust & Safety | Twitter: @kik_safety_team | Telegram: t.me/kik_updates_le')],
    [KIK('Kik Interactive Inc., Waterloo\nOfficial channel: t.me/kik_news_official')],
    [KIK('Kik Trust & Safety | @KikSupport_LE | 420 Weber Street North, Waterloo')],
    [`${KIK('Follow @kik_creators for product news.')}`],
    // The handle on the line after 'Follow', or 'Follow' opening a line after a sentence's stop (fix to cce0c04).
    [`${KIK('Thanks for your patience with this matter, it is appreciated. Follow\n@kik_creators for product news.')}`],
    [`${KIK('Thanks for your patience with this matter.\nFollow @kik_creators for product news.')}`],
    [`${KIK('')}\nLena Hart | Cyber Unit | 555-0131 | Facebook: facebook.com/ExampleCountyPD2\n`],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toEqual(['ember_tide.44']);
  });

  it.each([
    // The accounts listed under a heading, keyed by their networks: accounts, as before.
    [KIK('Also preserved:\nInstagram: @harbor.lights_9\nFacebook: facebook.com/harbor.lights9'), ['ember_tide.44', '@harbor.lights_9', 'facebook.com/harbor.lights9']],
    // A network's account named as such on a line of cells, as before.
    [KIK('Instagram account: @ridge.walker_3 | preserved'), ['ember_tide.44', '@ridge.walker_3']],
    // A list item keyed by its network, as before.
    [KIK('We also preserved:\n- Twitter: @kestrel_dawn4'), ['ember_tide.44', '@kestrel_dawn4']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const TIKTOK_FR = (line: string) =>
  `De : TikTok Law Enforcement <lawenforcement@tiktok.com>\nEnvoyé : mardi 10 novembre 2026 09:14\nÀ : Brigade <bn@gendarmerie.example.fr>\nObjet : Conservation\n\nMadame, Monsieur,\n\nLes données du compte @brise.marine_4 ont été conservées le 9 novembre 2026.\nNuméro de dossier TikTok : TT-PRES-7710042\n\n${line}\n`;
const SNAP_EN = (line: string) =>
  `From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 10 Nov 2026 09:14:00 -0800\nSubject: Preservation complete\n\nHello,\n\nSnap has preserved the account tern_harbor.3 on November 9, 2026. Reference: SNAP-PR-20261109-7710\n\n${line}\n`;

describe("accounts: the value as the subject of what it needs ('x requires separate legal process', 'nécessite une procédure distincte', 'erfordert ein gesondertes Ersuchen'; FURTHER_REQUEST_NEEDED's word table) was not preserved", () => {
  it.each([
    [TIKTOK_FR('Le compte @brise.marine_bis mentionné dans votre demande nécessite une procédure distincte.'), ['@brise.marine_4']],
    [SNAP_EN('The account tern_harbor.alt named in your letter requires separate legal process.'), ['tern_harbor.3']],
    [SNAP_EN('Das Konto tern_harbor.de erfordert ein gesondertes Ersuchen.'), ['tern_harbor.3']],
  ])('reads only the preserved account: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The account preserved, a need for a further request said of something else, as before.
    [SNAP_EN('We also preserved tern_harbor.alt; content requires separate legal process.'), ['tern_harbor.3', 'tern_harbor.alt']],
    // The conditional form read since round 31, as before.
    [SNAP_EN('The account tern_harbor.alt would need a separate request.'), ['tern_harbor.3']],
    // A need with no separate request: the account preserved, as before.
    [SNAP_EN('We also preserved tern_harbor.alt, which needs no further action.'), ['tern_harbor.3', 'tern_harbor.alt']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("text: a company's legal form's full stop ('Yahoo Inc.', 'Example Corp.', 'Snap Ltd.') ends no sentence where the sentence goes on in lower case or with a bracket ('belongs to Yahoo Inc. (US) and will require a separate request')", () => {
  it.each([
    [SNAP_EN('Please note the account tern_harbor.us belongs to Snap Inc. (US) and will require a separate request to that entity.'), ['tern_harbor.3']],
    [SNAP_EN('The account tern_harbor.co is operated by Example Corp. and could not be preserved.'), ['tern_harbor.3']],
    [SNAP_EN('The username tern_harbor.ltd is registered with Snap Group Ltd. (UK) and will need a separate request there.'), ['tern_harbor.3']],
    // The sentence going on on the next line, a wrap after the stop (fix to 2224f78).
    [SNAP_EN('Please note the account tern_harbor.us belongs to Snap Inc.\n(US) and will require a separate request to that entity.'), ['tern_harbor.3']],
  ])('reads only the preserved account: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A company's stop before a capital: the sentence ends there, the next one's denial is its own, as before.
    [SNAP_EN('We also preserved tern_harbor.alt for Snap Inc. The name tern_harbor.none could not be located.'), ['tern_harbor.3', 'tern_harbor.alt']],
    // The stop in brackets at a sentence's end, as before.
    [SNAP_EN('The data of tern_harbor.alt was preserved by Snap Inc. (US).'), ['tern_harbor.3', 'tern_harbor.alt']],
    // Two company forms in a preserving sentence, as before.
    [SNAP_EN('Snap Ltd. and Snap Inc. preserved tern_harbor.alt as well.'), ['tern_harbor.3', 'tern_harbor.alt']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const MS_DE = (line: string) =>
  `Von: Microsoft LENS <lens@microsoft.com>\nGesendet: Freitag, 30. Oktober 2026 15:47\nAn: KHK Jonas Weber <j.weber@lka.example.de>\nBetreff: AW: Sicherungsanfrage\n\nSehr geehrter Herr Weber,\n\nMicrosoft hat am 29.10.2026 die Daten zu folgendem Konto gesichert:\n\n  Gamertag: Kestrel Vane\n\nReferenznummer: GCC-2026-130771\n\n${line}\n\nMit freundlichen Grüßen\nMicrosoft\n`;

describe("denials: a name given out to no account ('the second gamertag \"x\" is not assigned', 'ist nicht vergeben', 'n'est pas attribué', 'no está asignado'; PREDICATES' families) was not preserved", () => {
  it.each([
    [MS_DE('Der zweite genannte Gamertag "KestrelVane2" ist nicht vergeben.')],
    [MS_DE('Le gamertag "KestrelVane3" n\'est pas attribué.')],
    [MS_DE('The second gamertag "KestrelVane4" is not assigned to any account.')],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toEqual(['Kestrel Vane']);
  });

  it.each([
    // An assigned name, as before.
    [MS_DE('Der Gamertag "KestrelVane5" wurde ebenfalls gesichert.'), ['Kestrel Vane', 'KestrelVane5']],
    // "Vergeben" of something else, the account preserved, as before.
    [MS_DE('Auch der Gamertag "KestrelVane6" wurde gesichert; eine neue Referenz wird nicht vergeben.'), ['Kestrel Vane', 'KestrelVane6']],
    // The existing German denial, as before.
    [MS_DE('Der Gamertag "KestrelVane7" wurde nicht gefunden.'), ['Kestrel Vane']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("denials: a pronoun as the subject opening the clause after a semicolon ('…held at your request and released; it is not part of this preservation', '…; il n'a pas été conservé') is what the clause before named, a hold there no preservation", () => {
  it.each([
    [SNAP_EN('The username tern_harbor.hold was held on November 8, 2026 at your request and released; it is not part of this preservation.')],
    [SNAP_EN('The account tern_harbor.alt was located; it could not be preserved.')],
    [TIKTOK_FR('Le compte @brise.marine_5 a été signalé ; il n\'a pas été conservé.')],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toHaveLength(1);
  });

  it.each([
    // Preserved before the semicolon: the denial after it is of something else, as before.
    [SNAP_EN('We also preserved tern_harbor.alt; it is not part of the earlier request.'), ['tern_harbor.3', 'tern_harbor.alt']],
    // A hold and no denial after the semicolon, as before.
    [SNAP_EN('The username tern_harbor.hold was also held; the hold runs for 90 days.'), ['tern_harbor.3', 'tern_harbor.hold']],
    // A denial after the semicolon that names another thing, no pronoun pointing back, as before.
    [SNAP_EN('We also preserved tern_harbor.alt; the other name could not be located.'), ['tern_harbor.3', 'tern_harbor.alt']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const ZOOM = (tail: string) =>
  `From: Zoom Legal <lawenforcement@zoom.us>\nSent: Thursday, November 12, 2026 3:05 PM\nTo: Ofc. Dana Kell\nSubject: RE: Preservation Request\n\nZoom has preserved account data for the account below on November 10, 2026.\n\nAccount email: quill.static@gmail.com\n\nReference: ZPR-2026-11-9051\n\n${tail}\n`;

describe("references: a number written only inside a web address's path or query (a tracking or unsubscribe link: 'https://zoom.example.com/u?c=ZPR-LNK-55120') is the link's, beside a reference the words write", () => {
  it.each([
    [ZOOM('Zoom Trust & Safety | Unsubscribe from case updates: https://zoom.example.com/u?c=ZPR-LNK-66120')],
    [ZOOM('Rate our response: https://survey.example.com/r?case=LE-TRK-55821&lang=en')],
    [ZOOM('Open in browser: https://view.example.com/m?id=ZM-VIEW-7741')],
  ])('reads only the words\' reference: %s', (text) => {
    expect(read(text).references).toEqual(['ZPR-2026-11-9051']);
  });

  it.each([
    // A portal's request page as the only reference, as before.
    ['From: Discord via Kodex <no-reply@kodexglobal.com>\nDate: Fri, 13 Nov 2026 18:02:11 +0000\nSubject: [Kodex] Request completed\n\nDiscord has preserved the account 882204118830211099 on November 13, 2026.\n\nView the request: https://app.kodexglobal.example/discord/requests/88120457\n', ['88120457']],
    // A reference written in the words and in a link too, as before.
    [ZOOM('Case page: https://zoom.example.com/le/ZPR-2026-11-9051'), ['ZPR-2026-11-9051']],
    // Another reference written in the words beside it, as before.
    [ZOOM('Second reference: ZPR-2026-11-9052'), ['ZPR-2026-11-9051', 'ZPR-2026-11-9052']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const GH = (subject: string, tail: string) =>
  `From: GitHub Legal <legal-support@github.com>\nDate: Mon, 23 Nov 2026 17:05:44 -0800\nTo: Agent Rowe <rowe@field.example.gov>\nSubject: ${subject}\n\nHi Agent Rowe,\n\nOn November 23, 2026, we preserved the account information for the GitHub user "quillmoss7". ${tail}\n\nBest,\nGitHub Legal Support\n`;

describe("references: the body pointing at the subject's number to set it apart ('The ticket number in the subject line relates to this conversation only', '… is not our reference') makes it no reference", () => {
  it.each([
    [GH('Re: [GitHub Support] Ticket #4471920', 'Our internal reference for this preservation is GHP-2026-1190. The ticket number in the subject line relates to this conversation only.')],
    [GH('Re: [GitHub Support] Ticket #4471921', 'Our internal reference for this preservation is GHP-2026-1190. The number in the subject is not a preservation reference.')],
    [GH('Re: [GitHub Support] Ticket #4471922', 'Our internal reference for this preservation is GHP-2026-1190; the ID in the subject line is used for this email thread only.')],
  ])('reads the body\'s reference: %s', (text) => {
    expect(read(text).references).toEqual(['GHP-2026-1190']);
  });

  it.each([
    // The body pointing at the subject's number as the one to quote, as before.
    [GH('Preservation complete - GHP-2026-1191', 'Please quote the reference shown in the subject line in any further correspondence.'), ['GHP-2026-1191']],
    // The body's reference with no pointer at the subject, as before.
    [GH('Re: [GitHub Support] Ticket #4471923', 'Our reference for this preservation: GHP-2026-1190.'), ['GHP-2026-1190']],
    // A new number in the subject the body points at, as before.
    [GH('Extension - GHP-2026-1192', 'This is tracked under the new case number shown in the subject line.'), ['GHP-2026-1192']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const SNAP_EXT = (line: string) =>
  `From: Snap Law Enforcement Operations <lawenforcement@snapchat.com>\nDate: Thu, 12 Nov 2026 16:02:00 -0800\nSubject: Re: Preservation Extension - SNAP-PRV-20260814-4410\n\nHi Deputy Crane,\n\nYour request to extend the preservation under reference SNAP-PRV-20260814-4410 has been processed. The extension was applied on November 12, 2026 for the Snapchat account username: cobalt_wren09\n\n${line}\n`;

describe("references: a number another team handles ('Your ticket for the separate emergency disclosure (X) is handled by a different team', 'X is being dealt with separately', 'wird von einem anderen Team bearbeitet') is another matter's, as a ticket's", () => {
  it.each([
    [SNAP_EXT('Your ticket for the separate emergency disclosure (SNAP-EDR-20261102-0078) is handled by a different team.')],
    [SNAP_EXT('Your disclosure request SNAP-EDR-20261102-0079 is being dealt with separately.')],
    [SNAP_EXT('Die Anfrage SNAP-EDR-20261102-0080 wird von einem anderen Team bearbeitet.')],
  ])('reads the extension\'s reference: %s', (text) => {
    expect(read(text).references).toEqual(['SNAP-PRV-20260814-4410']);
  });

  it.each([
    // A new reference the extension names, as before.
    [SNAP_EXT('The new reference for this extension is SNAP-PRV-20261112-0091.'), ['SNAP-PRV-20261112-0091']],
    // A number handled by the same team: the extension's other number, as before.
    [SNAP_EXT('The emergency disclosure SNAP-EDR-20261102-0081 is handled by the same team.'), ['SNAP-EDR-20261102-0081']],
    // No other number, as before.
    [SNAP_EXT('No further extensions may be available without legal process.'), ['SNAP-PRV-20260814-4410']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

describe("denials: the rest of an account's sentence saying nothing new was preserved for it ('its data was preserved under a prior request, LR-…; no new preservation was made', 'was not preserved again', 'aucune nouvelle conservation n'a été effectuée') makes it no account preserved under this request", () => {
  it.each([
    [SNAP_EN('The account tern_harbor.old is suspended and its data was preserved under a prior request, SNAP-PR-20260922-0011; no new preservation was made.')],
    [SNAP_EN('The name tern_harbor.prev was preserved in September and was not preserved again.')],
    [SNAP_EN('Le compte tern_harbor.fr était déjà conservé ; aucune nouvelle conservation n\'a été effectuée.')],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toEqual(['tern_harbor.3']);
  });

  it.each([
    // The words in a sentence of their own, as before.
    [SNAP_EN('We also preserved tern_harbor.alt. No new preservation was made for the group chat.'), ['tern_harbor.3', 'tern_harbor.alt']],
    // Said of another thing named after them, as before.
    [SNAP_EN('We also preserved tern_harbor.alt; no new preservation was made for the third name.'), ['tern_harbor.3', 'tern_harbor.alt']],
    // A new preservation said of it, as before.
    [SNAP_EN('We also preserved tern_harbor.alt as a new preservation.'), ['tern_harbor.3', 'tern_harbor.alt']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const BINANCE_PT = (line: string) =>
  `De: Binance Law Enforcement <le-request@binance.com>\nData: 14/11/2026 21:37\nAssunto: Confirmação de preservação — Caso Binance 2026111400411\n\nCaro Agente Tavares,\n\nConfirmamos que os dados da conta abaixo foram preservados em 14/11/2026.\n\n${line}\nE-mail registado: onda.clara@gmail.com\n\nNúmero do caso Binance: 2026111400411\n`;

describe("accounts: an id's label written kind first, then the product's name ('UID Binance: 58127749', 'UID da Binance:', 'UID de Binance:'), keys an account's id, as 'Binance UID:' and 'ID de Instagram' did", () => {
  it.each([
    [BINANCE_PT('UID Binance: 58127750'), ['58127750', 'onda.clara@gmail.com']],
    [BINANCE_PT('UID da Binance: 58127751'), ['58127751', 'onda.clara@gmail.com']],
    [BINANCE_PT('UID de Binance: 58127752'), ['58127752', 'onda.clara@gmail.com']],
  ])('reads the id: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The product's name first, as before.
    [BINANCE_PT('Binance UID: 58127753'), ['58127753', 'onda.clara@gmail.com']],
    // A bare 'UID:', as before.
    [BINANCE_PT('UID: 58127754'), ['58127754', 'onda.clara@gmail.com']],
    // 'UID' before another word than a product's name: no id, as before.
    [BINANCE_PT('UID Pedido: 58127755'), ['onda.clara@gmail.com']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const DISCORD_LIST = (items: string) =>
  `From: Discord Trust & Safety via Kodex <noreply@kodexglobal.com>\nDate: Fri, 20 Nov 2026 01:22:40 +0000\nSubject: [Kodex] Discord - Request DSC-PR-2611-30412 - Status: Completed\n\nStatus: Preserved\nPreservation date: 2026-11-19\n\nWe have preserved the following user accounts:\n${items}\n\nReference: DSC-PR-2611-30412\n`;

describe("accounts: a bare number's item in a list whose other items name ids as accounts' ('- 993817264051200113 (username: hollow.lantern)⏎- 1040022871364456620'), of about their length, is an id of the same kind", () => {
  it.each([
    [DISCORD_LIST(' - 882204118830211072 (username: brume.ardoise)\n - 1040022871364456621'), ['882204118830211072', 'brume.ardoise', '1040022871364456621']],
    [DISCORD_LIST(' - 1040022871364456622\n - 882204118830211073 (username: dusk.vale7)'), ['1040022871364456622', '882204118830211073', 'dusk.vale7']],
    [DISCORD_LIST(' - 882204118830211074 (Benutzername: nebel.grau7)\n - 1040022871364456623'), ['882204118830211074', 'nebel.grau7', '1040022871364456623']],
    // A bare number alone under an intro that says it was preserved is the account's id (round 63; this read nothing before).
    [DISCORD_LIST(' - 1040022871364456624'), ['1040022871364456624']],
  ])('reads every id: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A bare number much shorter than the ids named: another thing's, as before.
    [DISCORD_LIST(' - 882204118830211075 (username: fen.lark7)\n - 44120'), ['882204118830211075', 'fen.lark7']],
    // A bare number with another thing's word after it, as before.
    [DISCORD_LIST(' - 882204118830211076 (username: moor.tide7)\n - 1040022871364456625 (server)'), ['882204118830211076', 'moor.tide7']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const WEBMAIL = (providerStamp: string, providerTo: string, officerStamp: string, officerTo: string) =>
  `WhatsApp LE preservation   Inbox\n\nWhatsApp Law Enforcement Response           ${providerStamp}\n   ${providerTo}\nHi Officer Reyes, the preservation is complete. Preservation reference: WA-PR-20261120-6610. Accounts preserved: +1 555-010-3481 and +1 555-010-3492. Date preserved: 20 November 2026.\n\nOfficer D. Reyes                         ${officerStamp}\n   ${officerTo}\nPlease preserve +1 555-010-3481, +1 555-010-3492 and +1 555-010-3499 (case 26-PD-66031).\n`;

describe("messages: a webmail's stamp by how long ago, with no time ('3 days ago', 'vor 3 Tagen', 'il y a 3 jours'; SENT_AGO), on a display name's line over its recipients' line ('to me', 'an WhatsApp'), heads a message as a time does; it is no date", () => {
  it.each([
    [WEBMAIL('3 days ago', 'to me', '4 days ago', 'to WhatsApp')],
    [WEBMAIL('vor 3 Tagen', 'an mich', 'vor 4 Tagen', 'an WhatsApp')],
    [WEBMAIL('il y a 3 jours', 'à moi', 'il y a 4 jours', 'à WhatsApp')],
  ])('reads the provider\'s message alone: %s', (text) => {
    const r = read(text);
    expect(r.accounts).toEqual(['+1 555-010-3481', '+1 555-010-3492']);
    expect(r.emailDate).toBeNull();
  });

  it.each([
    // Stamps with a time, as before.
    [WEBMAIL('Nov 20, 2026, 10:12 AM', 'to me', 'Nov 19, 2026, 9:02 AM', 'to WhatsApp'), ['+1 555-010-3481', '+1 555-010-3492']],
    // The officer's name and a stamp with no recipients' line under it: no header, as before.
    [WEBMAIL('3 days ago', 'to me', '4 days ago', '').replace(/\n {3}\nPlease/, '\nPlease'), ['+1 555-010-3481', '+1 555-010-3492', '+1 555-010-3499']],
    // The provider's message alone in the view, as before.
    [WEBMAIL('3 days ago', 'to me', '', '').replace(/\n\nOfficer D\. Reyes[\s\S]*$/, '\n'), ['+1 555-010-3481', '+1 555-010-3492']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("accounts: a label in the plural written with '(s)' ('Username(s): a ; b', 'Handle(s):', 'Gamertag(s):') heads a list of names, as 'Usernames:' did", () => {
  it.each([
    [SNAP_EN('Username(s): marsh_wren4 ; wren.marsh.2'), ['tern_harbor.3', 'marsh_wren4', 'wren.marsh.2']],
    [SNAP_EN('Handle(s): marsh_wren5 ; wren.marsh.3'), ['tern_harbor.3', 'marsh_wren5', 'wren.marsh.3']],
    [SNAP_EN('Gamertag(s): marsh_wren6 and wren.marsh.4'), ['tern_harbor.3', 'marsh_wren6', 'wren.marsh.4']],
  ])('reads every name: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The plural label, as before.
    [SNAP_EN('Usernames: marsh_wren7 ; wren.marsh.5'), ['tern_harbor.3', 'marsh_wren7', 'wren.marsh.5']],
    // One name after '(s)', as before.
    [SNAP_EN('Username(s): marsh_wren8'), ['tern_harbor.3', 'marsh_wren8']],
    // A word of state after the label's first name, as before.
    [SNAP_EN('Username(s): marsh_wren9, deleted'), ['tern_harbor.3', 'marsh_wren9']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const FLAT_SNAP = (tail: string) =>
  `Fwd: Snap preservation Sent from my iPhone Begin forwarded message: From: Snap Law Enforcement Operations <lawenforcement@snapchat.com> Date: 19 November 2026 at 18:22:31 GMT To: "PC Gareth Lloyd" <g.lloyd@police.example.co.uk> Subject: Preservation Confirmation Hello, Snap Inc. has preserved the Snapchat account(s) listed below as of 18 November 2026. Reference: SNAP-PR-20261118-7730 ${tail} Preserved data will be retained for 90 days. Snap Inc.\n`;

describe("text: in a phone's run-on copy, a sentence of its own after a label's last value (a token with a digit or an underscore, then a capitalised subject and its verb: 'Username(s): a_b ; c.d.2 Snap was unable to …') starts a line", () => {
  it.each([
    [FLAT_SNAP('Username: dune_harrier4 Snap was unable to preserve the account "dunebay" as no matching account was found.'), ['dune_harrier4']],
    [FLAT_SNAP('Username(s): dune_harrier5 ; harrier.dune.2 Snap could not locate the name "dunebay2".'), ['dune_harrier5', 'harrier.dune.2']],
    [FLAT_SNAP('Username: dune_harrier6 Snapchat has no account named "dunebay3".'), ['dune_harrier6']],
  ])('reads the label\'s values: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The same lines, not run on: as before.
    [SNAP_EN('Username: dune_harrier7\nSnap was unable to preserve the account "dunebay4" as no matching account was found.'), ['tern_harbor.3', 'dune_harrier7']],
    // A value followed by words in lower case, as before.
    [FLAT_SNAP('Username: dune_harrier8 and its saved chats were preserved.'), ['dune_harrier8']],
    // A sentence after the reference naming the account, as before.
    [FLAT_SNAP('Snap has preserved the account dune_harrier9.'), ['dune_harrier9']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("denials: the value as the subject of needing a court's process ('x requires a court order', 'needs a search warrant', 'erfordert einen richterlichen Beschluss', 'requiere una orden judicial'; FURTHER_REQUEST_NEEDED's word table) was not preserved", () => {
  it.each([
    [KIK('The account ember_alt.45 you listed belongs to a minor and requires a court order.')],
    [KIK('The username ember_alt.53 needs a search warrant before we can act on it.')],
    [KIK('Das Konto ember_alt.54 erfordert einen richterlichen Beschluss.')],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toEqual(['ember_tide.44']);
  });

  it.each([
    // Preserved, the process said of disclosure, as before.
    [KIK('We preserved ember_alt.52; disclosure of its content requires a search warrant.'), ['ember_tide.44', 'ember_alt.52']],
    [KIK('We also preserved ember_alt.55. Disclosure requires a court order.'), ['ember_tide.44', 'ember_alt.55']],
    // A court order named without a need, as before.
    [KIK('We also preserved ember_alt.56 under the court order you sent.'), ['ember_tide.44', 'ember_alt.56']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

const KIK_BODY = (body: string) =>
  `From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 09:12:40 -0500\nSubject: RE: Preservation request\n\nHello,\n\n${body}\n`;

describe("accounts: an officer by rank and name as the owner of a request ('Regarding Sgt. Roe's request … we have preserved x', 'Following Detective Ana Ng's letter'; REQUEST_OF_OFFICER) is its author named in prose, not signing on the line", () => {
  it.each([
    [KIK_BODY("Regarding Sgt. Roe's request ref. 2026/4471 we have preserved ember_tide.44 on November 16, 2026. Kik reference KIK-PR-2026-55210.")],
    [KIK_BODY("Following Detective Ana Ng's letter, we have preserved ember_tide.44 on November 16, 2026. Kik reference KIK-PR-2026-55210.")],
    [KIK_BODY("As per Officer Grant's e-mail we have preserved ember_tide.44 on November 16, 2026. Kik reference KIK-PR-2026-55210.")],
  ])('reads the account: %s', (text) => {
    expect(read(text).accounts).toEqual(['ember_tide.44']);
  });

  it.each([
    // The officer's own signing line, as before.
    [KIK_BODY('We have preserved ember_tide.44 on November 16, 2026. Kik reference KIK-PR-2026-55210.\n\nDet. Sam Roe | Cyber Unit | s.roe@police.example.gov'), ['ember_tide.44']],
    // The officer named with an address on the line, not as a request's owner, as before.
    [KIK_BODY('We have preserved ember_tide.44 on November 16, 2026. Kik reference KIK-PR-2026-55210.\nRequested by Sgt. Roe (s.roe@police.example.gov)'), ['ember_tide.44']],
    // A possessive of another thing, as before.
    [KIK_BODY("We have preserved ember_tide.44 on November 16, 2026, at Sgt. Roe's direction. Kik reference KIK-PR-2026-55210."), ['ember_tide.44']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});
