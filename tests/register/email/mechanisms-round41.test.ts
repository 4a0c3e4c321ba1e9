import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 41 (dev26, extensions and follow-ups): each shown on invented mail, with probes that must read the
 * new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return {
    references: r.references,
    preservedOn: r.preservedOn,
    accounts: r.accountIdentifiers,
    extension: r.confirmations[0]?.extension ? { of: r.confirmations[0].extension.ofReference, on: r.confirmations[0].extension.requestedOn } : null,
    dates: r.confirmations.map((c) => c.preservedOn?.day ?? null),
  };
};

const SNAP = (subject: string, body: string) =>
  `From: Snap Law Enforcement <lawenforcement@snap.com>\nDate: Tue, 24 Nov 2026 09:12:40 +0000\nTo: agent.varga@police.example.hu\nSubject: ${subject}\n\n${body}\n\nSnap Law Enforcement Operations\n`;

describe("references: an extension refused, or the request not taken as one ('unable to grant a further extension', 'keine weitere Verlängerung gewähren', 'la solicitud de prórroga ha sido denegada'), where the message extends nothing now (its only extension was done before: 'already extended once'), confirms nothing", () => {
  it.each([
    [SNAP('AW: Verlängerung SNAP-PR-20260811-0412', 'Sehr geehrter Herr Varga,\n\ndie Sicherung SNAP-PR-20260811-0412 wurde bereits einmal verlängert. Leider können wir keine weitere Verlängerung gewähren.\n\nDie gesicherten Daten werden bis zum Ende des laufenden Zeitraums aufbewahrt.')],
    [SNAP('RE: Prórroga SNAP-PR-20260811-0412', 'Estimado agente:\n\nResultado de su solicitud:\n  - Referencia: SNAP-PR-20260811-0412\n  - Estado: la solicitud de prórroga ha sido denegada (plazo de conservación ya prorrogado una vez)\n\nLos datos preservados se mantendrán hasta el final del periodo actual.')],
    [SNAP('R: Proroga SNAP-PR-20260811-0412', 'Gentile agente,\n\nla conservazione SNAP-PR-20260811-0412 è già stata prorogata una volta, il 2 ottobre 2026; non possiamo concedere un\'ulteriore proroga. I dati conservati restano disponibili fino alla scadenza attuale.')],
    [SNAP('RE: Renewal SNAP-PR-20260811-0412', 'Hello Agent Varga,\n\nYour message of 20 November was not processed as a renewal: renewals are only taken through the portal. The records preserved under SNAP-PR-20260811-0412 remain held until the current period ends.')],
  ])('proposes no reference: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });

  it.each([
    // The extension done now, a further one refused as policy: an extension, as before.
    [SNAP('Extension SNAP-PR-20260811-0412', 'Hello,\n\nWe have extended the preservation SNAP-PR-20260811-0412 for an additional 90 days. We are unable to grant a further extension.'), ['SNAP-PR-20260811-0412'], true],
    // A first confirmation stating the policy on extension requests: a confirmation, as before.
    [SNAP('Preservation SNAP-PR-20260811-0412', 'Hello,\n\nThe account ember.quill was preserved on 23 November 2026 under SNAP-PR-20260811-0412. Snap will not process an extension request received after the expiry date.'), ['SNAP-PR-20260811-0412'], false],
    // A limit, not a refusal: as before.
    [SNAP('Preservation SNAP-PR-20260811-0412', 'Hello,\n\nThe account ember.quill was preserved on 23 November 2026 under SNAP-PR-20260811-0412. We cannot extend the preservation beyond 180 days in total.'), ['SNAP-PR-20260811-0412'], false],
  ])('reads as before: %s', (text, expected, extension) => {
    const r = read(text);
    expect(r.references).toEqual(expected);
    expect(r.extension !== null).toBe(extension);
  });
});

describe("references: a reminder of a preservation's end ('This is an automated reminder … expires', 'Ceci est un rappel … expire le', 'Dies ist eine Erinnerung … läuft … ab', a subject opening with 'Reminder') restates what the provider holds: it confirms nothing", () => {
  it.each([
    [SNAP('Rappel - conservation SNAP-PR-20260811-0412', 'Bonjour,\n\nCeci est un rappel automatique. Les données du compte ember.quill ont été conservées le 2 septembre 2026 sous la référence SNAP-PR-20260811-0412 ; la conservation expire le 1er décembre 2026.\n\nSans procédure légale reçue avant cette date, les données ne seront plus conservées.')],
    [SNAP('Erinnerung: Sicherung SNAP-PR-20260811-0412', 'Guten Tag,\n\ndies ist eine automatische Erinnerung.\n\n| Referenz | SNAP-PR-20260811-0412 |\n| Gesichert am | 02.09.2026 |\n| Läuft ab am | 01.12.2026 |\n\nDie Daten wurden am 02.09.2026 gesichert und die Sicherung läuft am 01.12.2026 ab.')],
    [SNAP('Reminder – SNAP-PR-20260811-0412 will lapse', 'Hello,\n\n1. Reference: SNAP-PR-20260811-0412\n2. Account: ember.quill\n3. The data was preserved on 2 September 2026.\n4. The preservation lapses on 1 December 2026 unless legal process or a request to extend is received.')],
  ])('proposes no reference: %s', (text) => {
    expect(read(text).references).toEqual([]);
  });

  it.each([
    // "As a reminder" in a confirmation: a confirmation, as before.
    [SNAP('Preservation SNAP-PR-20260811-0412', 'Hello,\n\nThe account ember.quill was preserved on 23 November 2026 under SNAP-PR-20260811-0412. As a reminder, the preservation expires after 90 days.'), ['SNAP-PR-20260811-0412']],
    // A reminder's subject over a confirmed extension: an extension, as before.
    [SNAP('Reminder: SNAP-PR-20260811-0412 expires soon', 'Hello,\n\nWe have extended the preservation SNAP-PR-20260811-0412 for an additional 90 days; it now expires on 1 March 2027.'), ['SNAP-PR-20260811-0412']],
    // A reminder of legal process, no end of the preservation named: a confirmation, as before.
    [SNAP('Preservation SNAP-PR-20260811-0412', 'Hello,\n\nThis is a reminder that disclosure requires legal process. The account ember.quill was preserved on 23 November 2026 under SNAP-PR-20260811-0412.'), ['SNAP-PR-20260811-0412']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});

const META_TWO = (sentence: string, status = 'extended for a further 90 days') =>
  `From: Meta Records <records-noreply@support.facebook.com>\nDate: Wed, 4 Nov 2026 08:10:00 +0000\nSubject: Case update\n\n${sentence}\n\n- Case 4410022871 – Instagram @rio.lanterna – ${status}\n- Case 4410022899 – Instagram @lanterna.rio – ${status}\n\nMeta Platforms, Inc.\n`;

describe("dates: the extension's noun in the plural ('extensions', 'prolongations', 'prórrogas', 'proroghe', 'verlengingen') dates the extensions of a notice of several, not their first preservations", () => {
  it.each([
    [META_TWO('Both extensions listed below were completed on November 3, 2026.')],
    [META_TWO('Les prolongations ci-dessous ont été traitées le 3 novembre 2026.', 'prolongée de 90 jours')],
    [META_TWO('Las prórrogas indicadas se completaron: 3 de noviembre de 2026, ambas procesadas.', 'prorrogada 90 días')],
    [META_TWO('Le proroghe elencate sono state completate il 3 novembre 2026.', 'prorogata di 90 giorni')],
  ])('proposes no first preservation date, the extensions dated 3 November: %s', (text) => {
    const r = read(text);
    expect(r.references).toEqual(['4410022871', '4410022899']);
    expect(r.dates).toEqual([null, null]);
    expect(r.extension?.on).toBe('2026-11-03');
  });

  it.each([
    // The singular, as before.
    [META_TWO('The extension listed below was completed on November 3, 2026.'), [null, null]],
    // The first preservations named in the plural: their date, as before.
    [META_TWO('The preservations listed below were originally made on August 5, 2026.'), ['2026-08-05', '2026-08-05']],
    // A notice of two preservations, no extension: their date, as before.
    [META_TWO('The preservations listed below were completed on November 3, 2026.', 'preserved'), ['2026-11-03', '2026-11-03']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).dates).toEqual(expected);
  });
});

const OUTLOOK_DE = (reply: string, original: string, originalFrom = 'TikTok Law Enforcement <lawenforcement@tiktok.com>') =>
  `Zur Akte.\n\nKOK Brandt\n\nVon: TikTok Law Enforcement <lawenforcement@tiktok.com>\nGesendet: Montag, 16. November 2026 10:02\nAn: Jan Brandt <j.brandt@polizei.example.de>\nBetreff: AW: Verlängerung\n\n${reply}\n\nTikTok Law Enforcement\n\nVon: Jan Brandt <j.brandt@polizei.example.de>\nGesendet: Freitag, 13. November 2026 08:15\nAn: TikTok Law Enforcement <lawenforcement@tiktok.com>\nBetreff: Verlängerung\n\nBitte verlängern Sie die Sicherung um weitere 90 Tage.\n\nJan Brandt\n\nVon: ${originalFrom}\nGesendet: Donnerstag, 20. August 2026 17:40\nAn: Jan Brandt <j.brandt@polizei.example.de>\nBetreff: AW: Sicherungsersuchen\n\n${original}\n\nTikTok Law Enforcement\n`;
const FIRST = 'Sehr geehrter Herr Brandt,\n\nam 19. August 2026 haben wir die Daten des Kontos @nachtfalter.kiez gesichert.\n\nReferenz: TT-LE-20260819-7731';

describe("extensions: an extension confirmed above the provider's own first confirmation in one thread takes from it the first preservation date and the accounts it does not state itself, for the reference it extends", () => {
  it.each([
    [OUTLOOK_DE('Sehr geehrter Herr Brandt,\n\ndie Sicherung TT-LE-20260819-7731 wurde um weitere 90 Tage verlängert.', FIRST), 'TT-LE-20260819-7731'],
    [OUTLOOK_DE('Sehr geehrter Herr Brandt,\n\ndie Verlängerung wurde unter der neuen Referenz TT-LE-20261116-0042 durchgeführt (ursprüngliche Referenz TT-LE-20260819-7731).', FIRST), 'TT-LE-20261116-0042'],
    [OUTLOOK_DE('Hello Mr Brandt,\n\nWe have extended the preservation for an additional 90 days:\n\n| Reference | Status |\n| TT-LE-20260819-7731 | Extended |', 'Hello,\n\nWe preserved the account below on August 19, 2026.\n\n  Account:    @nachtfalter.kiez\n  Reference:  TT-LE-20260819-7731'), 'TT-LE-20260819-7731'],
  ])('reads the first date and the account from the first confirmation: %s', (text, reference) => {
    const r = read(text);
    expect(r.references).toEqual([reference]);
    expect(r.preservedOn).toBe('2026-08-19');
    expect(r.accounts).toEqual(['@nachtfalter.kiez']);
  });

  it.each([
    // Another provider's confirmation at the bottom: nothing taken.
    [OUTLOOK_DE('Sehr geehrter Herr Brandt,\n\ndie Sicherung TT-LE-20260819-7731 wurde um weitere 90 Tage verlängert.', FIRST.replace('TT-LE-20260819-7731', 'SNAP-PR-0819-7731'), 'Snap Law Enforcement <lawenforcement@snap.com>')],
    // The first confirmation of another reference: nothing taken.
    [OUTLOOK_DE('Sehr geehrter Herr Brandt,\n\ndie Sicherung TT-LE-20260819-7731 wurde um weitere 90 Tage verlängert.', FIRST.replace('TT-LE-20260819-7731', 'TT-LE-20260802-1180'))],
    // The officer's own note at the bottom, not the provider's: nothing taken.
    [OUTLOOK_DE('Sehr geehrter Herr Brandt,\n\ndie Sicherung TT-LE-20260819-7731 wurde um weitere 90 Tage verlängert.', FIRST, 'Jan Brandt <j.brandt@polizei.example.de>')],
  ])('reads as before: %s', (text) => {
    const r = read(text);
    expect(r.references).toEqual(['TT-LE-20260819-7731']);
    expect(r.preservedOn).toBeNull();
    expect(r.accounts).toEqual([]);
  });
});

const EXTENDED = (line: string, lead = 'The preservation SNAP-PR-20260923-5521 has been extended for an additional 90 days.') => SNAP('Extension SNAP-PR-20260923-5521', `Hello,\n\n${lead}\n\n${line}\nAccount: ember.quill`);

describe("dates: the first preservation named with its adjective after the noun, as the Romance languages put it ('Conservation initiale :', 'Conservazione originaria:', 'Preservação original'), dates the first preservation of an extension", () => {
  it.each([
    [EXTENDED('Conservation initiale : 23/09/2026', 'La conservation SNAP-PR-20260923-5521 a été prolongée de 90 jours.')],
    [EXTENDED('  1. Conservazione originaria: 23/09/2026\n  2. Nuova scadenza: 22/03/2027', 'La conservazione della pratica SNAP-PR-20260923-5521 è stata prorogata di 90 giorni.')],
    [EXTENDED('| Preservação original | 23/09/2026 |', 'A preservação SNAP-PR-20260923-5521 foi prorrogada por mais 90 dias.')],
  ])('reads the first preservation date: %s', (text) => {
    expect(read(text).preservedOn).toBe('2026-09-23');
  });

  it.each([
    // The English order, as before.
    [EXTENDED('Original preservation: 23/09/2026'), '2026-09-23'],
    // The noun with no adjective beside a bare label of the extension: no first date, as before.
    [EXTENDED('Conservación: 23/09/2026', 'La conservación SNAP-PR-20260923-5521 ha sido prorrogada 90 días.'), null],
    // A first confirmation: its date, as before.
    [SNAP('Préservation SNAP-PR-20260923-5521', 'Bonjour,\n\nLe compte ember.quill a été conservé sous la référence SNAP-PR-20260923-5521.\n\nConservation initiale : 23/09/2026'), '2026-09-23'],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).preservedOn).toBe(expected);
  });
});

const CHAIN = (reply: string, request: string) =>
  `From: Yahoo Compliance <compliance-response@yahooinc.com>\nSent: 20 November 2026 16:02\nTo: Ispettore Ferri <a.ferri@polizia.example.it>\nSubject: RE: Preservation\n\n${reply}\n\nYahoo Compliance Team\n\nFrom: Ispettore Ferri <a.ferri@polizia.example.it>\nSent: 18 November 2026 09:30\nTo: Yahoo Compliance <compliance-response@yahooinc.com>\nSubject: Preservation\n\n${request}\n\nA. Ferri\n\nFrom: Yahoo Compliance <compliance-response@yahooinc.com>\nSent: 22 August 2026 11:15\nTo: Ispettore Ferri <a.ferri@polizia.example.it>\nSubject: Preservation confirmation\n\nYahoo has preserved the account below on August 21, 2026.\n\nReference: YH-PR-2026-558102\nAccount: volpe.ardesia@yahoo.com\n\nYahoo Compliance Team\n`;

describe("accounts: a provider's reply read with its own earlier message spans the officer's messages between the two: the accounts the officer asks for there are asked, not confirmed", () => {
  it.each([
    [CHAIN('Hello,\n\nThe preservation described in our previous e-mail has been extended for a further 90 days.', 'Please extend the preservation for 90 more days, and please also preserve ardesia.volpe2@yahoo.com.')],
    [CHAIN('Buongiorno,\n\nla conservazione è stata prorogata di ulteriori 90 giorni.', 'Vi chiediamo di prorogare la conservazione e di conservare anche ardesia.volpe2@yahoo.com.')],
    [CHAIN('Goedemiddag,\n\nDe bewaring is met 90 dagen verlengd.', 'Wilt u de bewaring verlengen en daarnaast het account ardesia.volpe2@yahoo.com bewaren?')],
  ])("proposes only the provider's accounts: %s", (text) => {
    const r = read(text);
    expect(r.references).toEqual(['YH-PR-2026-558102']);
    expect(r.accounts).toEqual(['volpe.ardesia@yahoo.com']);
  });

  it.each([
    // The officer asks for nothing more: as before.
    [CHAIN('Hello,\n\nThe preservation described in our previous e-mail has been extended for a further 90 days.', 'Please extend the preservation for 90 more days.'), ['volpe.ardesia@yahoo.com']],
    // The provider's reply itself names the further account it preserved: kept, as before.
    [CHAIN('Hello,\n\nThe preservation described in our previous e-mail has been extended for a further 90 days, and we have also preserved ardesia.volpe2@yahoo.com.', 'Please extend the preservation, and please also preserve ardesia.volpe2@yahoo.com.'), ['ardesia.volpe2@yahoo.com', 'volpe.ardesia@yahoo.com']],
    // A reply that names its own reference is read alone: the original's accounts are not read from the merged span.
    [CHAIN('Hello,\n\nPreservation YH-PR-2026-558102 has been extended for a further 90 days for the account volpe.ardesia@yahoo.com.', 'Please extend the preservation, and please also preserve ardesia.volpe2@yahoo.com.'), ['volpe.ardesia@yahoo.com']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});
