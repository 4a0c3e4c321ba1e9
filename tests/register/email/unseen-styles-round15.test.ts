import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Round 15: e-mails written by the round's helper in styles and layouts no set has (portal pages copied from a
 * browser, staff replies quoted in mobile clients, references in a subject only, a PDF header, a table cell beside a
 * ticket, wrapped at a hyphen; dates year-first, with a Roman-numeral month, in Polish, wordy; account shapes with
 * query strings, dots and underscores, a name before a bracketed id). Each is asserted as a careful investigator would
 * read it. All fictional: example.* domains, fiction phone ranges. Which failed before round 15 is in the test's name
 * ("failed before round 15: …").
 */
const NOW = new Date('2026-12-01T12:00:00Z');

const EMAILS: Record<string, string> = {
  u01: "Google LLC · Law Enforcement Request System\nhttps://lers.google.com/requests/4471902\n\nRequest ID          4471902\nGoogle reference    61-7730-4419\nRequest type        Preservation (18 U.S.C. 2703(f))\nStatus              Completed\nDate preserved      Nov 19, 2026, 3:14 PM PST\nYour case number    26-CR-004417\n\nIdentifiers\n  quarry.lark9@gmail.com                Preserved\n  tern.westfall.4@gmail.com             No account found\n",
  u02: "Meta Platforms · Law Enforcement Online Requests\n\nCase #               41177309215\nRequest type         Preservation\nSubmitted            11/18/2026\nPreserved            11/19/2026\n\nAccounts\nFacebook user ID     100089912345678\nInstagram username   quarry.lark_9\nInstagram username   tern__west (not found)\n",
  u03: "Logged, thanks.\n\nSent from my iPhone\n\nBegin forwarded message:\n\nFrom: Apple Law Enforcement <lawenforcement@apple.com>\nDate: 24 November 2026 at 16:02:11 GMT\nTo: \"DS K. Mbeki\" <k.mbeki@thames-cyber.example.uk>\nSubject: Re: Preservation - Apple ref PRS-2611-88120\n\nDear DS Mbeki,\n\nWe have preserved the iCloud account associated with quarry.lark@icloud.com. The\npreservation took effect on 23 November 2026.\n\nApple reference: PRS-2611-88120\n\nApple Law Enforcement\n",
  u04: "From: Discord Legal <legal@discord.com>\nDate: Thu, 26 Nov 2026 02:14:09 +0000\nTo: d.osei@cyber-unit.example.gh\nSubject: [Ref DSC-LE-2611-88120] Preservation complete\n\nHello,\n\nYour request has been completed. The account with user ID 1130447726918230093\n(username quarry.lark) has been preserved as of November 25, 2026. Please use the\nreference shown in the subject line for any legal process.\n\nDiscord Legal\n",
  u05: "From: TikTok Law Enforcement <lert@tiktok.com>\nDate: Fri, 20 Nov 2026 11:02:44 +0800\nTo: a.nakamura@npa-cyber.example.jp\nSubject: Preservation confirmation\n\nDear Officer Nakamura,\n\nWe have preserved the following TikTok account on 2026/11/19 (UTC+8):\n\n  Profile: https://www.tiktok.com/@quarry.lark_9?_t=8qXk2LmP&_r=1\n  User ID: 7301188204417735685\n\nPreservation reference: TT-LE-2026-\n118842\n\nRecords are preserved for 90 days.\n\nTikTok Trust & Safety\n",
  u06: "From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Mon, 23 Nov 2026 17:40:12 -0800\nTo: r.alvarez@county-so.example.us\nSubject: Preservation completed\n\n| Ticket | 00612093 | Snap reference | SNAP-LE-2611-4471 |\n|--------|----------|----------------|-------------------|\n| Username | quarry.lark_9 | Preserved on | 2026-11-23 |\n\nData will be kept for 90 days from the date above.\n",
  u07: "Page 1 of 2          PRESERVATION CONFIRMATION          Ref. No. UBR-PR-2611-4471\n\nUber Technologies, Inc. - Law Enforcement Response Team\n\nDate of preservation:   20-NOV-2026\nRider account:          +1 (555) 014-2277\nRider e-mail:           quarry.lark@example.com\nRequesting officer:     Det. Sam Okafor, +1 (555) 010-9933\n\nThe records listed above are preserved for 90 days from the date of preservation.\n",
  u08: "Date: Sat, 21 Nov 2026 09:15:00 +1300\nFrom: Reddit Legal <legal@reddit.com>\nTo: j.tane@police.example.nz\nSubject: Preservation request - RDT-LE-2611-0931\n\nKia ora,\n\nWe have preserved the Reddit account u/quarry_lark_9. Reference: RDT-LE-2611-0931.\nThe preservation lasts 90 days; it may be extended once.\n\nReddit Legal\n",
  u09: "From: Instagram Law Enforcement <records@meta.com>\nDate: Wed, 25 Nov 2026 14:30:00 -0800\nTo: p.reyes@nbi-cyber.example.ph\nSubject: Records preservation - Case 41177302958\n\nHello,\n\nWe've preserved the account https://www.instagram.com/__quarry.lark__/?igsh=MWx0ZzN4 as of\nTuesday the 24th of November, 2026.\n\nCase number: 41177302958\n\nInstagram Law Enforcement Response Team\n",
  u10: "Sure, will file it.\n\nSent from Outlook for Android\n________________________________\nFrom: Telegram LE <le-requests@telegram.org>\nSent: Sunday, November 22, 2026 6:05:11 PM\nTo: DC Priya Nair <p.nair@met-cyber.example.uk>\nSubject: Re: Preservation\n\n> Preserved. Reference TG-LE/2026/4471, account https://t.me/quarry_lark9 and\n> phone +44 7700 900461, as of 22 Nov 2026.\n> Telegram LE\n",
  u11: "From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 24 Nov 2026 10:00:00 -0800\nTo: m.ito@agency.example.us\nSubject: Preservation complete\n\nWe preserved the accounts below on November 23, 2026.\n\nUsername          Snap reference         Your case\nquarry.lark_9     SNAP-LE-2611-0093      26-CR-041977\ntern_west.4       SNAP-LE-2611-0094      26-CR-041977\n",
  u12: "From: WhatsApp LE Response <records@whatsapp.com>\nDate: Thu, 19 Nov 2026 21:40:00 -0300\nTo: l.souza@pf-cyber.example.br\nSubject: Preservation WA-P-6610923\n\nHello,\n\nThe account associated with +447700900461 was preserved on 19 November 2026.\nThe number +447700900512 from your request is not registered on WhatsApp.\n\nReference: WA-P-6610923\n\nFor urgent matters call our LE line +1 650 555 0100.\n",
  u13: "Roblox Corporation · Law Enforcement Portal (powered by Kodex)\n\nRoblox case number      RBX-LE-0091-8812\nKodex request ID        kx_7TQ2ZP9\nSubmitted               2026-11-17 09:12 PST\nPreserved               2026-11-18 16:40 PST\n\nPreserved accounts\n  • SpookyBrickSr (user ID 5120087799) - display name \"Spooky Sr.\"\n",
  u14: "From: Microsoft LENS <lens-noreply@microsoft.com>\nDate: Wed, 18 Nov 2026 12:00:00 +0000\nTo: Det. Ana Ruiz <a.ruiz@pd.example.org>\nSubject: Preservation - LNS-26-0059911\n\nDetective Ruiz,\n\nPreservation effective 11/17/2026 at 11:30 PM PST for the account quarry.lark@outlook.com\nunder LENS reference LNS-26-0059911.\n\nMicrosoft LENS\n",
  u15: "From: Discord Trust & Safety <lawenforcement@discord.com>\nDate: Fri, 27 Nov 2026 08:00:00 +0000\nTo: k.berg@polisen.example.se\nSubject: Preservation DSC-LE-2611-7731\n\nHi,\n\nPreserved on 26 November 2026 under reference DSC-LE-2611-7731:\n\n  - quarry.lark (user ID 1130447726918239931)\n  - tern_west.4 (user ID 1130447726918239932)\n\nYour case number 5000-K118842-26 is noted on our file.\n\nDiscord Trust & Safety\n",
  u16: "From: GitHub Legal <legal@github.com>\nDate: Mon, 23 Nov 2026 16:20:00 +0100\nTo: h.vogel@bka.example.de\nSubject: Sicherung / preservation GH-LE-2611-0412\n\nHallo Frau Vogel,\n\nwir haben das Konto https://github.com/quarry-lark-9 am 23. November 2026 gesichert.\nUnser Aktenzeichen: GH-LE-2611-0412.\n\nGitHub Legal\n",
  u17: "From: X Legal <legal@x.com>\nDate: Tue, 24 Nov 2026 09:00:00 -0500\nTo: b.cole@fbi-field.example.gov\nSubject: Preservation complete\n\nPreservation complete for the account @quarry_lark.9 (user ID 1790412233445566778).\nOur reference is X-LE-2611-44713; preserved Monday, November 23rd.\n\nX Legal\n",
  u18: "From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Tue, 24 Nov 2026 10:00:00 -0800\nTo: m.ito@agency.example.us\nSubject: Preservation complete\n\nWe preserved the account below on November 23, 2026.\n\nService       Identifier        Your case\nSnapchat      quarry.lark_9     26-CR-041977\n\nReference: SNAP-LE-2611-0093\n",
  u19: "From: Allegro Legal <legal@allegro.example.pl>\nDate: Mon, 23 Nov 2026 12:00:00 +0100\nTo: k.nowak@policja.example.pl\nSubject: Zabezpieczenie danych - Discord\n\nFrom: Discord Legal <legal@discord.com>\nDate: Mon, 23 Nov 2026 11:02:00 +0000\nSubject: Preservation DSC-LE-2611-3390\n\nHello,\n\nThe account quarry.lark (user ID 1130447726918233390) was preserved on 20.XI.2026.\nReference: DSC-LE-2611-3390\n",
  u20: "From: Discord Legal <legal@discord.com>\nDate: Wed, 25 Nov 2026 09:00:00 +0000\nTo: k.nowak@policja.example.pl\nSubject: Preservation DSC-LE-2611-3391\n\nDzień dobry,\n\nkonto użytkownika quarry.lark (ID 1130447726918233391) zostało zabezpieczone 24 listopada 2026 r.\nNumer referencyjny: DSC-LE-2611-3391\n",
  u21: "From: Google LIS <lis-noreply@google.com>\nDate: Thu, 26 Nov 2026 08:00:00 -0800\nTo: t.brandt@lka.example.de\nSubject: Google Ref 61-8812-0093\n\nBecause the two accounts you listed are not linked, we preserved them separately. This\nmessage covers quarry.lark9@gmail.com, preserved on November 25, 2026.\n\nGoogle Ref: 61-8812-0093\n",
  u22: "From: Twitch Law Enforcement <lawenforcement@twitch.tv>\nDate: Fri, 20 Nov 2026 15:45:00 -0800\nTo: d.reyes@sheriff.example.us\nSubject: Preservation complete - TWC-PR-2611-0412\n\nHello Deputy Reyes,\n\nWe have preserved the following channels on November 20, 2026:\n\n  https://www.twitch.tv/quarry_lark9?sr=a\n  https://www.twitch.tv/tern.west_4\n\nTwitch reference: TWC-PR-2611-0412\n\nDeputy D. Reyes | Badge 4471 | Case 2026-SO-118842 | +1 (555) 010-4471\n",
  u23: "From: Valve Legal <legal@valvesoftware.com>\nDate: Mon, 23 Nov 2026 10:00:00 -0800\nTo: j.hale@cyber.example.au\nSubject: Steam preservation\n\nHi,\n\nWe preserved the Steam account https://steamcommunity.com/profiles/76561198044712093\n(persona name \"quarry lark\") on 2026-11-22. Our reference is VLV-LE-2611-0093.\n\nValve Legal\n",
  u24: "From: Snap Law Enforcement <lawenforcement@snapchat.com>\nDate: Sat, 21 Nov 2026 07:30:00 +0000\nTo: o.berg@politi.example.no\nSubject: Preservation complete\n\n| Ticket ID | Case ID            | Preserved (PST)      |\n|-----------|--------------------|----------------------|\n| 88120934  | SNAP-LE-2611-55120 | 20 Nov 2026 23:30    |\n\nAccount preserved: https://www.snapchat.com/add/quarry.lark9?share_id=Qx7&locale=en-US\n",
  u25: "From: Amazon Law Enforcement <law-enforcement-response@amazon.com>\nDate: Mon, 23 Nov 2026 18:00:00 +0000\nTo: s.kim@kcpd.example.us\nSubject: Re: your ref CR/2026/118842\n\nDetective Kim,\n\nAmazon case 15592038417 - preservation completed on 11/22/2026 for the customer account\nassociated with quarry.lark@example.com (customer ID A2QX7KD19MPLZ4).\n\nAmazon Law Enforcement Response\nFax +1 206 555 0199\n",
  u26: "Von: GitHub Legal <legal@github.com>\nGesendet: Dienstag, 24. November 2026 08:15\nAn: LKA Cybercrime <cyber@lka.example.de>\nBetreff: AW: Sicherungsanordnung\n\nSehr geehrte Damen und Herren,\n\ndie Daten des Kontos https://github.com/quarry-lark-9 wurden gesichert.\nSicherungsnummer: GH-LE-2611-0093\nDatum der Sicherung: 23.11.2026\n\nMit freundlichen Grüßen\nGitHub Legal\n",
  u27: "From: Discord Legal <legal@discord.com>\nDate: Tue, 24 Nov 2026 16:00:00 +0000\nTo: p.moreau@gendarmerie.example.fr\nSubject: Conservation effectuée\n\nBonjour,\n\nNous avons conservé le compte quarry.lark (ID utilisateur : 1130447726918235512) le\n23 novembre 2026. Le compte tern_west.4 n'a pas été trouvé.\n\nRéférence Discord : DSC-LE-2611-5512\n\nCordialement,\nDiscord Legal\n",
};

interface Expected {
  provider: string | null;
  references: string[];
  dates: string[];
  accounts: string[][];
}

const EXPECTED: Record<string, [string, Expected]> = {
  u01: ["A Google LERS page copied from the browser: a label-gap-value grid, a request id beside the Google reference, the agency's case in the grid, identifiers with statuses closing the page", { provider: "google", references: ["61-7730-4419"], dates: ["2026-11-19"], accounts: [["quarry.lark9@gmail.com"]] }],
  u02: ["A Meta portal page copied from the browser: \"Case #\" in a grid, numeric US dates, an account grid closing the page with a row not found", { provider: "meta", references: ["41177309215"], dates: ["2026-11-19"], accounts: [["100089912345678", "quarry.lark_9"]] }],
  u03: ["An Apple reply forwarded from an iPhone (\"Begin forwarded message:\", \"Date: 24 November 2026 at 16:02:11 GMT\")", { provider: "apple", references: ["PRS-2611-88120"], dates: ["2026-11-23"], accounts: [["quarry.lark@icloud.com"]] }],
  u04: ["The reference in the subject only, in brackets, the body pointing at it", { provider: "discord", references: ["DSC-LE-2611-88120"], dates: ["2026-11-25"], accounts: [["1130447726918230093", "quarry.lark"]] }],
  u05: ["A year-first slashed date with a UTC offset, a profile URL with a query string, the reference wrapped at a hyphen", { provider: "tiktok", references: ["TT-LE-2026-118842"], dates: ["2026-11-19"], accounts: [["https://www.tiktok.com/@quarry.lark_9?_t=8qXk2LmP&_r=1", "7301188204417735685"]] }],
  u06: ["A horizontal key-value table: the ticket and the reference in cells of one row", { provider: "snap", references: ["SNAP-LE-2611-4471"], dates: ["2026-11-23"], accounts: [["quarry.lark_9"]] }],
  u07: ["A PDF header line with the reference (\"Page 1 of 2   PRESERVATION CONFIRMATION   Ref. No. …\"), a \"20-NOV-2026\" date, the requesting officer's phone in the fields", { provider: "uber", references: ["UBR-PR-2611-4471"], dates: ["2026-11-20"], accounts: [["+1 (555) 014-2277", "quarry.lark@example.com"]] }],
  u08: ["A +1300 sender, no stated date: the e-mail's own day in the sender's zone, not a date from \"90 days\"", { provider: "reddit", references: ["RDT-LE-2611-0931"], dates: ["2026-11-21"], accounts: [["u/quarry_lark_9"]] }],
  u09: ["A wordy date (\"Tuesday the 24th of November, 2026\"), a handle with leading and trailing underscores and dots in a URL with a query string", { provider: "meta", references: ["41177302958"], dates: ["2026-11-24"], accounts: [["https://www.instagram.com/__quarry.lark__/?igsh=MWx0ZzN4"]] }],
  u10: ["A staff reply quoted with \">\" under an Outlook for Android reply", { provider: "telegram", references: ["TG-LE/2026/4471"], dates: ["2026-11-22"], accounts: [["https://t.me/quarry_lark9", "+44 7700 900461"]] }],
  u11: ["Two references in a gap table, the agency's case repeated in its own column", { provider: "snap", references: ["SNAP-LE-2611-0093", "SNAP-LE-2611-0094"], dates: ["2026-11-23", "2026-11-23"], accounts: [["quarry.lark_9"], ["tern_west.4"]] }],
  u12: ["E.164 numbers without spaces, one not registered, the provider's LE line in a contact sentence", { provider: "whatsapp", references: ["WA-P-6610923"], dates: ["2026-11-19"], accounts: [["+447700900461"]] }],
  u13: ["A Kodex page: a Kodex request id beside the Roblox case number, ISO dates with a zone, a name before a bracketed user id", { provider: "roblox", references: ["RBX-LE-0091-8812"], dates: ["2026-11-18"], accounts: [["SpookyBrickSr", "5120087799"]] }],
  u14: ["\"Preservation effective 11/17/2026 at 11:30 PM PST\", the e-mail a day later in UTC", { provider: "microsoft", references: ["LNS-26-0059911"], dates: ["2026-11-17"], accounts: [["quarry.lark@outlook.com"]] }],
  u15: ["A list of names each before a bracketed user id, the agency's case number in a sentence after it", { provider: "discord", references: ["DSC-LE-2611-7731"], dates: ["2026-11-26"], accounts: [["quarry.lark", "1130447726918239931", "tern_west.4", "1130447726918239932"]] }],
  u16: ["German prose from an English-speaking provider, \"Unser Aktenzeichen:\" for its own number", { provider: "github", references: ["GH-LE-2611-0412"], dates: ["2026-11-23"], accounts: [["https://github.com/quarry-lark-9"]] }],
  u17: ["A handle with an underscore and a dot, \"preserved Monday, November 23rd\" after the reference", { provider: "x", references: ["X-LE-2611-44713"], dates: ["2026-11-23"], accounts: [["@quarry_lark.9", "1790412233445566778"]] }],
  u18: ["A table whose third column is the agency's \"Your case\", under an \"Identifier\" column, the reference below it", { provider: "snap", references: ["SNAP-LE-2611-0093"], dates: ["2026-11-23"], accounts: [["quarry.lark_9"]] }],
  u19: ["A forward inside a forward (Polish company relay), a Roman-numeral month (\"20.XI.2026\")", { provider: "discord", references: ["DSC-LE-2611-3390"], dates: ["2026-11-20"], accounts: [["quarry.lark", "1130447726918233390"]] }],
  u20: ["Polish prose (\"zostało zabezpieczone 24 listopada 2026 r.\", \"Numer referencyjny:\")", { provider: "discord", references: ["DSC-LE-2611-3391"], dates: ["2026-11-24"], accounts: [["quarry.lark", "1130447726918233391"]] }],
  u21: ["A leading \"Because … not linked,\" clause before the preservation", { provider: "google", references: ["61-8812-0093"], dates: ["2026-11-25"], accounts: [["quarry.lark9@gmail.com"]] }],
  u22: ["Channel URLs with a query string and with a dot, a one-line officer signature with a badge, a case and a phone", { provider: "twitch", references: ["TWC-PR-2611-0412"], dates: ["2026-11-20"], accounts: [["https://www.twitch.tv/quarry_lark9?sr=a", "https://www.twitch.tv/tern.west_4"]] }],
  u23: ["A provider not in the registry (Valve): no provider proposed, the sender's domain offered; a persona name in quotes is a display name", { provider: null, references: ["VLV-LE-2611-0093"], dates: ["2026-11-22"], accounts: [["https://steamcommunity.com/profiles/76561198044712093"]] }],
  u24: ["A bar table of one row: a ticket id in its own column beside a weak \"Case ID\", the date in PST the evening before the UTC e-mail; a profile URL with two query parameters", { provider: "snap", references: ["SNAP-LE-2611-55120"], dates: ["2026-11-20"], accounts: [["https://www.snapchat.com/add/quarry.lark9?share_id=Qx7&locale=en-US"]] }],
  u25: ["The agency's reference only in the subject (\"Re: your ref CR/2026/118842\"), a customer id in brackets, a fax line in the signature", { provider: "amazon", references: ["15592038417"], dates: ["2026-11-22"], accounts: [["quarry.lark@example.com", "A2QX7KD19MPLZ4"]] }],
  u26: ["German Outlook headers over German labels: \"Sicherungsnummer:\", \"Datum der Sicherung:\"", { provider: "github", references: ["GH-LE-2611-0093"], dates: ["2026-11-23"], accounts: [["https://github.com/quarry-lark-9"]] }],
  u27: ["French prose, \"ID utilisateur :\" in brackets, the date wrapped after \"le\", an account not found", { provider: "discord", references: ["DSC-LE-2611-5512"], dates: ["2026-11-23"], accounts: [["quarry.lark", "1130447726918235512"]] }],
};

/**
 * Read wrongly by the parser before round 15 (5b60bce), checked by running these e-mails against it: the two portal
 * pages' closing account lists (signature), the hyphen-wrapped reference, the two-reference table's rows, the Kodex
 * page's request id and the name before a bracketed id, the "Your case" column, the Roman-numeral month, the Polish
 * name before "(ID …)", the ticket column beside a weak "Case ID".
 */
const FAILED_BEFORE = new Set<string>(['u01', 'u02', 'u05', 'u11', 'u13', 'u15', 'u18', 'u19', 'u20', 'u24']);
/** Still read wrongly after round 15, for a later round (u19's Roman-numeral month was, until its mechanism). */
const STILL_FAILING = new Set<string>([]);

describe('round 15: styles and layouts no set has', () => {
  for (const [key, [style, expected]] of Object.entries(EXPECTED)) {
    const test = STILL_FAILING.has(key) ? it.fails : it;
    test(`${key}${FAILED_BEFORE.has(key) ? ' (failed before round 15)' : ''}: ${style}`, () => {
      const r = parseProviderEmail(EMAILS[key]!, NOW);
      expect(r.providerId).toBe(expected.provider);
      expect(r.confirmations.map((c) => c.reference)).toEqual(expected.references);
      expect(r.confirmations.map((c) => c.preservedOn?.day ?? null)).toEqual(expected.dates);
      expect(r.confirmations.map((c) => c.accounts.map((a) => a.value).sort())).toEqual(expected.accounts.map((a) => [...a].sort()));
    });
  }
});
