import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 29 (what copies still break, and a sentence cut at an abbreviation): each shown on invented mail,
 * with probes that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

describe("accounts: an abbreviation before a number ('Ref. 2', 'No.', 'Nr.', 'réf.', 'Az.') or inside brackets ends no account's sentence", () => {
  it.each([
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nTo: det.mara.lind@pd.example.org\nDate: Fri, 20 Nov 2026 14:02:11 -0800\nSubject: Preservation Request Confirmation\n\nHello,\n\nGoogle has preserved the data of heron.blue41@gmail.com (Google Ref. 41739201), finch.grey42@gmail.com (Google Ref. 41739202) as of November 20, 2026.\n\nOur reference: GOOG-LE-2611-0414\n',
      ['heron.blue41@gmail.com', 'finch.grey42@gmail.com'],
    ],
    [
      'From: Microsoft Law Enforcement <lens@microsoft.com>\nTo: kok.brandt@polizei.example.de\nDate: Fri, 20 Nov 2026 14:02:11 +0100\nSubject: Sicherung\n\nGuten Tag,\n\nwir haben die Daten der Konten reiher.grau7@outlook.de (Ihr Az. 4410 Js 1203/26), fink.blau8@outlook.de (unsere Nr. 55120) am 19.11.2026 gesichert.\n\nUnser Zeichen: MS-LE-2611-0412\n',
      ['reiher.grau7@outlook.de', 'fink.blau8@outlook.de'],
    ],
    [
      'From: Yahoo Legal <legal@yahooinc.com>\nTo: capitaine.marin@gendarmerie.example.fr\nDate: Fri, 20 Nov 2026 14:02:11 +0100\nSubject: Conservation\n\nBonjour,\n\nNous avons conservé les données des comptes heron_gris41@yahoo.fr (réf. 2026-118), pinson_bleu42@yahoo.fr (réf. 2026-119) le 19 novembre 2026.\n\nNotre référence : YH-LE-2611-0413\n',
      ['heron_gris41@yahoo.fr', 'pinson_bleu42@yahoo.fr'],
    ],
  ])('reads every account: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A full stop after the reference and a sentence that denies the next account: the account still dropped.
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nTo: det.mara.lind@pd.example.org\nDate: Fri, 20 Nov 2026 14:02:11 -0800\nSubject: Preservation Request Confirmation\n\nHello,\n\nGoogle has preserved the data of heron.blue41@gmail.com. Google Ref. 41739201.\n\nWe could not find finch.grey42@gmail.com.\n',
      ['heron.blue41@gmail.com'],
    ],
    // An abbreviation's number in brackets, then a full stop: the sentence ends there, the denial after it as before.
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nTo: det.mara.lind@pd.example.org\nDate: Fri, 20 Nov 2026 14:02:11 -0800\nSubject: Preservation Request Confirmation\n\nHello,\n\nGoogle has preserved the data of heron.blue43@gmail.com (Google Ref. 41739203). We could not find finch.grey44@gmail.com.\n',
      ['heron.blue43@gmail.com'],
    ],
    // Both accounts in one sentence with no abbreviation: both, as before.
    [
      'From: Google Legal Investigations Support <lis-noreply@google.com>\nTo: det.mara.lind@pd.example.org\nDate: Fri, 20 Nov 2026 14:02:11 -0800\nSubject: Preservation Request Confirmation\n\nHello,\n\nGoogle has preserved the data of heron.blue45@gmail.com and finch.grey46@gmail.com as of November 20, 2026.\n\nOur reference: GOOG-LE-2611-0414\n',
      ['heron.blue45@gmail.com', 'finch.grey46@gmail.com'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("dates: a weekday before a date after dot leaders ('Date preserved ........ Monday, November 16, 2026') makes the leaders no sentence's end", () => {
  it.each([
    ['Kodex notification - app.kodex.us/discord\n\nDiscord Inc. has marked your request as COMPLETED.\n\nDiscord reference ....... DSC-LE-2611-7701\nDate preserved .......... Monday, November 16, 2026\nUsername ................ tern_marsh_31\n', '2026-11-16'],
    ['Preservation notice\n\nReddit, Inc. has completed your preservation request.\n\n  Reddit reference ..... RDT-PR-558120\n  Account .............. u/Lark_Fen_77\n  Preserved ............ Tue, November 17, 2026\n', '2026-11-17'],
    ['Portal notice - Snap Inc.\n\nYour preservation request has been processed.\n\nSnap reference ........ SNAP-LE-7QF1-22MD\nSnapchat username ..... slate_wren_5\nPreservation date ..... Wednesday, 18 November 2026\n', '2026-11-18'],
  ])("reads the row's date: %s", (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // The same row with no weekday: as before.
    ['Kodex notification - app.kodex.us/discord\n\nDiscord Inc. has marked your request as COMPLETED.\n\nDiscord reference ....... DSC-LE-2611-7702\nDate preserved .......... November 16, 2026\nUsername ................ tern_marsh_32\n', '2026-11-16'],
    // A colon before the weekday: as before.
    ['Portal notice - Snap Inc.\n\nYour preservation request has been processed.\n\nSnap reference: SNAP-LE-7QF1-22ME\nSnapchat username: slate_wren_6\nPreservation date: Wednesday, 18 November 2026\n', '2026-11-18'],
    // A request's row with a weekday: the request's day, no preservation date, as before.
    ['Kodex notification - app.kodex.us/discord\n\nDiscord Inc. has marked your request as RECEIVED.\n\nDiscord reference ....... DSC-LE-2611-7703\nRequest received ........ Friday, November 13, 2026\nUsername ................ tern_marsh_33\n', null],
  ])('reads the date as before: %s', (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

const doubled = (t: string) => t.replace(/\n/g, '\n\n');

describe("text: a short mail whose every break a copy doubled (no two lines in a row, gaps of one blank line and of three, none even) has its breaks halved", () => {
  it.each([
    [doubled("Date: Fri, 13 Nov 2026 09:15:40 +0000\nFrom: Pinterest Law Enforcement <lawenforcement@pinterest.com>\nTo: cyber.desk@politie.example.nl\nSubject: Case PIN-LE-2611-0881 - preservation\n\nDear Officer,\n\nPinterest preserved the account belonging to the\nusername 'gull.and.reed' on November 12, 2026. The data will be kept for 90 days.\n\nCase PIN-LE-2611-0881\n"), '2026-11-12'],
    [doubled("Date: Mon, 16 Nov 2026 10:02:11 -0800\nFrom: Dropbox Legal <legal@dropbox.com>\nTo: det.rowan@pd.example.org\nSubject: Preservation DBX-PR-771204\n\nHello,\n\nDropbox has preserved the account registered to\nmoss.lantern@proton.me on November 15, 2026.\n\nReference: DBX-PR-771204\n"), '2026-11-15'],
    [doubled("Date: Tue, 17 Nov 2026 08:40:00 +0100\nFrom: LinkedIn Law Enforcement <le-requests@linkedin.com>\nTo: insp.valli@questura.example.it\nSubject: LinkedIn Preservation LI-PR-2026-390112\n\nHello,\n\nLinkedIn Corporation preserved the member account information for the profile\nbelow on Nov 16th, 2026:\n\n    linkedin.com/in/ada-ferri-7c12d9\n\nLinkedIn preservation number: LI-PR-2026-390112\n"), '2026-11-16'],
  ])('reads the stated date: %s', (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });

  it.each([
    // The same mail undoubled: as before.
    ["Date: Fri, 13 Nov 2026 09:15:40 +0000\nFrom: Pinterest Law Enforcement <lawenforcement@pinterest.com>\nTo: cyber.desk@politie.example.nl\nSubject: Case PIN-LE-2611-0882 - preservation\n\nDear Officer,\n\nPinterest preserved the account belonging to the\nusername 'gull.and.reed2' on November 12, 2026. The data will be kept for 90 days.\n\nCase PIN-LE-2611-0882\n", '2026-11-12'],
    // One-line paragraphs parted by one blank line and once by two (an even gap): no doubling; the date's sentence ends at its blank line, as before.
    ["Date: Mon, 16 Nov 2026 10:02:11 -0800\nFrom: Dropbox Legal <legal@dropbox.com>\nTo: det.rowan@pd.example.org\nSubject: Preservation DBX-PR-771205\n\nHello,\n\nWe received your request on November 14, 2026.\n\n\nDropbox has preserved the account moss.lantern2@proton.me.\n\nReference: DBX-PR-771205\n", '2026-11-16'],
    // Two lines in a row among the gaps: no doubling, as before.
    ["Date: Mon, 16 Nov 2026 10:02:11 -0800\nFrom: Dropbox Legal <legal@dropbox.com>\nTo: det.rowan@pd.example.org\nSubject: Preservation DBX-PR-771206\n\nHello,\n\n\n\nDropbox has preserved the account registered to\nmoss.lantern3@proton.me on November 15, 2026.\n\n\n\nReference: DBX-PR-771206\n", '2026-11-15'],
  ])('reads the date as before: %s', (text, expected) => {
    expect(read(text).preservedOn).toEqual(expected);
  });
});

describe("messages: a conversation's header, the sender's address and the time parted by a gap, a wrap inside the time ('X Legal <legal@…>      Nov 19, 2026,⏎4:52 PM (22 hours ago)')", () => {
  it.each([
    ['Det. Rowan Hale <r.hale@pd.example.org>\nNov 12, 2026, 9:01 AM\nto Reddit\n\nPlease preserve u/Gull_Reed_14.\n\nReddit Legal <legal-noreply@reddit.example-notify.com>                 Nov 19, 2026,\n4:52 PM (22 hours ago)\nto me\n\nHello, we preserved the account u/Gull_Reed_14 yesterday. Reference: RDT-LE-2611-9901\n', '2026-11-19'],
    ['Det. Rowan Hale <r.hale@pd.example.org>\nNov 12, 2026, 9:01 AM\nto Discord\n\nPlease preserve moss_wren.\n\nDiscord Trust and Safety <records@discord.example-notify.com>\tWed, Nov 18,\n2026, 6:05 PM (1 day ago)\nto me\n\nHello, we preserved the account moss_wren yesterday. Reference: DSC-LE-2611-9902\n', '2026-11-18'],
    ['Det. Rowan Hale <r.hale@pd.example.org>\nNov 12, 2026, 9:01 AM\nto Twitch\n\nPlease preserve twitch.tv/slate_fen.\n\nTwitch Law Enforcement <le@twitch.example-notify.com>        Tue, 17 Nov 2026,\n10:12 (2 days ago)\n\nHello, we preserved the channel twitch.tv/slate_fen yesterday. Reference: TW-LE-2611-9903\n', '2026-11-17'],
  ])("reads the message's date: %s", (text, expected) => {
    expect(read(text).emailDate).toEqual(expected);
  });

  it.each([
    // The time on the sender's line: as before.
    ['Det. Rowan Hale <r.hale@pd.example.org>\nNov 12, 2026, 9:01 AM\nto Reddit\n\nPlease preserve u/Gull_Reed_15.\n\nReddit Legal <legal-noreply@reddit.example-notify.com>      Nov 19, 2026, 4:52 PM (22 hours ago)\nto me\n\nHello, we preserved the account u/Gull_Reed_15 yesterday. Reference: RDT-LE-2611-9904\n', '2026-11-19'],
    // The time on the line under the address, no gap: as before.
    ['Det. Rowan Hale <r.hale@pd.example.org>\nNov 12, 2026, 9:01 AM\nto Reddit\n\nPlease preserve u/Gull_Reed_16.\n\nReddit Legal <legal-noreply@reddit.example-notify.com>\nNov 19, 2026, 4:52 PM (22 hours ago)\nto me\n\nHello, we preserved the account u/Gull_Reed_16 yesterday. Reference: RDT-LE-2611-9905\n', '2026-11-19'],
    // An address and words after a gap, then a line with a time that is a sentence's: no header, as before.
    ['From: Reddit Legal <legal-noreply@reddit.example-notify.com>\nDate: Thu, 19 Nov 2026 16:52:00 -0800\nSubject: Preservation\n\nContact: Reddit Legal <legal-noreply@reddit.example-notify.com>      see the portal\nbetween 9:00 and 17:00 for updates.\n\nWe preserved the account u/Gull_Reed_17 yesterday. Reference: RDT-LE-2611-9906\n', '2026-11-19'],
  ])("reads the message's date as before: %s", (text, expected) => {
    expect(read(text).emailDate).toEqual(expected);
  });
});

describe("messages: a long subject a client wrapped, its rest of several words on a line of its own over a blank line ('Subject: RE: [EXTERNAL] … Coinbase Case⏎CB-LE-00918837 // HSI case 2026-HSI-BO-01142⏎⏎')", () => {
  const mail = (subject: string, rest: string, body: string) =>
    `From: Dropbox Legal <legal@dropbox.example-notify.com>\nSent: Monday, November 23, 2026 4:41 PM\nTo: Special Agent Rowan Hale <rhale@hsi.example.gov>\nSubject: ${subject}\n${rest}\n\n${body}`;
  it.each([
    [mail('RE: [EXTERNAL] Preservation of the account - Dropbox Case', 'DBX-LE-5512094 // HSI case 2026-HSI-BO-02231', 'Special Agent Hale,\n\nThe preservation of the account moss.lantern@proton.me under case DBX-LE-5512094 was processed on November 22, 2026.\n\nDropbox Legal\n'), ['DBX-LE-5512094']],
    [mail('RE: [EXTERNAL] Extension of preservation - GitHub Case', 'GH-LE-4471920 // FBI case 2026-FBI-SF-07731', 'Special Agent Hale,\n\nThe preservation of the account github.com/slate-finch under case GH-LE-4471920 has been extended. The extension was processed on November 22, 2026.\n\nGitHub Legal\n'), ['GH-LE-4471920']],
    [mail('Re: [EXTERNAL] Preservation of the Dropbox account - Dropbox Case', 'DBX-LE-7712260 // DEA case 2026-DEA-NY-04410', 'Special Agent Hale,\n\nThe preservation of the account fen.slate@proton.me under case DBX-LE-7712260 was completed on November 22, 2026.\n\nDropbox Legal\n'), ['DBX-LE-7712260']],
  ])('reads the provider reference alone: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // A short subject, a line of the body under it: the body, as before.
    [mail('Preservation', 'Dropbox case DBX-LE-5512096 preserved moss.lantern2@proton.me', 'on November 22, 2026.\n\nDropbox Legal\n'), ['moss.lantern2@proton.me']],
    // A long subject over a greeting: the body, as before.
    [mail('RE: [EXTERNAL] Preservation of the account - Dropbox Case DBX-LE-5512097', 'Hello Agent Hale', 'Dropbox has preserved the account moss.lantern3@proton.me on November 22, 2026.\n\nDropbox Legal\n'), ['moss.lantern3@proton.me']],
    // A long subject over a sentence that ends with its stop: the body, as before.
    [mail('RE: [EXTERNAL] Preservation of the account - Dropbox Case DBX-LE-5512098', 'Dropbox preserved moss.lantern4@proton.me on November 22, 2026.', 'Dropbox Legal\n'), ['moss.lantern4@proton.me']],
  ])('reads the body as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});
