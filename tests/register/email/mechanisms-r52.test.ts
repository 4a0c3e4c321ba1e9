import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { readSource } from '../../../register/email/text';

/**
 * Mechanisms of round 52: each shown on invented mail in wordings and layouts not in the development sets, with
 * look-alikes that must keep their reading.
 */
const NOW = new Date('2026-12-04T12:00:00Z');
const read = (text: string) => parseProviderEmail(text, NOW);
const byReference = (text: string) => Object.fromEntries(read(text).confirmations.map((c) => [c.reference, { day: c.preservedOn?.day ?? null, accounts: c.accounts.map((a) => a.value) }]));

const HEADER = (from: string, subject: string, date = 'Tue, 24 Nov 2026 16:20:41 +0100', to = 'Insp. Lena Vogt <l.vogt@polizei.example.de>') =>
  `From: ${from}\nTo: ${to}\nDate: ${date}\nSubject: ${subject}\n\n`;

describe('a hold the provider keeps for another proceeding', () => {
  it.each([
    ['Note: this mailbox is already subject to a preservation from another proceeding (case MX-2026-0914-2201, preserved on 15.09.2026), which expires on 14.12.2026.'],
    ['Please be aware that an existing preservation of the same account (MX-2026-0914-2201) remains in place until 14.12.2026.'],
    ['Hinweis: Für dasselbe Postfach besteht bereits eine Sicherung aus einem anderen Verfahren (Vorgang MX-2026-0914-2201 vom 15.09.2026).'],
    ['À noter : une conservation existante (dossier MX-2026-0914-2201) couvre déjà ce compte jusqu\'au 14.12.2026.'],
  ])('is not proposed beside the one the message makes: %s', (note) => {
    const text =
      HEADER('Mailbox Legal <legal@gmx.net>', 'Preservation MX-2026-1124-7740') +
      `Dear Inspector Vogt,\n\nWe preserved the mailbox anna.kern@gmx.de on 24.11.2026 under our case MX-2026-1124-7740.\n\n${note}\n\nKind regards\nLegal team\n`;
    expect(byReference(text)).toEqual({ 'MX-2026-1124-7740': { day: '2026-11-24', accounts: ['anna.kern@gmx.de'] } });
  });

  it('is not proposed, nor its accounts, where an unrelated earlier hold is named with its number after "Ref. No."', () => {
    const text =
      HEADER('Google Legal Investigations Support <lis-noreply@google.com>', 'Google Ref. No. 60204417') +
      'Google has completed the preservation. Our reference is Google Ref. No. 60204417.\n\nAccounts preserved:\n  * quiet.heron.7@gmail.com\n\n' +
      'Our records show an earlier, unrelated preservation for the recovery address (old.heron@gmail.com), made under Google Ref. No. 59731906 on September 21, 2026.\n';
    expect(byReference(text)).toEqual({ '60204417': { day: '2026-11-24', accounts: ['quiet.heron.7@gmail.com'] } });
  });

  it('is still an extension\'s earlier number, where the message extends it', () => {
    const text =
      HEADER('Mailbox Legal <legal@gmx.net>', 'Extension MX-2026-0914-2201') +
      'Dear Inspector Vogt,\n\nAs requested, we have extended the existing preservation (case MX-2026-0914-2201) for a further 90 days.\n\nKind regards\nLegal team\n';
    expect(Object.keys(byReference(text))).toEqual(['MX-2026-0914-2201']);
  });
});

describe('a thread\'s title copied above a webmail conversation', () => {
  it('is the confirming message\'s subject: a preservation date only there is read', () => {
    const text =
      'Preservation done 11/09/2026 - Pinterest case PIN-LE-77120\nInbox\n\nPinterest Law Enforcement <lawenforcement@pinterest.com>\nWed, Nov 11, 2026, 9:12 AM\nto me\n\n' +
      'Hello Detective,\n\nWe have preserved the account pinterest.com/quietmaple_crafts under PIN-LE-77120.\nRequest received: 10/30/2026\n\nPinterest Law Enforcement\n';
    expect(byReference(text)).toEqual({ 'PIN-LE-77120': { day: '2026-11-09', accounts: ['pinterest.com/quietmaple_crafts'] } });
  });

  it('is the subject too when the conversation is forwarded whole under a separator', () => {
    const text =
      'Sent from my phone\n\nBegin forwarded message:\n\nPreservation done 11/09/2026 - Pinterest case PIN-LE-77120\nInbox\n\nPinterest Law Enforcement <lawenforcement@pinterest.com>\nWed, Nov 11, 2026, 9:12 AM\nto me\n\n' +
      'Hello Detective,\n\nWe have preserved the account pinterest.com/quietmaple_crafts under PIN-LE-77120.\nRequest received: 10/30/2026\n\nPinterest Law Enforcement\n';
    expect(byReference(text)['PIN-LE-77120']?.day).toBe('2026-11-09');
  });

  it('gives no date where its only date is no preservation\'s', () => {
    const text =
      'Your request of 11/02/2026 - Pinterest case PIN-LE-77120\nInbox\n\nPinterest Law Enforcement <lawenforcement@pinterest.com>\nWed, Nov 11, 2026, 9:12 AM\nto me\n\n' +
      'Hello Detective,\n\nWe have preserved the account pinterest.com/quietmaple_crafts under PIN-LE-77120.\n\nPinterest Law Enforcement\n';
    expect(byReference(text)['PIN-LE-77120']?.day).toBe('2026-11-11');
  });
});

describe('a follow-up under a reference confirmed lower in the thread', () => {
  const portal = (followUp: string) =>
    HEADER('Twitch via Kodex <notifications@kodexglobal.com>', '[Twitch] Update on request TW-LE-40917', 'Thu, 19 Nov 2026 18:02:10 +0000') +
    `Twitch posted a new message on request TW-LE-40917\n\n${followUp}\n\nEarlier messages on this request:\n\n` +
    'Twitch · Nov 17, 2026, 3:40 PM PST\n\n  Hello,\n\n  Twitch has preserved the account data of the channel twitch.tv/lanternmoth\n  as of November 17, 2026. We will hold it for 90 days.\n\n' +
    'Insp. Lena Vogt · Nov 12, 2026, 8:00 AM PST\n\n  Please preserve the channel twitch.tv/lanternmoth.\n';

  it('takes the earlier message\'s date, where it states none (a correction, the provider shown by its name alone)', () => {
    const text = portal('Hello,\n\nA correction to our last message: the user ID we gave was wrong. The channel preserved under this request has the user ID 884120337; the preservation is otherwise unchanged.');
    expect(byReference(text)['TW-LE-40917']?.day).toBe('2026-11-17');
  });

  it('keeps its own date where it states one', () => {
    const text = portal('Hello,\n\nWe have now also preserved the account with user ID 884120337 on November 19, 2026.');
    expect(byReference(text)['TW-LE-40917']?.day).toBe('2026-11-19');
  });
});

describe('answers written inside the officer\'s message', () => {
  const thread = (pointer: string) =>
    HEADER('Snap Law Enforcement <lawenforcement@snapchat.com>', 'RE: questions on our preservation', 'Mon, 23 Nov 2026 09:40:00 -0800', 'Det. Omar Haddad <o.haddad@pd.example.gov>') +
    `Detective Haddad,\n\n${pointer}\n\nSnap Inc. Law Enforcement Operations\n\n` +
    '-----Original Message-----\nFrom: Det. Omar Haddad <o.haddad@pd.example.gov>\nSent: Sunday, November 22, 2026 6:10 PM\nTo: Snap Law Enforcement <lawenforcement@snapchat.com>\nSubject: questions on our preservation\n\n' +
    'Hello, our case PD-26-44120. A few questions:\n\n- Was the account dune.sparrow preserved, and when?\n\nSNAP: Yes, dune.sparrow was preserved on November 20, 2026 under SNAP-PR-8812044.\n\n- Was the account backup_sparrow2 preserved too?\n\nSNAP: We found no account by that name.\n\nThanks,\nDet. Omar Haddad\n(213) 555-0188\n';

  it('are the provider\'s where its message names their marker', () => {
    expect(byReference(thread('Our answers are inline below, prefixed with "SNAP:".'))).toEqual({ 'SNAP-PR-8812044': { day: '2026-11-20', accounts: ['dune.sparrow'] } });
  });

  it('are not read where the provider names no marker', () => {
    expect(byReference(thread('Thank you for your questions; we will get back to you.'))).toEqual({});
  });
});

describe('right-to-left mail clients', () => {
  it('reads an Arabic Gmail reply line, its marks and isolates read away, and its month', () => {
    const text =
      '\u200fتم الاستلام، شكرًا.\n\n' +
      '\u200fفي الخميس، 19 نوفمبر 2026 في 4:05 م، كتب \u2068Snap Law Enforcement\u2069 <\u2068lawenforcement@snapchat.com\u2069>:\n' +
      '> Hello,\n>\n> Snap has preserved the account desert.kite under SNAP-PR-55120.\n>\n> Snap Inc.\n';
    const result = read(text);
    expect(result.emailDate?.day).toBe('2026-11-19');
    expect(byReference(text)).toEqual({ 'SNAP-PR-55120': { day: '2026-11-19', accounts: ['desert.kite'] } });
  });

  it('reads a Hebrew Gmail reply line and Hebrew month names', () => {
    const text =
      'לידיעתך.\n\n' +
      'בתאריך יום ה׳, 19 בנוב׳ 2026 ב-16:05 מאת \u202aSnap Law Enforcement\u202c\u200f <\u202alawenforcement@snapchat.com\u202c\u200f>:\n' +
      '> Hello,\n>\n> Snap has preserved the account desert.kite under SNAP-PR-55120.\n';
    expect(byReference(text)).toEqual({ 'SNAP-PR-55120': { day: '2026-11-19', accounts: ['desert.kite'] } });
  });
});

describe('labels read this round', () => {
  it('takes a gamertag in quotes after its label\'s colon', () => {
    const text = HEADER('Microsoft LENS <lens-noreply@microsoft.com>', 'Preservation 7712408') + 'Microsoft has preserved:\n\n  - Gamertag: "Salt Heron 12"\n\nMicrosoft Case Number: 7712408\n';
    expect(byReference(text)['7712408']?.accounts).toEqual(['Salt Heron 12']);
  });

  it('reads "Your request – Ref." as the agency\'s number, beside the provider\'s', () => {
    const text =
      'Hello,\n\nRe: Your request – Ref. PJ/CYB/2026/0561\n\nWe have preserved the WhatsApp account +212661550999 for 90 days.\n\nWhatsApp Request ID: 770214539716600\n\nWhatsApp Law Enforcement Response Team\n';
    expect(Object.keys(byReference(text))).toEqual(['770214539716600']);
  });

  it('takes the number a "Numéro de conservation" labels, beside the ticket "N/Réf."', () => {
    const text =
      HEADER('OVHcloud Réquisitions <requisitions@ovhcloud.com>', 'Demande de conservation – Dossier CS-7712045') +
      'Madame,\n\nNous faisons suite à votre demande (N/Réf. : CS-7712045).\n\nOVH SAS a procédé au gel des données du client ab12345-ovh.\n\nNuméro de conservation : CONS-770120\nDate de conservation : 20/11/2026\n';
    expect(Object.keys(byReference(text))).toEqual(['CONS-770120']);
  });
});

describe('flattened tables and webmail headers', () => {
  it('reads a key-value table\'s row label for its date, and "Identifiant de compte" for its account', () => {
    const text =
      HEADER('PayPal LE <le-support@paypal.com>', 'Votre demande – PP-LER-7730011', 'Wed, 4 Nov 2026 09:37:12 +0100') +
      'Nous confirmons avoir préservé :\n\n| Élément | Valeur |\n|---|---|\n| Référence PayPal | PP-LER-7730011 |\n| Identifiant de compte | 8QK2MZR9XN4WB |\n| Préservation à compter du | 1 novembre 2026 |\n';
    expect(byReference(text)).toEqual({ 'PP-LER-7730011': { day: '2026-11-01', accounts: ['8QK2MZR9XN4WB'] } });
  });

  it('reads a date stacked under its label line, a blank between, as flattened HTML leaves it', () => {
    const text =
      HEADER('Vinted Legal <legal@vinted.com>', 'Ärende VT-SR-260871', 'Wed, 11 Nov 2026 15:20:00 +0100') +
      'Vi har bevarat uppgifterna för kontot nedan.\n\nBegäran mottagen\n\n2026-11-09\n\nBevarande genomfört\n\n2026-11-10\n\nAnvändarnamn: loppis_kungen_12\n';
    expect(byReference(text)['VT-SR-260871']?.day).toBe('2026-11-10');
  });

  it('reads a date stacked under its label with its weekday before it', () => {
    const text =
      HEADER('Snap Law Enforcement <lawenforcement@snapchat.com>', 'Case SNAP-PR-77120', 'Fri, 13 Nov 2026 10:00:00 -0800') +
      'We have preserved the account below.\n\nRequest received\n\nMonday, November 9, 2026\n\nDate preserved\n\nWednesday, November 11, 2026\n\nUsername: dune.kite.4\n';
    expect(byReference(text)['SNAP-PR-77120']?.day).toBe('2026-11-11');
  });

  it('reads a webmail header table whose date has an ISO day and a time (the time\'s colon no field\'s)', () => {
    const text =
      'Subject   PayPal - Preservation Confirmed - PPLE-7728190\nFrom      PayPal Law Enforcement Support <le-support@paypal.com>\nTo        unit@police.example.mt\nDate      2026-11-30 11:46\n\n' +
      'Dear Inspector,\n\nThe account zammit.trading@outlook.com has been preserved. Reference PPLE-7728190.\n\n' +
      'On 2026-11-25 10:02, Economic Crimes Unit wrote:\n> Please preserve zammit.trading@outlook.com (our ref. ECU/PR/2026/301).\n';
    expect(read(text).emailDate?.day).toBe('2026-11-30');
    expect(Object.keys(byReference(text))).toEqual(['PPLE-7728190']);
  });

  it('takes a sender shown by name alone as answered when a header above copies that name with its address', () => {
    const text =
      'De : Service Juridique Ridely <juridique@ridely.example>\nEnvoyé : mercredi 25 novembre 2026 16:48\nÀ : Cellule cyber <cyber@gendarmerie.example.dz>\nCc : Adjudant Nadia Hamdi <n.hamdi@gendarmerie.example.dz>\nObjet : RE: Réquisition\n\n' +
      'Bonjour,\n\nAucune mesure de conservation n\'a été prise à ce stade : merci de préciser le compte visé.\n\nService Juridique\n\n' +
      'De : Adjudant Nadia Hamdi\nEnvoyé : mardi 24 novembre 2026 10:12\nÀ : juridique@ridely.example\nObjet : Réquisition\n\n' +
      'Madame, Monsieur,\n\nje vous prie de procéder à la conservation des données liées à la course n° RD-7741029.\n';
    expect(read(text).confirmations).toEqual([]);
  });
});

describe('a copy of an HTML mail\'s source', () => {
  it('reads its character references as the characters they stand for: a refusal in them is read', () => {
    const text =
      HEADER('Marktplaats Trust &amp; Safety <noreply-politie@marktplaats.nl>', 'Uw verzoek [MP-JUR-2026-009918]', 'Fri, 23 Oct 2026 16:02:11 +0200') +
      'Geachte heer,&nbsp;\n&nbsp;\nWij konden geen account vinden.\n&nbsp;\nEr zijn op dit moment g&eacute;&eacute;n gegevens bewaard.\n';
    expect(read(text).confirmations).toEqual([]);
  });

  it('leaves an ampersand that starts no reference as written', () => {
    expect(readSource('AT&T; R&D &nbsp;g&eacute;&eacute;n &amp; &#233;&#x00e9;').text).toBe('AT&T; R&D  géén & éé');
    expect(readSource('AT&T; R&D and no reference at all').text).toBe('AT&T; R&D and no reference at all');
  });
});

describe('account labels of round 52', () => {
  it.each([
    ['Üye No : 48120977', '48120977'],
    ['Kullanıcı numarası: 48120978', '48120978'],
    ['Identifiant passager : P-2291847', 'P-2291847'],
    ['Numéro de client : 22918491', '22918491'],
    ['Passenger ID: R-5520193', 'R-5520193'],
  ])('reads %s', (line, account) => {
    const text = HEADER('Ride Legal <legal@bolt.eu>', 'Preservation BLT-LE-55120') + `We have preserved the account below.\n\n   ${line}\n\nReference: BLT-LE-55120\n`;
    expect(byReference(text)['BLT-LE-55120']?.accounts).toEqual([account]);
  });

  it('takes an e-mail address stacked under a Nordic label ("E-post")', () => {
    const text =
      HEADER('Vinted Legal <legal@vinted.com>', 'Bevarande VT-SR-260999', 'Wed, 11 Nov 2026 15:20:00 +0100') +
      'We have preserved the account below.\n\nReference: VT-SR-260999\n\nAccount\n\nE-post\n\nsolros.77@hotmail.com\n';
    expect(byReference(text)['VT-SR-260999']?.accounts).toEqual(['solros.77@hotmail.com']);
  });
});

describe('a notice whose every cell is a paragraph', () => {
  const notice = (rows: string) =>
    HEADER('Discord Law Enforcement via Kodex <notifications@kodexglobal.com>', '[Kodex] DISC-60120 - status changed to Completed', 'Thu, 12 Nov 2026 03:17:41 +0000') +
    'KODEX\n\nDiscord updated your request\n\nHi Inspector Vogt,\nthere is an update on a request you submitted.\n\nREQUEST SUMMARY\n\nRequest ID\n\nDISC-60120\n\nStatus\n\nCompleted\n\nDate preserved\n\nNovember 11, 2026\n\n' +
    `ACCOUNTS IN THIS REQUEST\n\nUser ID\n\nUsername\n\nResult\n\n${rows}\n\nMESSAGE FROM DISCORD\n\nThank you.\n`;

  it('reads its table under the heading, each row with its result', () => {
    const text = notice('811417285530124298\n\nember_cove\n\nPreserved\n\n1187302456618733111\n\nlamp.moth.9\n\nNo account found');
    expect(byReference(text)).toEqual({ 'DISC-60120': { day: '2026-11-11', accounts: ['811417285530124298', 'ember_cove'] } });
  });

  it('reads a row of web addresses as a row of values, and its status', () => {
    const text =
      HEADER('Meta Law Enforcement <records@support.facebook.com>', 'Case #10294499 - status update') +
      'Status update for Case #10294499\n\nAccount status\n\nAccount\nCurrent status\ninstagram.com/quiet.pier\nPreserved\ninstagram.com/quiet.pier.backup\nNo records\n\nRecords marked Preserved are retained for 90 days.\n';
    expect(byReference(text)['10294499']?.accounts).toEqual(['instagram.com/quiet.pier']);
  });
});

describe('a table column headed "Identifier preserved"', () => {
  it('is a column of accounts: a row whose only account is its UUID keeps its reference', () => {
    const text =
      HEADER('Uber LERT <lert-noreply@uber.com>', 'Preservation - two references', 'Fri, 6 Nov 2026 10:00:00 -0800') +
      'Uber has preserved the records below.\n\n| Uber reference | Account type | Identifier preserved | Preserved on |\n|---|---|---|---|\n' +
      '| LE-00518832 | Rider | +1 (313) 555-0166 | 2026-11-05 |\n| LE-00519027 | Driver | a3b7e4a1-58c2-4f0e-9a61-7c2e05b9f4d9 | 2026-11-06 |\n\n' +
      'The phone number +1 (313) 555-0175 in your request was not preserved.\n';
    expect(byReference(text)).toEqual({
      'LE-00518832': { day: '2026-11-05', accounts: ['+1 (313) 555-0166'] },
      'LE-00519027': { day: '2026-11-06', accounts: ['a3b7e4a1-58c2-4f0e-9a61-7c2e05b9f4d9'] },
    });
  });
});

describe('"Our case number for this preservation is …"', () => {
  it('names the preservation\'s number, beside an order number the message also writes', () => {
    const text =
      HEADER('Epic Games Legal <legal@epicgames.com>', 'Re: [Ticket #4471920] Preservation request', 'Mon, 23 Nov 2026 11:00:00 -0500') +
      'We\'ve preserved the Epic Games account below. Our case number for this preservation is EPIC-LE-00911111; please use it on any legal process.\n\n' +
      'Account ID: 5b3f0e2c91d84a6fa0c5e18d2b7749e2\n\nThe purchase order EPIC-ORD-2611-7730999 you referenced is a record of the preserved account.\n';
    expect(Object.keys(byReference(text))).toEqual(['EPIC-LE-00911111']);
  });
});
