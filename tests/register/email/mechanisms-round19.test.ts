import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 19 (holdout18's kinds, read through one model of a pasted text: its messages, who wrote each,
 * and each named account's fate in the provider's message): each shown on invented mail in other words, languages and
 * layouts than the corpus's, with probes that must read the new way (each failed before its change) and probes that
 * must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { references: r.references, accounts: r.accountIdentifiers };
};

describe('an account\'s fate: a refusal said of one named account leaves the others\' preservation confirmed', () => {
  it.each([
    [
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\nSubject: Preservation SNAP-LE-2611-5521\n\nHello Detective,\n\nWe have preserved the account kelp.sparrow as of November 18, 2026.\n\nFor the username kelp.sparrow2 we found no matching account, and no data was preserved.\n\nSnap reference: SNAP-LE-2611-5521\n',
      { references: ['SNAP-LE-2611-5521'], accounts: ['kelp.sparrow'] },
    ],
    [
      'De : Meta Law Enforcement <records@fb.com>\nDate : 19 nov. 2026 10:12\nObjet : Conservation 7741203\n\nBonjour,\n\nNous avons conservé les données du compte facebook.com/lune.ardoise sous la référence 7741203.\n\nLe compte facebook.com/ardoise.lune est introuvable : aucune donnée n\'a été conservée.\n\nCordialement,\nMeta\n',
      { references: ['7741203'], accounts: ['facebook.com/lune.ardoise'] },
    ],
    [
      'WhatsApp LE Response <records@whatsapp.com>\n19 Nov 2026, 10:12\n\nhi officer, quick update on ticket WA-PR-880133:\n- +1 312 555 0188: preserved yesterday\n- +1 312 555 0199: we have not preserved anything, this number is not a WhatsApp user\n\nthanks, WhatsApp LE\n',
      { references: ['WA-PR-880133'], accounts: ['+1 312 555 0188'] },
    ],
  ])('confirms the preservation and proposes only the preserved account: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Refused for the only account named: nothing was preserved.
    'From: Snap Law Enforcement <le@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe could not locate the account kelp.sparrow2; no data has been preserved. Reference: SNAP-LE-2611-5522\n',
    // The request refused as a whole, though its sentence names the account.
    'From: Discord <lawenforcement@discord.com>\nDate: 19 Nov 2026 10:12\n\nWe are unable to process the preservation request for the account ember.skiff (1177002233445566778). Ticket DSC-2611-7742.\n',
    // Nothing preserved for the request, said beside the account's name; no other sentence preserves anything.
    'From: Twitch Law Enforcement <le@twitch.tv>\nDate: 19 Nov 2026 10:12\n\nRe: user lumen_owl - nothing has been preserved yet; we will confirm once the request has been reviewed. Case TW-2611-0045.\n',
  ])('still reads a refusal or a wait as confirming nothing: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });
});

describe('who wrote it: the request quoted under the provider\'s reply is the officer\'s, not the provider\'s', () => {
  it.each([
    [
      'From: Dropbox Law Enforcement <le-response@dropbox.com>\nDate: 19 Nov 2026 10:12\nSubject: Re: records hold [DBX-2611-0042]\n\nHi Det. Kim,\n\nAll set, the account wren.quill@outlook.com is preserved as of today.\n\nDropbox LE\n\n> Det. Kim, Metro Cyber Unit, case MCU-26-55120, 555-0199\n',
      { references: ['DBX-2611-0042'], accounts: ['wren.quill@outlook.com'] },
    ],
    [
      'Von: TikTok LERT <lert@tiktok.com>\nDatum: 19.11.2026 10:12\n\nHallo,\n\nwir haben das Konto @moorlicht_5 gesichert. Referenz: LERT-2611-330147.\n\nTikTok LERT\n\n> Bitte sichern Sie die Konten @moorlicht_5 und @schilfrohr_2.\n> Vorgang KPI-2026-4411, Tel. 0170 5550123\n',
      { references: ['LERT-2611-330147'], accounts: ['@moorlicht_5'] },
    ],
    [
      'From: Discord <lawenforcement@discord.com>\nDate: 19 Nov 2026 10:12\n\nhey, preserved user 1177002233445566778 - ref DSC-2611-7741\n\n-- discord LE\n\n> pls preserve 1177002233445566778 and 1177002233445566779\n> Sgt Rowe, file CRU-2611-884\n',
      { references: ['DSC-2611-7741'], accounts: ['1177002233445566778'] },
    ],
  ])('reads only the provider\'s own text: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      // An inline answer: the provider's text under the quote is its own.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nHi Sgt Rowe,\n\n> Please preserve @kelpfinch and @kelpfinch2.\n\nThe account @kelpfinch is preserved under SNAP-LE-2611-0093.\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'] },
    ],
    [
      // The provider's own confirmation quoted under its follow-up is read.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 20 Nov 2026 10:12\n\nHello again, our confirmation is below.\n\n> We have preserved the account kestrel_9 under reference SNAP-LE-2611-0094.\n',
      { references: ['SNAP-LE-2611-0094'], accounts: ['kestrel_9'] },
    ],
    [
      // The whole provider message quoted by the officer who forwarded it.
      'FYI below\n\n> From: Reddit Legal <legal@reddit.com>\n> Date: 19 Nov 2026 10:12\n>\n> We have preserved u/glasswing_owl. Reddit reference: RDT-2611-90412.\n',
      { references: ['RDT-2611-90412'], accounts: ['u/glasswing_owl'] },
    ],
  ])('still reads the provider\'s text, quoted or not: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a portal\'s notice that names its request only in the address of the request\'s page', () => {
  it.each([
    [
      'From: Snap via Kodex <notifications@kodexglobal.com>\nDate: 19 Nov 2026 10:12\n\nSnap has completed your preservation request.\n\nThe following account was preserved:\n\n  Username: kelpfinch\n\nOpen the case: https://app.kodexglobal.com/snap/cases/CS-4481-77\n',
      { references: ['CS-4481-77'], accounts: ['kelpfinch'] },
    ],
    [
      'Von: TikTok über Kodex <noreply@kodexglobal.com>\nDatum: 19.11.2026 10:12\n\nIhre Anfrage an TikTok wurde bearbeitet: das Konto @moorlicht_5 wurde gesichert.\n\nDetails: https://le.kodexglobal.com/tiktok/requests/55120981/\n',
      { references: ['55120981'], accounts: ['@moorlicht_5'] },
    ],
    [
      'From: Reddit Legal <legal@reddit.com>\nDate: 19 Nov 2026 10:12\n\nStatus: preserved (u/glasswing_owl)\nTrack it at https://lers.reddit.example/tickets/RT-7712045?tab=docs\n',
      { references: ['RT-7712045'], accounts: ['u/glasswing_owl'] },
    ],
  ])('takes the page\'s number: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      // The notice's own reference named in words: the page's number gives way.
      'From: Snap via Kodex <notifications@kodexglobal.com>\nDate: 19 Nov 2026 10:12\n\nSnap has preserved the account kelpfinch. Snap reference: SNAP-LE-2611-0093.\n\nhttps://app.kodexglobal.com/snap/requests/88120457\n',
      ['SNAP-LE-2611-0093'],
    ],
    [
      // Two requests' pages and nothing else: no way to tell which is this one.
      'From: Snap via Kodex <notifications@kodexglobal.com>\nDate: 19 Nov 2026 10:12\n\nSnap has preserved the account kelpfinch.\n\nhttps://app.kodexglobal.com/snap/requests/88120457\nhttps://app.kodexglobal.com/snap/requests/88120458\n',
      [],
    ],
    [
      // A page of a user, not of a request.
      'From: Snap via Kodex <notifications@kodexglobal.com>\nDate: 19 Nov 2026 10:12\n\nSnap has preserved the account kelpfinch.\n\nhttps://app.kodexglobal.com/snap/users/88120457\n',
      [],
    ],
  ])('takes no other address\'s number: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('a webmail conversation\'s header: the display name and the time on one line, the recipients under them', () => {
  it.each([
    [
      'Snap Law Enforcement                         Nov 19, 2026, 10:12 AM\nto me\n\nHello,\n\nWe have preserved the account @kelpfinch. Snap reference: SNAP-LE-2611-0093.\n\nSnap LE\n\nDet. Rowe                                    Nov 18, 2026, 9:00 AM\nto Snap\n\nPlease preserve @kelpfinch and @kelpfinch2. Our file CRU-2611-884.\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'] },
    ],
    [
      'Equipo LE de TikTok\t19 nov 2026, 10:12\npara mí\n\nHola,\n\nhemos preservado la cuenta @brisa_lenta. Referencia de TikTok: TTES-PR-55120.\n\nAgente Ruiz\t18 nov 2026, 9:00\npara TikTok\n\nPor favor, preserven @brisa_lenta y @lenta_brisa. Diligencias GC-2026-4471.\n',
      { references: ['TTES-PR-55120'], accounts: ['@brisa_lenta'] },
    ],
    [
      'Reddit Legal                Thu, Nov 19, 2026 at 3:40 PM\nto Det. Okafor\n\nWe have preserved the account u/glasswing_owl. Reddit reference: RDT-2611-90412.\n\nDet. Okafor                Wed, Nov 18, 2026 at 8:15 AM\nto Reddit\n\nPlease preserve u/glasswing_owl and u/dusk_heron. Case PD-26-44871.\n',
      { references: ['RDT-2611-90412'], accounts: ['u/glasswing_owl'] },
    ],
  ])('reads the provider\'s message of the conversation: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      // A line of a name and a time, no recipients under it: an opening-hours line, no header.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nWe have preserved the account @kelpfinch. Snap reference: SNAP-LE-2611-0093.\n\nSnap LE Desk          Mon-Fri 09:00\nplease allow two days for replies\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'] },
    ],
    [
      // Inside a paragraph (no blank line above it): a row of the provider's text.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nPreserved accounts:\n@kelpfinch          19 Nov 2026, 10:12\nto be kept 90 days under SNAP-LE-2611-0093.\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'] },
    ],
    [
      // The header with an address, as before.
      'Reddit Legal <legal@reddit.com>\tThu, Nov 19, 2026 at 3:40 PM\nto me\n\nWe have preserved the account u/glasswing_owl. Reddit reference: RDT-2611-90412.\n',
      { references: ['RDT-2611-90412'], accounts: ['u/glasswing_owl'] },
    ],
  ])('reads other lines of a name and a time as before: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('an account\'s fate decides its reference\'s: of several references, one whose accounts were all refused confirms nothing', () => {
  it.each([
    [
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nReference SNAP-LE-2611-0093\n  Username: "kelpfinch"\n  Result: preserved\n\nReference SNAP-LE-2611-0094\n  Username: "kelpfinch2"\n  Result: account not found\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['kelpfinch'] },
    ],
    [
      'Von: TikTok LERT <lert@tiktok.com>\nDatum: 19.11.2026 10:12\n\nReferenz TT-DE-55120981: das Konto @moorlicht_5 wurde gesichert.\n\nReferenz TT-DE-55120982: das Konto @schilfrohr_2 wurde nicht gefunden.\n',
      { references: ['TT-DE-55120981'], accounts: ['@moorlicht_5'] },
    ],
    [
      'From: Discord <lawenforcement@discord.com>\nDate: 19 Nov 2026 10:12\n\nCase DSC-2611-7741 covers the account ember.skiff, which we preserved on November 18.\n\nCase DSC-2611-7742 covers the account skiff.ember: no such account exists, so nothing was kept.\n',
      { references: ['DSC-2611-7741'], accounts: ['ember.skiff'] },
    ],
  ])('proposes only the references something was preserved under: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      // Both preserved.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nReference SNAP-LE-2611-0093\n  Username: "kelpfinch"\n  Result: preserved\n\nReference SNAP-LE-2611-0094\n  Username: "kelpfinch2"\n  Result: preserved\n',
      ['SNAP-LE-2611-0093', 'SNAP-LE-2611-0094'],
    ],
    [
      // One of the second reference's accounts refused, the other preserved.
      'From: Discord <lawenforcement@discord.com>\nDate: 19 Nov 2026 10:12\n\nCase DSC-2611-7741 covers the account ember.skiff, which we preserved on November 18.\n\nCase DSC-2611-7742: we preserved the account skiff.ember; the account skiff.ember2 was not found.\n',
      ['DSC-2611-7741', 'DSC-2611-7742'],
    ],
    [
      // The second reference names no account of its own.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nReference SNAP-LE-2611-0093: we preserved the account "kelpfinch".\n\nReference SNAP-LE-2611-0094 covers its chat records, also preserved.\n',
      ['SNAP-LE-2611-0093', 'SNAP-LE-2611-0094'],
    ],
  ])('keeps a reference something was preserved under: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('who wrote it: an officer\'s signature under a short rule below the forwarded provider\'s message', () => {
  it.each([
    [
      '---------- Forwarded message ---------\nFrom: Instagram Records <records@fb.com>\nDate: 19 Nov 2026 10:12\n\nCase 7741203\n  Account: @kelpfinch\n  Status: Preserved 11/18/2026\n\n---\nDet. Ana Rowe, Metro PD, incident MPD-26-55120\n',
      { references: ['7741203'], accounts: ['@kelpfinch'] },
    ],
    [
      'From: Discord <lawenforcement@discord.com>\nDate: 19 Nov 2026 10:12\n\nPreserved: account ember.skiff (1177002233445566778), ticket DSC-2611-7741.\n\n-----\nSpecial Agent Dana Kirk, HSI Cyber, lead HSI-2611-00457, +1 312 555 0142\n',
      { references: ['DSC-2611-7741'], accounts: ['ember.skiff', '1177002233445566778'] },
    ],
    [
      'Von: TikTok LERT <lert@tiktok.com>\nDatum: 19.11.2026 10:12\n\nDas Konto @moorlicht_5 wurde gesichert. Referenz: LERT-2611-330147.\n\n----\nKriminalhauptkommissarin Eva Brandt, eva.brandt.lka@gmail.com, Konto @kripo_ost_pr\n',
      { references: ['LERT-2611-330147'], accounts: ['@moorlicht_5'] },
    ],
  ])('reads only the provider\'s message: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      // The provider's own footer under the rule.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nWe have preserved the account @kelpfinch.\n\n---\nSnap Law Enforcement - reference SNAP-LE-2611-0093\n',
      ['SNAP-LE-2611-0093'],
    ],
    [
      // A ticket's long rules around each message's header.
      '[Twitch LE #551903] channel\n\n------------------------------------------------------------\nDet. Ana Rowe - Sat, Oct 24, 2026 at 9:02 AM\n------------------------------------------------------------\nPlease preserve twitch.tv/kelpfinch.\n\n------------------------------------------------------------\nTwitch Law Enforcement - Mon, Oct 26, 2026 at 10:40 AM\n------------------------------------------------------------\nDone - we preserved the account kelpfinch. Reference ticket #551903.\n',
      ['551903'],
    ],
    [
      // Status lines under the rule.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nThank you for your request.\n\n---\nPreservation completed for @kelpfinch. Reference: SNAP-LE-2611-0093\n',
      ['SNAP-LE-2611-0093'],
    ],
  ])('keeps the provider\'s lines under a rule: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('each message\'s date: a ticket transcript\'s header framed by rules (author, dash or bar, time)', () => {
  const dated = (text: string) => {
    const r = parseProviderEmail(text, NOW);
    return { accounts: r.accountIdentifiers, preservedOn: r.preservedOn };
  };
  it.each([
    [
      '-----------------------------\nDet. Rowe - Mon, Nov 16, 2026 at 9:00 AM\n-----------------------------\nPlease preserve @kelpfinch and @kelpfinch2.\n\n-----------------------------\nSnap Law Enforcement - Thu, Nov 19, 2026 at 10:12 AM\n-----------------------------\nDone: we preserved the account @kelpfinch on Wednesday, Nov 18. Reference SNAP-LE-2611-0093.\n',
      { accounts: ['@kelpfinch'], preservedOn: '2026-11-18' },
    ],
    [
      '__________\nTikTok LERT | 19.11.2026 10:12\n__________\nDas Konto @moorlicht_5 wurde gesichert. Referenz: LERT-2611-330147.\n\n__________\nPK Brandt | 18.11.2026 09:00\n__________\nBitte sichern Sie @moorlicht_5 und @schilfrohr_2.\n',
      { accounts: ['@moorlicht_5'], preservedOn: '2026-11-19' },
    ],
    [
      '*****\nReddit Legal — Nov 19, 2026, 3:40 PM\n*****\nWe have preserved the account u/glasswing_owl. Reddit reference: RDT-2611-90412.\n',
      { accounts: ['u/glasswing_owl'], preservedOn: '2026-11-19' },
    ],
  ])('reads the provider\'s message and its date: %s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });

  it.each([
    [
      // A heading framed by rules, no time: no header.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\n-----\nSummary - preserved accounts\n-----\nWe preserved the account @kelpfinch on November 18, 2026. Reference SNAP-LE-2611-0093.\n',
      { accounts: ['@kelpfinch'], preservedOn: '2026-11-18' },
    ],
    [
      // A line with a time under a rule but none over it: a row of the provider's text.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved the account @kelpfinch. Reference SNAP-LE-2611-0093.\nLogged - Nov 17, 2026 at 10:12 AM\n-----\n',
      { accounts: ['@kelpfinch'], preservedOn: '2026-11-19' },
    ],
    [
      // A header as before.
      'From: Reddit Legal <legal@reddit.com>\nDate: Thu, 19 Nov 2026 15:40:00 -0800\n\n-----\nWe have preserved the account u/glasswing_owl. Reddit reference: RDT-2611-90412.\n-----\n',
      { accounts: ['u/glasswing_owl'], preservedOn: '2026-11-19' },
    ],
  ])('reads other rules as before: %s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe('a help desk\'s thread: its reply marker is no message\'s start, and a header under one rule starts one', () => {
  const dated = (text: string) => {
    const r = parseProviderEmail(text, NOW);
    return { references: r.references, accounts: r.accountIdentifiers, preservedOn: r.preservedOn };
  };
  it.each([
    [
      'From: Discord <lawenforcement@discord.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\n---- Please reply above this line ----\n\nDiscord LE  |  Nov 19, 2026 10:12 AM PST\n\nWe preserved the account ember.skiff on November 18, 2026. Reference DSC-2611-7741.\n\n--------------------------------\nDet. Rowe  |  Nov 16, 2026 9:00 AM PST\n\nPlease preserve ember.skiff and skiff.ember. Case 26-44871.\n',
      { references: ['DSC-2611-7741'], accounts: ['ember.skiff'], preservedOn: '2026-11-18' },
    ],
    [
      'Von: TikTok LERT <lert@tiktok.com>\nDatum: 19.11.2026 10:12\n\n-- Bitte antworten Sie oberhalb dieser Zeile --\n\nWir haben das Konto @moorlicht_5 am 18.11.2026 gesichert. Referenz: LERT-2611-330147.\n',
      { references: ['LERT-2611-330147'], accounts: ['@moorlicht_5'], preservedOn: '2026-11-18' },
    ],
    [
      '--------------------------------\nSnap LE  |  Nov 19, 2026 10:12 AM\n\nDone: we preserved the account @kelpfinch on Wednesday, Nov 18. Reference SNAP-LE-2611-0093.\n\n--------------------------------\nDet. Rowe  |  Nov 16, 2026 9:00 AM\n\nPlease preserve @kelpfinch and @kelpfinch2.\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'], preservedOn: '2026-11-18' },
    ],
  ])('reads the provider\'s message: %s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });

  it.each([
    [
      // A forwarded message's separator still starts the provider's message.
      'Over to you.\n\n---------- Forwarded message ----------\nFrom: Snap Law Enforcement <le@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved the account @kelpfinch on November 18, 2026. Reference SNAP-LE-2611-0093.\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'], preservedOn: '2026-11-18' },
    ],
    [
      // A rule over a line with a time that has text right under it: the provider's own row.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\nWe preserved the account @kelpfinch. Reference SNAP-LE-2611-0093.\n--------------------------------\nLogged - Nov 17, 2026 at 10:12 AM\nby the LE desk.\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'], preservedOn: '2026-11-19' },
    ],
    [
      // A dashed line of other words is a separator as before: the provider's message is the one under it.
      'Det. Rowe: see below.\n\n-------- Original Message --------\nFrom: Reddit Legal <legal@reddit.com>\nDate: Thu, 19 Nov 2026 15:40:00 -0800\n\nWe have preserved the account u/glasswing_owl. Reddit reference: RDT-2611-90412.\n',
      { references: ['RDT-2611-90412'], accounts: ['u/glasswing_owl'], preservedOn: '2026-11-19' },
    ],
  ])('reads other rules and separators as before: %s', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe('"write to" a verb says why the provider writes, not where to write', () => {
  it.each([
    ['We write to confirm that we have preserved the account jay.moss@outlook.com. Reference MS-LE-2611-0441.', ['jay.moss@outlook.com']],
    ['We write to you to let you know that the number +44 7700 900123 has been preserved. Reference WA-PR-880134.', ['+44 7700 900123']],
    ['I write to inform you that the account @brisa.lenta (ID 7301928374650099999) has been preserved. Ref TT-PRS-7715099.', ['@brisa.lenta', '7301928374650099999']],
  ])('proposes the accounts of the sentence: %s', (body, accounts) => {
    expect(read(`From: LE Response <le@provider.example>\nDate: 19 Nov 2026 10:12\n\n${body}\n`).accounts).toEqual(accounts);
  });

  it.each([
    ['We have preserved the account @brisa.lenta. Reference TT-PRS-7715099.\n\nFor questions, write to le.questions@tiktok.com.', ['@brisa.lenta']],
    ['We have preserved the account @brisa.lenta. Reference TT-PRS-7715099.\n\nPlease write to us at lert.desk@gmail.com with any follow-up.', ['@brisa.lenta']],
    ['We have preserved the account @brisa.lenta. Reference TT-PRS-7715099.\n\nTo reach us, write to +1 650 555 0100 on WhatsApp.', ['@brisa.lenta']],
  ])('still sets aside the addresses a contact sentence gives: %s', (body, accounts) => {
    expect(read(`From: LE Response <le@provider.example>\nDate: 19 Nov 2026 10:12\n\n${body}\n`).accounts).toEqual(accounts);
  });
});

describe('a list item\'s name and its id in brackets: both the account\'s', () => {
  it.each([
    ['The following accounts were preserved on November 18, 2026:\n\n  GlassHeron_7 (5510293371)\n  GlassHeron_8 (5510293372)', ['GlassHeron_7', '5510293371', 'GlassHeron_8', '5510293372']],
    ['Wir haben folgende Konten gesichert:\n\n- Moorlicht_Fuchs (884201937746591711)', ['Moorlicht_Fuchs', '884201937746591711']],
    ['Accounts preserved:\n  ember.skiff (1177002233445566778)\n  skiff_ember (1177002233445566779)', ['ember.skiff', '1177002233445566778', 'skiff_ember', '1177002233445566779']],
  ])('proposes the name and the id: %s', (body, accounts) => {
    expect(read(`From: LE Response <le@provider.example>\nDate: 19 Nov 2026 10:12\n\nReference PRV-2611-0042.\n\n${body}\n`).accounts).toEqual(accounts);
  });

  it.each([
    // A count in brackets, not an id.
    ['The following accounts were preserved on November 18, 2026:\n\n  GlassHeron_7 (3 devices)', ['GlassHeron_7']],
    // A year in brackets.
    ['The following accounts were preserved:\n\n  GlassHeron_7 (2026)', ['GlassHeron_7']],
    // The list the officer asked for, restated: none of it.
    ['Your request listed these accounts:\n\n  GlassHeron_7 (5510293371)\n\nWe preserved the account @heron.glass.', ['@heron.glass']],
  ])('proposes no other bracket\'s number: %s', (body, accounts) => {
    expect(read(`From: LE Response <le@provider.example>\nDate: 19 Nov 2026 10:12\n\nReference PRV-2611-0042.\n\n${body}\n`).accounts).toEqual(accounts);
  });
});

describe('a number in the brackets of what the addressee\'s possessive names is the addressee\'s', () => {
  // An extension's e-mail, where the earlier and the new numbers are both read.
  const head = 'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\nSubject: Extension - new reference SNAP-LE-2611-0093\n\nSnap has extended the preservation of the account @kelpfinch, first preserved on 20 August 2026 under reference SNAP-LE-2608-0011.\n\nNew reference: SNAP-LE-2611-0093\n\n';
  it.each([
    'Your investigation (Op KESTREL, NCA ref NC2611004471) is noted on our file.',
    'Your case file\n(Metro Cyber, MCU ref MC2611008812) is noted.',
    'Your operation (Op HALCYON, AFP ref AF2611007731) has been recorded.',
  ])('proposes only the provider\'s reference: %s', (tail) => {
    expect(read(`${head}${tail}\n`).references).toEqual(['SNAP-LE-2611-0093']);
  });

  it.each([
    ['From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nYour preservation (reference SNAP-LE-2611-0093) is in place for @kelpfinch.\n', ['SNAP-LE-2611-0093']],
    ['From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nWe preserved the account @kelpfinch for your request (reference SNAP-LE-2611-0093).\n', ['SNAP-LE-2611-0093']],
    ['From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nWe preserved the account @kelpfinch. Our file (ref SNAP-LE-2611-0093) is open.\n', ['SNAP-LE-2611-0093']],
  ])('keeps the provider\'s own number in brackets: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});

describe('a flattened mobile copy: a field name that ends a longer label ("Hold Date:", "Reference Number:") is no header field', () => {
  const flat = (body: string) =>
    `Fwd: Preservation confirmation ---------- Begin forwarded message: From: Discord Law Enforcement <lawenforcement@discord.com> Date: November 19, 2026 at 10:12:00 AM PST To: rowe@metro-pd.example.gov Subject: Preservation confirmation Hello, This email confirms that Discord has preserved the data of the following account: ${body} Discord will retain the preserved data for 90 days. Sent from my iPhone  Sgt Ana Rowe, Metro PD`;
  const dated = (text: string) => {
    const r = parseProviderEmail(text, NOW);
    return { references: r.references, preservedOn: r.preservedOn, emailDate: r.emailDate?.day ?? null };
  };
  it.each([
    ['Username: ember.skiff Hold Date: November 17, 2026 Reference Number: DSC-2611-7741', '2026-11-17'],
    ['Username: ember.skiff Completion Date: November 16, 2026 Reference Number: DSC-2611-7741', '2026-11-16'],
    ['Username: ember.skiff Effective Date: November 15, 2026 Reference Number: DSC-2611-7741', '2026-11-15'],
  ])('reads the labelled date as the preservation\'s: %s', (body, day) => {
    expect(dated(flat(body))).toEqual({ references: ['DSC-2611-7741'], preservedOn: day, emailDate: '2026-11-19' });
  });

  it.each([
    // The header's own fields still part: a name before "Date:" is the To field's.
    ['Fwd: Preservation ---------- Begin forwarded message: From: Discord Law Enforcement <lawenforcement@discord.com> To: Sgt Ana Rowe Date: November 19, 2026 at 10:12:00 AM PST Subject: Preservation confirmation Hello, We preserved the account ember.skiff on November 18, 2026. Reference Number: DSC-2611-7741. Discord will retain the preserved data for 90 days. Thanks, Discord LE Sent from my iPhone', '2026-11-18'],
    // A preservation sentence with no labelled date: the sentence's date.
    ['Fwd: Preservation ---------- Begin forwarded message: From: Discord Law Enforcement <lawenforcement@discord.com> Date: November 19, 2026 at 10:12:00 AM PST To: rowe@metro-pd.example.gov Subject: Preservation confirmation Hello, We preserved the account ember.skiff on November 18, 2026 under reference DSC-2611-7741. Discord will retain the preserved data for 90 days. Sent from my iPhone  Sgt Ana Rowe, Metro PD', '2026-11-18'],
    // No stated date: the e-mail's own.
    ['Fwd: Preservation ---------- Begin forwarded message: From: Discord Law Enforcement <lawenforcement@discord.com> Date: November 19, 2026 at 10:12:00 AM PST To: rowe@metro-pd.example.gov Subject: Preservation confirmation Hello, We have preserved the account ember.skiff. Reference Number: DSC-2611-7741. Discord will retain the preserved data for 90 days. Sent from my iPhone  Sgt Ana Rowe, Metro PD', '2026-11-19'],
  ])('reads the header and the other dates as before: %s', (text, day) => {
    expect(dated(text)).toEqual({ references: ['DSC-2611-7741'], preservedOn: day, emailDate: '2026-11-19' });
  });
});

describe('an extension\'s sentence: a clause relating to the preservation dates the first preservation', () => {
  const ext = (body: string) => {
    const r = parseProviderEmail(`From: LE Response <le@snapchat.com>\nDate: Thu, 19 Nov 2026 10:12:00 -0800\n\n${body}\n`, NOW);
    return { preservedOn: r.preservedOn, requestedOn: r.confirmations[0]?.extension?.requestedOn ?? null };
  };
  it.each([
    ['Snap has extended the hold SNAP-LE-2608-0011, which we placed on August 20, 2026, for a further 90 days.\n\nExtension processed: November 18, 2026', { preservedOn: '2026-08-20', requestedOn: '2026-11-18' }],
    ['We extended the preservation that was completed on 21 August 2026 for the account u/glasswing_owl under reference RDT-2608-5501.\n\nExtension completed: 18 November 2026', { preservedOn: '2026-08-21', requestedOn: '2026-11-18' }],
    ['Google has extended preservation 48213967, which was processed on 8/14/2026, by 90 days.\n\nExtension date: 11/18/2026', { preservedOn: '2026-08-14', requestedOn: '2026-11-18' }],
  ])('reads the first preservation\'s date and the extension\'s: %s', (body, expected) => {
    expect(ext(body)).toEqual(expected);
  });

  it.each([
    ['Your extension of preservation SNAP-LE-2608-0011 was processed on November 18, 2026.', '2026-11-18'],
    ['We extended the preservation SNAP-LE-2608-0011 on November 18, 2026.', '2026-11-18'],
    ['The extension, which we processed on November 18, 2026, applies to preservation SNAP-LE-2608-0011.', '2026-11-18'],
  ])('reads the extension\'s own date as before: %s', (body, requestedOn) => {
    expect(ext(body).requestedOn).toEqual(requestedOn);
  });
});

describe('a backtick quotes a name as a quote mark does', () => {
  const body = (sentence: string) => `From: LE Response <le@provider.example>\nDate: 19 Nov 2026 10:12\n\n${sentence} Reference PRV-2611-0042.\n`;
  it.each([
    ['We preserved the account `quill-forge` as of today.', ['quill-forge']],
    ['Done: the handle `heronglass` is on hold now.', ['heronglass']],
    ['preserved the accounts `moth-lantern` and `lantern-moth`.', ['moth-lantern', 'lantern-moth']],
  ])('proposes the name: %s', (sentence, accounts) => {
    expect(read(body(sentence)).accounts).toEqual(accounts);
  });

  it.each([
    // A command in backticks, no account word before it.
    ['We preserved the account @kelpfinch; run `git log` to see it.', ['@kelpfinch']],
    // Named as no account.
    ['We preserved the account @kelpfinch. The org `kelp-labs` is not a user account.', ['@kelpfinch']],
    // A repository's name after its own word.
    ['We preserved the account @kelpfinch and the repository `kelp-tools`.', ['@kelpfinch']],
  ])('proposes no other backticked word: %s', (sentence, accounts) => {
    expect(read(body(sentence)).accounts).toEqual(accounts);
  });
});

describe('an account\'s fate: the provider confirms the account the request named without naming it again', () => {
  const request = (names: string) =>
    `\n\nFrom: Det. Ana Rowe <rowe@metro-pd.example.gov>\nSent: Monday, November 16, 2026 9:00 AM\nTo: LE Response\nSubject: preservation\n\nPlease preserve ${names}. Case MPD-26-55120.\nDet. Ana Rowe | Metro PD | (555) 555-0142\n`;
  const reply = (sentence: string) => `From: Snap Law Enforcement <le@snapchat.com>\nSent: Thursday, November 19, 2026 10:12 AM\nTo: Rowe, Ana\nSubject: RE: preservation [SNAP-LE-2611-0093]\n\nHi Det. Rowe,\n\n${sentence}\n\nSnap LE`;
  it.each([
    [reply('all done - we preserved the account this morning.') + request('kelp.finch@gmail.com'), ['kelp.finch@gmail.com']],
    [reply('The accounts you listed are now preserved for 90 days.') + request('kelp.finch@gmail.com and finch.kelp@outlook.com'), ['kelp.finch@gmail.com', 'finch.kelp@outlook.com']],
    [reply('Both users are now on hold.') + request('Discord users 1177002233445566778 and 1177002233445566779'), ['1177002233445566778', '1177002233445566779']],
  ])('proposes the request\'s accounts: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });

  it.each([
    // The provider names what it preserved: only that.
    [reply('we preserved the account kelp.finch@gmail.com.') + request('kelp.finch@gmail.com and finch.kelp@outlook.com'), ['kelp.finch@gmail.com']],
    // One of the request's names refused: nothing taken from the request.
    [reply('we preserved the account; the second address was not found.') + request('kelp.finch@gmail.com and finch.kelp@outlook.com'), []],
    // No noun of an account: nothing said of the request's names.
    [reply('we preserved data under the reference above.') + request('kelp.finch@gmail.com'), []],
  ])('proposes nothing the provider did not confirm: %s', (text, accounts) => {
    expect(read(text).accounts).toEqual(accounts);
  });
});

describe('an account\'s fate: the request quoted inside the provider\'s reply, confirmed by a pronoun', () => {
  const head = 'From: LE Response <le@provider.example>\nDate: 19 Nov 2026 10:12\n\nhey,\n\n';
  it.each([
    ['> can you preserve user 1177002233445566778 (case 26-4471)?\n\nyep, preserved it. ref DSC-2611-7741', ['1177002233445566778']],
    ['> Please preserve u/glasswing_owl.\n\nDone, we have preserved it. Reddit ref RDT-2611-90412.', ['u/glasswing_owl']],
    ['> Could you freeze the accounts kelp.finch@gmail.com and finch.kelp@gmail.com?\n\nWe preserved both. Reference GO-2611-55120.', ['kelp.finch@gmail.com', 'finch.kelp@gmail.com']],
  ])('proposes the quoted request\'s accounts: %s', (body, accounts) => {
    expect(read(`${head}${body}\n`).accounts).toEqual(accounts);
  });

  it.each([
    // The provider names the one it preserved.
    ['> Please preserve @kelpfinch and @kelpfinch2.\n\nWe preserved it for @kelpfinch only. Ref SNAP-LE-2611-0093.', ['@kelpfinch']],
    // No pronoun of the account: nothing said of the quoted names.
    ['> Please preserve user 1177002233445566778.\n\nThanks, we got it. The preservation is done under ref DSC-2611-7741.', []],
    // One of them refused.
    ['> Please preserve @kelpfinch and @kelpfinch2.\n\nWe preserved it, but @kelpfinch2 was not found. Ref SNAP-LE-2611-0093.', []],
  ])('proposes no other quoted name: %s', (body, accounts) => {
    expect(read(`${head}${body}\n`).accounts).toEqual(accounts);
  });
});

describe('a help desk\'s notification: each update a display name over its stamp with the year, then a blank line', () => {
  it.each([
    [
      'Zendesk Support <support@discord.zendesk.com>\nNov 18, 2026, 4:41 PM (13 days ago)\nto me\n\n##- Please type your reply above this line -##\n\nYour request (48812) has been updated.\n\nDiscord Trust & Safety\nNov 18, 2026, 16:41 PST\n\nHi there, we\'ve preserved user 1190044556677889900 (username "mossy.vale") on Nov 18. You may reference ticket 48812.\n\nDet. Ruiz\nNov 17, 2026, 10:02 PST\n\nPlease preserve user 1190044556677889900 and server 1188000000000000001. Case 26-CR-7781.\n',
      { references: ['48812'], accounts: ['1190044556677889900', 'mossy.vale'] },
    ],
    [
      'Reddit Legal\nNov 19, 2026 3:40 PM PST\n\nWe preserved the account u/glasswing_owl. Reddit reference: RDT-2611-90412.\n\nDet. Okafor\nNov 18, 2026 8:15 AM PST\n\nPlease preserve u/glasswing_owl and u/dusk_heron. Case PD-26-44871.\n',
      { references: ['RDT-2611-90412'], accounts: ['u/glasswing_owl'] },
    ],
    [
      'TikTok LERT\n19.11.2026 10:12\n\nDas Konto @moorlicht_5 wurde gesichert. Referenz: LERT-2611-330147.\n\nPK Brandt\n18.11.2026 09:00\n\nBitte sichern Sie die Konten @moorlicht_5 und @schilfrohr_2. Vorgang ST4-2611-0042.\n',
      { references: ['LERT-2611-330147'], accounts: ['@moorlicht_5'] },
    ],
  ])('reads the provider\'s update, not the officer\'s: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      // One such header only: the notification's single update, read with the header above it as before.
      'From: X Legal Support <legal-support@x.com>\nDate: Fri, 20 Nov 2026 14:10:55 -0800\n\nYour request (#04417729) has been updated.\n\nX Legal Support (Support)\nNov 20, 2026, 2:10 PM PST\n\nX Corp. has processed your preservation request.\n\nX Case Number: LR-11-8820359\nAccount(s): @sallow_meridian\n',
      { references: ['LR-11-8820359'], accounts: ['@sallow_meridian'] },
    ],
    [
      // A signature with a dated line at the end, once.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nWe preserved the account @kelpfinch. Reference SNAP-LE-2611-0093.\n\nSnap LE\nNov 19, 2026 10:12 AM\n\nConfidential.\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'] },
    ],
    [
      // Stamps without a year: not this shape.
      'From: Snap Law Enforcement <le@snapchat.com>\nDate: 19 Nov 2026 10:12\n\nWe preserved the account @kelpfinch. Reference SNAP-LE-2611-0093.\n\nSnap LE\nNov 19, 10:12 AM\n\nThanks.\n\nSnap LE\nNov 18, 9:00 AM\n\nReceived.\n',
      { references: ['SNAP-LE-2611-0093'], accounts: ['@kelpfinch'] },
    ],
  ])('reads other dated lines as before: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('who wrote it: a number written only in the lines the provider quotes from the request is the officer\'s', () => {
  const reply = (body: string) => `From: LE Response <le@provider.example>\nDate: Wed, 18 Nov 2026 17:05:11 -0800\n\nHi Officer Grant,\n\n${body}\n`;
  it.each([
    ['> Requested accounts:\n> - pinterest.com/fernwhistle\n> Case: CPD-26-88120\n\nStatus:\n- pinterest.com/fernwhistle: preserved on November 18, 2026\n\nReference: PIN-LE-66120', ['PIN-LE-66120']],
    ['> Bitte sichern Sie das Konto @moorlicht_5.\n> Vorgang: KPI-2026-4411\n\nDas Konto @moorlicht_5 wurde gesichert. Referenz: LERT-2611-330147.', ['LERT-2611-330147']],
    ['> Please preserve jay.moss@outlook.com. Case: MPD-26-55120\n\nPreserved jay.moss@outlook.com on November 18, 2026. Reference: MSFT-LE-2611-0042.', ['MSFT-LE-2611-0042']],
  ])('proposes only the provider\'s reference: %s', (body, references) => {
    expect(read(reply(body)).references).toEqual(references);
  });

  it.each([
    // The provider's own confirmation quoted again.
    ['Our confirmation is below.\n\n> We have preserved the account @kelpfinch under reference SNAP-LE-2611-0094.', ['SNAP-LE-2611-0094']],
    // A number quoted and written again in the provider's own text.
    ['> please preserve @kelpfinch under ticket 88120457\n\nThe account @kelpfinch is preserved under ticket 88120457.', ['88120457']],
    // The whole message quoted by the officer who forwarded it.
    ['> From: Reddit Legal <legal@reddit.com>\n> We have preserved u/glasswing_owl. Reddit reference: RDT-2611-90412.', ['RDT-2611-90412']],
  ])('keeps the provider\'s own numbers: %s', (body, references) => {
    expect(read(reply(body)).references).toEqual(references);
  });
});

describe('who wrote it: a reply pointing at the provider\'s earlier message is read with it', () => {
  const earlier = (ref: string) =>
    `\n\nFrom: Snap Law Enforcement <le@snapchat.com>\nSent: Tuesday, November 17, 2026 9:03 AM\nTo: Det. Rowe <rowe@metro-pd.example.gov>\nSubject: RE: preservation\n\nHello, we have received your request and assigned it the number ${ref}. We will confirm once the preservation is complete.\n\nSnap LE\n`;
  const latest = (subject: string, body: string) =>
    `From: Snap Law Enforcement <le@snapchat.com>\nSent: Thursday, November 19, 2026 11:20 AM\nTo: Det. Rowe <rowe@metro-pd.example.gov>\nSubject: ${subject}\n\n${body}\n\nSnap LE`;
  const dated = (text: string) => {
    const r = parseProviderEmail(text, NOW);
    return { references: r.references, preservedOn: r.preservedOn };
  };
  it.each([
    [latest('RE: [Ticket 00388201] preservation', 'The preservation described in our earlier email is now complete (done on November 18, 2026) for @kelpfinch.') + earlier('SNAP-LE-2611-0093')],
    [latest('RE: [Case 01234567] preservation', 'As promised in our previous message, the account @kelpfinch was preserved on November 18, 2026.') + earlier('SNAP-LE-2611-0093')],
    [latest('RE: preservation #55120981', 'Update to our prior reply: the account @kelpfinch was preserved on November 18, 2026.') + earlier('SNAP-LE-2611-0093')],
  ])('takes the reference the earlier message assigned: %s', (text) => {
    expect(dated(text)).toEqual({ references: ['SNAP-LE-2611-0093'], preservedOn: '2026-11-18' });
  });

  it.each([
    // The body names its own reference: the earlier receipt's number is not read.
    [latest('RE: preservation', 'The account @kelpfinch is now preserved, reference SNAP-LE-2611-0095 (our earlier email gave the receipt number).') + earlier('SNAP-RC-2611-0001'), ['SNAP-LE-2611-0095']],
    // No pointer: the latest alone.
    [latest('RE: [Ticket 00388202] preservation', 'The account @kelpfinch was preserved on November 18, 2026.') + earlier('SNAP-LE-2611-0096'), ['00388202']],
    // A pointer, no earlier message of the provider's.
    [latest('RE: [Ticket 00388203] preservation', 'As said in our earlier email, the account @kelpfinch was preserved on November 18, 2026.'), ['00388203']],
  ])('reads the latest message alone otherwise: %s', (text, references) => {
    expect(dated(text).references).toEqual(references);
  });
});

describe('an account\'s fate: an item\'s status after a dash on its own line', () => {
  const head = 'From: Google LIS <lis-noreply@google.com>\nDate: Wed, 18 Nov 2026 19:41:00 -0800\n\nGoogle has preserved the Google Account(s) listed below under reference 51022870.\n\n';
  it.each([
    ['Account: ambre.lueur@gmail.com — preserved\nAccount: lueur.ambre@gmail.com — no account found', ['ambre.lueur@gmail.com']],
    ['Username: "kelpfinch" — preserved\nUsername: "kelpfinch2" — account not located', ['kelpfinch']],
    ['User ID: 1177002233445566778 — preserved\nUser ID: 1177002233445566779 — could not be found', ['1177002233445566778']],
  ])('proposes only the preserved items: %s', (body, accounts) => {
    expect(read(`${head}${body}\n`).accounts).toEqual(accounts);
  });

  it.each([
    // Preserved, whatever the dash.
    ['Account: ambre.lueur@gmail.com — preserved\nAccount: lueur.ambre@gmail.com — preserved', ['ambre.lueur@gmail.com', 'lueur.ambre@gmail.com']],
    // A status that names another account is that account's.
    ['Account: ambre.lueur@gmail.com — preserved; we found no account for amber.glow@gmail.com', ['ambre.lueur@gmail.com']],
    // A dash with no denial after it.
    ['Account: ambre.lueur@gmail.com — hold placed on November 18, 2026', ['ambre.lueur@gmail.com']],
  ])('keeps an item its dash does not refuse: %s', (body, accounts) => {
    expect(read(`${head}${body}\n`).accounts).toEqual(accounts);
  });
});

describe('who wrote it: an officer greeted at a line\'s start is addressed, not signing', () => {
  const mail = (line: string) => `From: Coinbase Legal <subpoenas@coinbase.com>\nDate: Thu, 19 Nov 2026 16:20:00 -0800\n\n${line}\n`;
  it.each([
    ['Hi Det. Ng, the account associated with frostkite@proton.me has been preserved. Reference CB-LE-2611-0371.', ['frostkite@proton.me']],
    ['Dear Officer Grant, we preserved the account +44 7700 900123 under WA-PR-880135.', ['+44 7700 900123']],
    ['Hello Sgt Rowe: the account quill.heron@gmail.com is preserved under reference GO-2611-55121.', ['quill.heron@gmail.com']],
  ])('proposes the account of the line: %s', (line, accounts) => {
    expect(read(mail(line)).accounts).toEqual(accounts);
  });

  it.each([
    // The officer's own details after the account in the line are still theirs.
    ['We preserved the account quill.heron@gmail.com. Det. Ng (k.ng.pd@gmail.com) requested it. Reference GO-2611-55122.', ['quill.heron@gmail.com']],
    // A signature line with a rank.
    ['We preserved the account quill.heron@gmail.com. Reference GO-2611-55123.\n\nDet. Kai Ng, k.ng.pd@gmail.com', ['quill.heron@gmail.com']],
    // A greeting with no officer: as before.
    ['Hi there, the account quill.heron@gmail.com is preserved. Reference GO-2611-55124.', ['quill.heron@gmail.com']],
  ])('reads other lines as before: %s', (line, accounts) => {
    expect(read(mail(line)).accounts).toEqual(accounts);
  });
});
