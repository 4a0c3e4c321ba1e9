import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { readSource } from '../../../register/email/text';

/**
 * Mechanisms of round 53: each shown on invented mail in wordings and layouts not in the development sets, with
 * look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-04T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const byReference = (text: string) => Object.fromEntries(read(text).confirmations.map((c) => [c.reference, { day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }]));

const HEADER = (from: string, subject: string, date = 'Tue, 24 Nov 2026 16:20:41 +0100', to = 'KOK Jan Brandt <j.brandt@polizei.example.de>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('a business letter\'s own-reference line ("Unser Zeichen", "Nasz znak", "Naše značka")', () => {
  it.each([
    ['Unser Zeichen:', 'Ihr Zeichen:'],
    ['Nasz znak:', 'Wasz znak:'],
    ['Naše značka:', 'Č.j.'],
  ])('names the provider\'s number beside the agency\'s (%s)', (ours, theirs) => {
    const text =
      HEADER('Rechtsabteilung <legal@paybank.example>', 'Sicherung') +
      `${theirs} KP-77/2026\n${ours} PB-LE-2611-48120\n\nSehr geehrter Herr Brandt,\n\nwir haben die Daten zum Konto finn.arndt@posteo.de am 23.11.2026 gesichert.\n\nMit freundlichen Grüßen\nRechtsabteilung\n`;
    expect(Object.keys(byReference(text))).toEqual(['PB-LE-2611-48120']);
  });
});

describe('a receipt acknowledged in Polish, Czech or German', () => {
  it.each([
    'potwierdzamy otrzymanie wniosku o zabezpieczenie danych konta „bursztyn_77”. Wniosek został zarejestrowany pod numerem ZB/2026/55120; wykonanie zabezpieczenia potwierdzimy odrębną wiadomością.',
    'Ihr Ersuchen zur Sicherung der Daten des Kontos „bursztyn_77“ wurde unter der Nummer ZB/2026/55120 registriert. Die Durchführung der Sicherung bestätigen wir gesondert.',
  ])('confirms nothing: %s', (sentence) => {
    const text = HEADER('Zespół Prawny <prawny@marketplace.example.pl>', 'Potwierdzenie – ZB/2026/55120') + `Szanowni Państwo,\n\n${sentence}\n\nZ poważaniem\nZespół Prawny\n`;
    expect(read(text).confirmations).toEqual([]);
  });

  it('still confirms a preservation made, where the request was registered too', () => {
    const text =
      HEADER('Zespół Prawny <prawny@marketplace.example.pl>', 'Zabezpieczenie – ZB/2026/55120') +
      'Szanowni Państwo,\n\nwniosek zarejestrowano pod numerem ZB/2026/55120. Dane konta „bursztyn_77” zostały zabezpieczone w dniu 23.11.2026.\n\nZ poważaniem\nZespół Prawny\n';
    expect(Object.keys(byReference(text))).toEqual(['ZB/2026/55120']);
  });
});

describe('a German "no customer account" for one of the addresses', () => {
  it('keeps that address out, the preserved ones in', () => {
    const text =
      HEADER('Team Behördenanfragen <behoerden@gmx.net>', 'Sicherung LE-220417-GMX') +
      'Sehr geehrte Damen und Herren,\n\nwir haben die Sicherung der Daten zum Postfach lena.moor@gmx.de veranlasst.\n\n' +
      'Zu der Adresse moor.lena@gmx.at besteht bei uns kein Kundenkonto.\n\nVorgangsnummer: LE-220417-GMX\n';
    expect(byReference(text)['LE-220417-GMX']?.accounts).toEqual(['lena.moor@gmx.de']);
  });
});

describe('a phone number after "Rufnummer" or "Mobilnummer"', () => {
  it.each(['Rufnummer', 'Mobilnummer'])('is an account the provider names (%s)', (label) => {
    const text =
      HEADER('Team Behördenanfragen <behoerden@gmx.net>', 'Sicherung LE-220418-GMX') +
      `Sehr geehrte Damen und Herren,\n\nwir haben die Sicherung der Daten zu folgenden Kennungen veranlasst:\n\n1. Postfach lena.moor@gmx.de\n2. ${label} 0176 55512093 – als Kontakt zum Postfach hinterlegt und mitgesichert\n\nVorgangsnummer: LE-220418-GMX\n`;
    expect(byReference(text)['LE-220418-GMX']?.accounts).toEqual(['lena.moor@gmx.de', '0176 55512093']);
  });
});

describe('a gamertag in an aligned table', () => {
  it('ends at the column gap, the date column after it left out', () => {
    const text =
      HEADER('Microsoft Law Enforcement <lens@microsoft.com>', 'Preservation confirmed') +
      'Officer,\n\nThe following preservations are in place:\n\nReference      Service    Account                           Preserved\n' +
      'GCC-2200417    Outlook    moravia.fox@outlook.cz            November 20, 2026\nGCC-2200418    Xbox       Gamertag: Liska Z Brna 7          November 23, 2026\n\nMicrosoft Law Enforcement\n';
    const refs = byReference(text);
    expect(refs['GCC-2200418']?.accounts).toContain('Liska Z Brna 7');
    expect(refs['GCC-2200418']?.day).toBe('2026-11-23');
  });

  it('keeps its spaced name where the line ends after it', () => {
    const text =
      HEADER('Microsoft Law Enforcement <lens@microsoft.com>', 'Preservation confirmed GCC-2200419') +
      'Officer,\n\nWe preserved the Xbox profile under GCC-2200419 on November 23, 2026.\nGamertag: Liska Z Brna 7\n\nMicrosoft Law Enforcement\n';
    expect(byReference(text)['GCC-2200419']?.accounts).toEqual(['Liska Z Brna 7']);
  });
});

describe('a notification footer naming its recipient', () => {
  it.each([
    'This email was sent to r.vidal@policia.example.es. Manage email preferences.',
    'Diese E-Mail wurde an r.vidal@policia.example.es gesendet.',
    'Cet e-mail a été envoyé à r.vidal@policia.example.es.',
  ])('names the officer, not an account: %s', (footer) => {
    const text =
      HEADER('Lodging Law Enforcement <lert-noreply@airbnb.com>', 'Preservation LERT-3310442') +
      `Hello,\n\nWe have preserved the account of the host with user ID 55120934 (lumen.host@example.net) on November 23, 2026 under LERT-3310442.\n\n${footer}\n`;
    expect(byReference(text)['LERT-3310442']?.accounts).toEqual(['55120934', 'lumen.host@example.net']);
  });
});

describe('a German status or sentence saying an address is no customer\'s', () => {
  it('keeps that address out of a status table ("kein Kunde") and a sentence ("keine Vertragsdaten")', () => {
    const text =
      HEADER('Behördenservice <behoerden@hosting.example.de>', 'Sicherung HS-2026-4471') +
      'Sehr geehrte Damen und Herren,\n\ndie Daten der folgenden Postfächer wurden am 12. November 2026 gesichert (Vorgang HS-2026-4471):\n\n' +
      'Postfach                          Status\nkontakt@gold-handel.example       gesichert\noffice@silber-handel.example      kein Kunde der Hosting AG\n\n' +
      'Zu dem Postfach office@silber-handel.example liegen uns keine Vertragsdaten vor.\n';
    expect(byReference(text)['HS-2026-4471']?.accounts).toEqual(['kontakt@gold-handel.example']);
  });
});

describe('a German letter that says it "arranged" the preservation, a contact number "also preserved"', () => {
  it('confirms, quoted under a colleague\'s note too', () => {
    const letter =
      'Sehr geehrte Damen und Herren,\n\nwir teilen mit, dass wir die Sicherung der zum Postfach jan.ried@gmx.de vorhandenen Daten veranlasst haben. Die hinterlegte Rufnummer 0151 22233344 wurde mitgesichert.\n\nVorgangsnummer: LE-330917-GMX\n\nMit freundlichen Grüßen\nTeam Behördenanfragen\n';
    const quoted = `Zur Ablage, siehe unten.\n\nSam\n\n${letter.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}`;
    for (const text of [letter, quoted]) expect(byReference(text)['LE-330917-GMX']?.accounts).toEqual(['jan.ried@gmx.de', '0151 22233344']);
  });
});

describe('"no new preservation … and no new case number" wrapped across lines', () => {
  it('still confirms nothing when a wrap parts "case" from "number"', () => {
    const text =
      HEADER('Meta Law Enforcement Response Team <records@records.facebook.com>', 'Your request') +
      'Please be advised that this account is already subject to an active\npreservation under Meta case number 9184470236, processed on 14 October\n2026. No new preservation has been made in response to this request and no new case\nnumber has been issued.\n';
    expect(read(text).confirmations).toEqual([]);
  });
});

describe('a British crime reference or CAD number', () => {
  it.each(['Crime Ref 5204418/26', 'CAD 3317/09NOV26', 'crime reference number 5204418/26'])('is the agency\'s, beside the provider\'s own number (%s)', (agency) => {
    const text =
      HEADER('Snap Law Enforcement Operations <lawenforcement@snapchat.com>', `RE: Preservation Request - ${agency}`) +
      `Hello DC Hale,\n\nRegarding ${agency}: on 12 November 2026 we preserved the account information for the username "kestrel_jayy04".\n\nYour Snap reference number for this request is 7730-1146-0298.\n`;
    expect(Object.keys(byReference(text))).toEqual(['7730-1146-0298']);
  });
});

describe('"Your … reference number for this request is …"', () => {
  it('is the provider\'s number given to the addressee', () => {
    const text =
      HEADER('Snap Law Enforcement Operations <lawenforcement@snapchat.com>', 'RE: Preservation Request') +
      'Hello,\n\nOn 12 November 2026 we preserved the account information for the username "kestrel_jayy04".\n\nYour Snap reference number for this request is 7730-1146-0298. Please quote it.\n';
    expect(byReference(text)).toEqual({ '7730-1146-0298': { day: '2026-11-12', accounts: ['kestrel_jayy04'] } });
  });
});

describe('a date the request gave for a name ("Username as at: 02/11/2026")', () => {
  it('is not the preservation date', () => {
    const text =
      HEADER('Law Enforcement Response Team <records@records.facebook.com>', 'Case 4411902837', 'Thu, 19 Nov 2026 16:07:33 +0000') +
      'Hello,\n\nCase #4411902837 – Instagram\n  Account: @velvet.corner.uk\n  Username as at: 02/11/2026 (as stated in your request)\n  Preserved on 18 November 2026.\n';
    expect(byReference(text)['4411902837']?.day).toBe('2026-11-18');
  });
});

describe('a Lithuanian label under a date ("Išsaugojimo data")', () => {
  it('does not make the date above it the preservation\'s', () => {
    const text =
      HEADER('Vinted Law Enforcement <teisesaugos@vinted.lt>', 'Request VNT-LE-26-0999', 'Tue, 03 Nov 2026 08:14:22 +0200') +
      'Vinted, UAB confirms that the data of the account below has been preserved.\n\nUžklausos numeris / Request number:     VNT-LE-26-0999\n' +
      'Užklausa gauta / Request received:      30/10/2026\nIšsaugojimo data / Preservation date:   02/11/2026\n\nUsername:    thrift_dub\n';
    expect(byReference(text)['VNT-LE-26-0999']?.day).toBe('2026-11-02');
  });
});

describe('a number the officer\'s own message calls "our reference"', () => {
  it('is the agency\'s, though the provider\'s subject repeats it beside its own', () => {
    const text =
      'From: Valve LE <le@valvesoftware.example>\nTo: EMSOU RCCU <rccu@emsou.police.example.uk>\nDate: Tue, 24 Nov 2026 10:02:11 -0800\nSubject: RE: VLV-LE-5581-2290 // hold // EMSOU RCCU ref EM/CY/26/0601\n\n' +
      'Hi,\n\nHold placed 24 November 2026 on the account with SteamID 76561198044120931 under VLV-LE-5581-2290.\n\nValve LE\n\n' +
      '-----Original Message-----\nFrom: EMSOU RCCU <rccu@emsou.police.example.uk>\nSent: 23 November 2026 15:40\nTo: Valve LE <le@valvesoftware.example>\nSubject: Preservation // EMSOU RCCU ref EM/CY/26/0601\n\n' +
      'Please preserve the Steam account 76561198044120931. Our reference EM/CY/26/0601.\n\nEMSOU RCCU\n';
    expect(Object.keys(byReference(text))).toEqual(['VLV-LE-5581-2290']);
  });

  it('stays the provider\'s where the provider\'s own message calls it "Our reference"', () => {
    const text =
      'From: Wallet Legal <legal@wallet.example.ph>\nTo: Cybercrime Unit <ccu@police.example.ph>\nDate: Tue, 10 Nov 2026 10:02:11 +0800\nSubject: Preservation of Account\n\n' +
      'Good day,\n\nWe have preserved the wallet account 09175550123 on 10 November 2026. The transactions you flagged (e.g. reference no. 9012345678901) form part of the preserved data.\n\nOur reference: WL-LE-26-00431\n\nWallet Legal\n';
    expect(Object.keys(byReference(text))).toContain('WL-LE-26-00431');
  });
});

describe('an unknown provider\'s reply above the request it answers', () => {
  it('ends where the request\'s own header starts: the request\'s other accounts stay out', () => {
    const text =
      'From: Fan Site Legal <legal@fansite.example>\nSent: 23 November 2026 17:45\nTo: POU SPOC <pou.spoc@met.police.example.uk>\nSubject: RE: Preservation\n\n' +
      'Hi,\n\nPreservation actioned for:\n\n@marigold_main (user id 402918836)\n\nour ref: fs-le-118347 - please quote this.\n\nThanks\nLegal Team\n\n' +
      '-----Original Message-----\nFrom: POU SPOC <pou.spoc@met.police.example.uk>\nSent: 21 November 2026 22:19\nTo: legal@fansite.example\nSubject: Preservation\n\n' +
      'Please preserve all account data for:\n\n1. @marigold_main\n2. @marigold_spare\n\nRegards\nPOU SPOC\n';
    expect(byReference(text)['fs-le-118347']?.accounts).toEqual(['@marigold_main', '402918836']);
  });
});

describe('an officer\'s reply above an unknown provider\'s confirmation', () => {
  it('leaves the confirmation under it read, its table\'s accounts and date', () => {
    const text =
      'From: McCann, Ciara <ciara.mccann@psni.police.example.uk>\nSent: 18 November 2026 12:40\nTo: Bank Law Enforcement <law.enforcement@bank.example>\nSubject: RE: Data retention request [BNK-LER-8827190]\n\n' +
      'Many thanks, received.\n\nCiara\n\n' +
      'From: Bank Law Enforcement <law.enforcement@bank.example>\nSent: 18 November 2026 11:57\nTo: McCann, Ciara <ciara.mccann@psni.police.example.uk>\nSubject: RE: Data retention request [BNK-LER-8827190]\n\n' +
      'Dear DC McCann,\n\nWe have applied a data retention hold to the customer records listed below.\n\n' +
      '| Bank ref         | Customer identifier | Preservation date |\n|------------------|---------------------|-------------------|\n| BNK-LER-8827190  | +44 7700 900874     | 17/11/2026        |\n| BNK-LER-8827190  | @danny_r7           | 17/11/2026        |\n\nKind regards,\nLaw Enforcement Liaison Team\n';
    expect(byReference(text)).toEqual({ 'BNK-LER-8827190': { day: '2026-11-17', accounts: ['+44 7700 900874', '@danny_r7'] } });
  });
});

describe('"Your case ID with us is …"', () => {
  it('is the provider\'s number, though "Your case" opens it', () => {
    const text =
      HEADER('Messenger Law Enforcement <lawenforcement@messenger.example>', 'RE: Request for data preservation') +
      'Dear Inspector,\n\nWe have preserved the information available for the account registered with the phone number +359 888 000 417.\n\nYour case ID with us is MLE-260771. Please quote it in any further correspondence.\n';
    expect(Object.keys(byReference(text))).toEqual(['MLE-260771']);
  });

  it('leaves "Your case number 2517/P/2026" the agency\'s', () => {
    const text =
      HEADER('Messenger Law Enforcement <lawenforcement@messenger.example>', 'RE: Request for data preservation') +
      'Dear Inspector,\n\nRegarding your case number 2517/P/2026: we have preserved the account +359 888 000 417 under MLE-260772.\n';
    expect(Object.keys(byReference(text))).toEqual(['MLE-260772']);
  });
});

describe('a raw header\'s encoded words', () => {
  it('are read as the names they encode, the header read as a header', () => {
    const text =
      'Return-Path: <lawenforcement@messenger.example>\nFrom: Messenger Law Enforcement <lawenforcement@messenger.example>\nTo: =?UTF-8?B?0J/QtdGC0YrRgCDQlNC40LzQuNGC0YDQvtCy?= <p.dimitrov@gdbop.example.bg>\n' +
      'Subject: RE: Request / =?UTF-8?B?0JjRgdC60LDQvdC1?= - DP 318/2026\nDate: Mon, 02 Nov 2026 23:41:09 +0100\nContent-Type: text/plain; charset="utf-8"\n\n' +
      'Dear Chief Inspector,\n\nWe have preserved the information for the account registered with +359 888 000 417. Our reference is MLE-260773.\n';
    const parsed = read(text);
    expect(parsed.emailDate?.day).toBe('2026-11-02');
    expect(parsed.confirmations.map((c) => [c.reference, c.preservedOn?.day])).toEqual([['MLE-260773', '2026-11-02']]);
  });

  it.each([
    ['=?UTF-8?B?0J/QtdGC0YrRgA==?=', 'Петър'],
    ['=?iso-8859-1?Q?M=FCller?=', 'Müller'],
    ['=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?=', 'Jürgen Müller'],
  ])('%s reads as %s', (encoded, name) => {
    expect(readSource(`From: ${encoded} <x@example.de>\nSubject: y\n\nbody\n`).text).toContain(`From: ${name} <x@example.de>`);
  });
});

describe('a policy in the same paragraph ("requests that name … generally cannot be actioned")', () => {
  it('denies none of the accounts the next sentence says were preserved', () => {
    const text =
      HEADER('Microsoft Law Enforcement <lens@microsoft.com>', 'Your request') +
      'Microsoft reviews every request; requests that name real persons alone generally cannot be actioned. In this case, our team was able to locate an Outlook.com account, mira.vale.1994@outlook.com, and an Xbox profile with the gamertag "Night Owl RO 3", and a preservation of the records associated with both was put in place on November 18, 2026 under our reference GCC-1482-77990.\n';
    expect(byReference(text)['GCC-1482-77990']?.accounts).toEqual(['mira.vale.1994@outlook.com', 'Night Owl RO 3']);
  });

  it('still lets a negated finding deny the account it names', () => {
    const text =
      HEADER('Microsoft Law Enforcement <lens@microsoft.com>', 'Your request') +
      'We preserved the account mira.vale.1994@outlook.com on November 18, 2026 under our reference GCC-1482-77991. The account mira.vale@hotmail.com could not be located.\n';
    expect(byReference(text)['GCC-1482-77991']?.accounts).toEqual(['mira.vale.1994@outlook.com']);
  });
});

describe('a period written as an adjective ("one additional 90-day period")', () => {
  it('is no account', () => {
    const text =
      HEADER('TikTok Law Enforcement <lawenforcement@tiktok.com>', 'Extension') +
      'We confirm that TikTok has extended the preservation of the account @chisinau.parts for one additional 90-day period. The extension took effect on 21 November 2026. Reference: TT-LE-2611-0091.\n';
    expect(read(text).confirmations.flatMap((c) => c.accounts.map((a) => a.value))).toEqual(['@chisinau.parts']);
  });
});

describe('a portal\'s own request number beside the provider\'s ("Portal request:", "TrackingID#")', () => {
  it('gives way to the provider\'s tracking ID', () => {
    const text =
      HEADER('Discord via Kodex <notifications@kodexglobal.com>', 'Discord updated your request KX-8R2P-11C4 – Preservation completed') +
      'Portal request: KX-8R2P-11C4\nTracking ID: DISC-61990\nStatus: Preservation completed on November 20, 2026\nUser ID: 1093384756610293847\n';
    expect(Object.keys(byReference(text))).toEqual(['DISC-61990']);
  });

  it('leaves a support footer\'s "TrackingID#…" out beside the case number', () => {
    const text =
      HEADER('Microsoft LENS <lens@microsoft.com>', 'LENS Case #26-0188001 | Xbox | Preservation processed') +
      'Case #: 26-0188001\nGamertag: Copper Fox 19\nPreservation processed: 11/19/2026\n\nTrackingID#2611190040001990\n';
    expect(Object.keys(byReference(text))).toEqual(['26-0188001']);
  });
});

describe('a forward\'s header wrapped at its width', () => {
  const forward = (to: string, subject: string) =>
    `Від: Коваль Андрій Петрович <a.koval@cyberpolice.example.gov.ua>\nНадіслано: 18 листопада 2026 р. 10:47\n${to}\n${subject}\n\nКолеги, прошу внести до реєстру.\n\nмоб. +380 67 000 4417 | Telegram: @koval_cyber_ua\n\n` +
    '________________________________\nFrom: Telegram LE Requests <le-requests@telegram.org>\nSent: 17 November 2026 21:03\nSubject: RE: Preservation request\n\n' +
    'Dear Senior Lieutenant Koval,\n\nWe have preserved the data of the channel @odesa_shop on 17 November 2026. Our reference: TG-LE-2611-0417.\n';
  it('reads the officer\'s note as the officer\'s, its signature left out, when "Кому:" and "Тема:" wrapped', () => {
    const text = forward(
      'Кому: Відділ аналітичного забезпечення\n<analytics@cyberpolice.example.gov.ua>',
      'Тема: FW: Preservation request - criminal proceeding No.\n12026100000001873',
    );
    expect(byReference(text)).toEqual({ 'TG-LE-2611-0417': { day: '2026-11-17', accounts: ['@odesa_shop'] } });
  });

  it('does not join a short subject with the label line under it', () => {
    const text =
      'Onderwerp: Preservation completed - Xbox - MS-IE-26-019900\nOnze referentie: PL0100-2026119900\n\nVan: Microsoft LENS <lens@microsoft.com>\nVerzonden: 20 november 2026\n\n' +
      'We have preserved the Xbox account with gamertag: Dune Fox 4 under MS-IE-26-019900 on 19 November 2026.\n';
    expect(Object.keys(byReference(text))).toEqual(['MS-IE-26-019900']);
  });
});

describe('a quoted-printable copy quoted under a note', () => {
  it('reads a soft break\'s next line without its quote marks', () => {
    const text = readSource('Note above.\n\n> On Fri, Nov 27, 2026 at 10:14 AM Ilze <ilze.liepina@vp.example=\n> .lv> wrote:\n> Content-Transfer-Encoding: quoted-printable\n').text;
    expect(text).toContain('<ilze.liepina@vp.example.lv> wrote:');
  });
});
