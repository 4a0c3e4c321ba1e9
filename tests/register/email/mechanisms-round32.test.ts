import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 32 (dev20: references and the strings that look like them): each shown on invented mail, with
 * probes that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

describe("messages: a help desk's thread whose updates each open with the name and the stamp on one line, parted by a comma ('Snap Law Enforcement Operations, Nov 10, 2026, 4:12 PM PST⏎Hi, …'), is read message by message: the receipt's ticket and the request's accounts are no confirmation's", () => {
  it.each([
    [
      'Subject: RE: Discord preservation - your ref 26/CY/2291\n\nDiscord Trust & Safety, Nov 18, 2026, 4:41 PM PST\nHello, your preservation request is complete. Reference: DSC-LE-2026-5512. Account preserved: moth.lantern.\nThe other username you listed, "lantern.moth", could not be found and was not preserved.\n\nDiscord Trust & Safety, Nov 17, 2026, 9:02 AM PST\nThis is an automated reply confirming receipt of your request. Your ticket number is 4471902.\n\nDet. Sam Roe, Nov 17, 2026, 8:55 AM PST\nPlease preserve the Discord accounts moth.lantern and lantern.moth.\n',
      ['DSC-LE-2026-5512'],
      ['moth.lantern'],
    ],
    [
      'Betreff: AW: Sicherungsersuchen Az. 412 Js 2291/26\n\nMeta Records, 18.11.2026, 16:41 MEZ\nGuten Tag, wir haben das Konto kranich.grau61 am 18.11.2026 gesichert. Referenz: 7731904458813.\nDas zweite Konto Ihrer Anfrage, grau.kranich61, existiert nicht und wurde nicht gesichert.\n\nMeta Records, 17.11.2026, 09:02 MEZ\nAutomatische Antwort: Ihre Anfrage ist eingegangen. Ihre Vorgangsnummer lautet 55120994.\n\nKOK Jana Weber (LKA 5), 17.11.2026, 08:55 MEZ\nBitte sichern Sie die Instagram-Konten kranich.grau61 und grau.kranich61.\n',
      ['7731904458813'],
      ['kranich.grau61'],
    ],
    [
      'Oggetto: R: Richiesta di conservazione - vs. rif. R.G.N.R. 2291/26\n\nAirbnb Law Enforcement, 18 nov 2026, 16:41 CET\nBuongiorno, abbiamo conservato i dati dell\'account host.airone66@gmail.com in data 18/11/2026. Riferimento: AIR-LE-2611-0666.\nIl secondo account indicato nella richiesta, airone.host66@gmail.com, non esiste e non è stato conservato.\n\nAirbnb Law Enforcement, 17 nov 2026, 09:02 CET\nRisposta automatica: abbiamo ricevuto la sua richiesta. Numero della richiesta: 66120995.\n\nIsp. Marco Bassi, 17 nov 2026, 08:55 CET\nSi prega di conservare gli account host.airone66@gmail.com e airone.host66@gmail.com.\n',
      ['AIR-LE-2611-0666'],
      ['host.airone66@gmail.com'],
    ],
  ])('reads the confirming update alone: %s', (text, references, accounts) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.accounts).toEqual(accounts);
  });

  it.each([
    // One such line alone is no thread: the letter under it is read as before.
    [
      'Snap Law Enforcement Operations, Nov 10, 2026, 4:12 PM PST\nHi, this preservation is complete. Reference: SNAP-PRS-20261110-30218. Username preserved: heron.quay63. Date of preservation: 2026-11-10.\n',
      ['SNAP-PRS-20261110-30218'],
      ['heron.quay63'],
    ],
    // The notification with the name over its stamp (two lines), as before.
    [
      'Discord Trust & Safety\nNov 18, 2026, 16:41 PST\n\nHello, we preserved the account moth.lantern64 on 2026-11-18. Reference: DSC-LE-2026-5514.\n\nDiscord Trust & Safety\nNov 17, 2026, 09:02 PST\n\nThis is an automated reply confirming receipt of your request.\n',
      ['DSC-LE-2026-5514'],
      ['moth.lantern64'],
    ],
    // Lines that open with a name and a stamp after a comma but go on after the stamp: no header, the text read as before.
    [
      'From: Uber Law Enforcement <lert@uber.com>\nDate: Wed, 18 Nov 2026 16:41:00 +0000\nSubject: Preservation complete\n\nUber Law Enforcement, Nov 18, 2026, 4:41 PM PST - we have preserved the rider account rider.heron65@gmail.com. Reference: UBR-PR-1900465.\n\nUber Law Enforcement, Nov 18, 2026, 4:45 PM PST - records are held for 90 days.\n',
      ['UBR-PR-1900465'],
      ['rider.heron65@gmail.com'],
    ],
  ])('reads as before: %s', (text, references, accounts) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.accounts).toEqual(accounts);
  });
});

describe("dates: an event's day ('the meeting … took place on November 2, 2026', 'la course qui a eu lieu le', 'il soggiorno che ha avuto luogo il') is no preservation's, even after a verb of preserving in its sentence; said of the preservation's noun, it dates the preservation", () => {
  it.each([
    [
      'From: Zoom Law Enforcement <lawenforcement@zoom.us>\nDate: Wed, 18 Nov 2026 16:55:09 -0700\nSubject: Legal Request Update\n\nHello,\n\nYou told us that the webinar with ID 815 5521 9914 took place on November 3, 2026. For the host account lanternhost.events@gmail.com, we processed the preservation on November 16, 2026 under reference ZLR-2026-07735.\n',
      '2026-11-16',
    ],
    [
      'De : Uber Legal <lert@uber.com>\nEnvoyé : mercredi 18 novembre 2026 16:55\nÀ : Capitaine Lemoine <c.lemoine@interieur.example.fr>\nObjet : RE : Demande de conservation\n\nBonjour,\n\nNous avons conservé les données du compte passager passager.heron67@gmail.com liées à la course qui a eu lieu le 4 novembre 2026. La conservation a été effectuée le 16 novembre 2026. Référence : UBR-PR-1900467.\n',
      '2026-11-16',
    ],
    [
      'Da: Airbnb Law Enforcement <le-requests@airbnb.com>\nInviato: mercoledì 18 novembre 2026 16:55\nA: Isp. Bassi <m.bassi@polizia.example.it>\nOggetto: R: Richiesta di conservazione\n\nBuongiorno,\n\nabbiamo conservato i dati dell\'account host.airone68@gmail.com relativi al soggiorno che ha avuto luogo il 5 novembre 2026. La conservazione è stata effettuata il 16 novembre 2026. Riferimento: AIR-LE-2611-0668.\n',
      '2026-11-16',
    ],
  ])('reads the preservation date, not the event day: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });

  it.each([
    // The preservation's own noun before 'took place': its day, as before.
    [
      'From: Zoom Law Enforcement <lawenforcement@zoom.us>\nDate: Wed, 18 Nov 2026 16:55:09 -0700\nSubject: Legal Request Update\n\nHello,\n\nThe preservation of the host account lanternhost69@gmail.com took place on November 16, 2026. Reference: ZLR-2026-07769.\n',
      '2026-11-16',
    ],
    // 'took a snapshot' still dates the preservation.
    [
      'From: Zoom Law Enforcement <lawenforcement@zoom.us>\nDate: Wed, 18 Nov 2026 16:55:09 -0700\nSubject: Legal Request Update\n\nHello,\n\nWe took a snapshot of the host account lanternhost70@gmail.com on November 15, 2026. Reference: ZLR-2026-07770.\n',
      '2026-11-15',
    ],
    // No event word: a plain preservation sentence, as before.
    [
      'From: Uber Legal <lert@uber.com>\nDate: Wed, 18 Nov 2026 16:55:09 +0000\nSubject: Preservation complete\n\nHello,\n\nUber preserved the rider account rider.heron71@gmail.com on November 14, 2026. Reference: UBR-PR-1900471.\n',
      '2026-11-14',
    ],
  ])('reads the preservation date as before: %s', (text, day) => {
    expect(read(text).preservedOn).toBe(day);
  });
});

describe("accounts: a number of more digits than any phone has (over 15) on a line that names a company's legal form ('X Corp. has preserved … (Account ID: 1702284466190848001)') is no company phone: the user id is read", () => {
  it.each([
    [
      'Hello, This message confirms that X Corp. has preserved the following account on November 11, 2026: @ember_quarry72 (Account ID: 1702284466190848072). Case Number: 0512-LE-9072.\n',
      ['@ember_quarry72', '1702284466190848072'],
    ],
    [
      'From: Discord Law Enforcement <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:02:11 +0000\nSubject: Preservation complete\n\nDiscord Inc. preserved the account moth.lantern73 (ID 830129384756102973) on 2026-11-11. Reference: KDX-DSC-7F3A73.\n',
      ['moth.lantern73', '830129384756102973'],
    ],
    [
      'De: TikTok Law Enforcement <lert@tiktok.com>\nEnviado el: jueves, 12 de noviembre de 2026 10:02\nPara: Insp. Ana Ruiz <a.ruiz@policia.example.es>\nAsunto: RE: Solicitud de preservación\n\nTikTok Technology Ltd. ha preservado el 11/11/2026 la cuenta @garza.gris74 (ID de usuario: 7301122334455667774). Referencia: TT-LE-2611-30974.\n',
      ['@garza.gris74', '7301122334455667774'],
    ],
  ])('reads the id on the company line: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The company's phone on its postal line, as before: no account.
    [
      'From: X Legal <legal-noreply@x.com>\nDate: Thu, 12 Nov 2026 10:02:11 +0000\nSubject: Preservation\n\nWe have preserved the account @ember_quarry75 on November 11, 2026. Case Number: 0512-LE-9075.\n\nX Corp., 1355 Market St, San Francisco, CA 94103 · +1 415 555 0175\n',
      ['@ember_quarry75'],
    ],
    // A number of a phone's length on a line that names the company's legal form, as before.
    [
      'From: Discord Law Enforcement <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:02:11 +0000\nSubject: Preservation complete\n\nDiscord Inc. preserved the account moth.lantern76 on 2026-11-11. Reference: KDX-DSC-7F3A76. Discord Inc. | 444 De Haro St | 415 555 0176\n',
      ['moth.lantern76'],
    ],
    // An id with no company named on its line, as before.
    [
      'From: Discord Law Enforcement <lawenforcement@discord.com>\nDate: Thu, 12 Nov 2026 10:02:11 +0000\nSubject: Preservation complete\n\nWe preserved the account moth.lantern77 (ID 830129384756102977) on 2026-11-11. Reference: KDX-DSC-7F3A77.\n',
      ['moth.lantern77', '830129384756102977'],
    ],
  ])('reads the accounts as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});

describe("messages: the help desk's one-line header parted by a dash or a bar, or with the stamp in brackets ('Discord Trust & Safety — Nov 18, 2026, 4:41 PM PST', 'Meta Records | 18.11.2026, 16:41 MEZ', 'Det. Roe (Nov 17, 2026, 8:55 AM PST)'), heads its update as the comma does", () => {
  it.each([
    [
      'Subject: RE: Discord preservation - your ref 26/CY/2295\n\nDiscord Trust & Safety — Nov 18, 2026, 4:41 PM PST\nHello, your preservation request is complete. Reference: DSC-LE-2026-5595. Account preserved: moth.lantern95.\n\nDiscord Trust & Safety — Nov 17, 2026, 9:02 AM PST\nThis is an automated reply confirming receipt of your request. Your ticket number is 4471995.\n\nDet. Sam Roe — Nov 17, 2026, 8:55 AM PST\nPlease preserve the Discord accounts moth.lantern95 and lantern.moth95.\n',
      ['DSC-LE-2026-5595'],
      ['moth.lantern95'],
    ],
    [
      'Betreff: AW: Sicherungsersuchen Az. 412 Js 2296/26\n\nMeta Records | 18.11.2026, 16:41 MEZ\nGuten Tag, wir haben das Konto kranich.grau96 am 18.11.2026 gesichert. Referenz: 7731904458896.\n\nMeta Records | 17.11.2026, 09:02 MEZ\nAutomatische Antwort: Ihre Anfrage ist eingegangen. Ihre Vorgangsnummer lautet 55120996.\n\nKOK Jana Weber | 17.11.2026, 08:55 MEZ\nBitte sichern Sie die Instagram-Konten kranich.grau96 und grau.kranich96.\n',
      ['7731904458896'],
      ['kranich.grau96'],
    ],
    [
      'Oggetto: R: Richiesta di conservazione - vs. rif. R.G.N.R. 2297/26\n\nAirbnb Law Enforcement (18 nov 2026, 16:41 CET)\nBuongiorno, abbiamo conservato i dati dell\'account host.airone97@gmail.com in data 18/11/2026. Riferimento: AIR-LE-2611-0697.\n\nAirbnb Law Enforcement (17 nov 2026, 09:02 CET)\nRisposta automatica: abbiamo ricevuto la sua richiesta. Numero della richiesta: 66120997.\n\nIsp. Marco Bassi (17 nov 2026, 08:55 CET)\nSi prega di conservare gli account host.airone97@gmail.com e airone.host97@gmail.com.\n',
      ['AIR-LE-2611-0697'],
      ['host.airone97@gmail.com'],
    ],
  ])('reads the confirming update alone: %s', (text, references, accounts) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.accounts).toEqual(accounts);
  });

  it.each([
    // A status history, its lines one under another: only its first opens a paragraph, no thread.
    [
      'From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Wed, 18 Nov 2026 16:41:00 -0800\nSubject: Preservation complete\n\nStatus history\n\nReceived — Nov 17, 2026, 9:02 AM PST\nPreserved — Nov 18, 2026, 4:41 PM PST\n\nWe preserved the account heron.quay98 on November 18, 2026. Reference: SNAP-PRS-20261118-30298.\n',
      ['SNAP-PRS-20261118-30298'],
      ['heron.quay98'],
    ],
    // One such line alone over the letter: no thread.
    [
      'Discord Trust & Safety — Nov 18, 2026, 4:41 PM PST\nHello, we preserved the account moth.lantern99 on 2026-11-18. Reference: DSC-LE-2026-5599.\n',
      ['DSC-LE-2026-5599'],
      ['moth.lantern99'],
    ],
    // A dash that goes on after the stamp: no header.
    [
      'From: Uber Law Enforcement <lert@uber.com>\nDate: Wed, 18 Nov 2026 16:41:00 +0000\nSubject: Preservation complete\n\nUber Law Enforcement — Nov 18, 2026, 4:41 PM PST — we have preserved the rider account rider.heron90@gmail.com. Reference: UBR-PR-1900490.\n\nUber Law Enforcement — Nov 18, 2026, 4:45 PM PST — records are held for 90 days.\n',
      ['UBR-PR-1900490'],
      ['rider.heron90@gmail.com'],
    ],
  ])('reads as before: %s', (text, references, accounts) => {
    const r = read(text);
    expect(r.references).toEqual(references);
    expect(r.accounts).toEqual(accounts);
  });
});
