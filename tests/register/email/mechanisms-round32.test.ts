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
