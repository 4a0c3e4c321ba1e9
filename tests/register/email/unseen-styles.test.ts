import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * E-mails written after the parser was tuned, in styles no corpus e-mail has (a Spanish Outlook chain with a status
 * table, a day-first Google message with a signature, a Discord weekday date, a Microsoft extension with a new number).
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const EMAILS = {
  p1: "Reenvío para el registro.\n\nSgto. Marta Ruiz\nUnidad de Delitos Tecnológicos\nTel. +34 91 555 0199\nm.ruiz@guardia.example.es\n\nDe: Snap Law Enforcement <lawenforcement@snap.com>\nEnviado el: martes, 24 de noviembre de 2026 18:02\nPara: Ruiz, Marta <m.ruiz@guardia.example.es>\nAsunto: RE: Solicitud de conservación - Diligencias 2026/0912\n\nHello Sgt. Ruiz,\n\nSnap Inc. has preserved the account data for the following usernames as of Nov 23rd:\n\nUsername          Status\ntidal.moth_9      Preserved\nquiet_harrow      Not found\n\nSnap Reference: SNAP-PR-20261123-0441\nZendesk ticket: #5512004\n\nData will be retained for 90 days.\n\nDe: Ruiz, Marta\nEnviado el: lunes, 23 de noviembre de 2026 09:10\nPara: lawenforcement@snap.com\nAsunto: Solicitud de conservación - Diligencias 2026/0912\n\nPlease preserve tidal.moth_9 and quiet_harrow.\n",
  p2: "From: Google <lis-noreply@google.com>\nDate: Mon, 30 Nov 2026 22:15:00 -0800\nTo: ermittlung@lka.example.de\nSubject: Google Ref. No. 59120044 - Preservation complete\n\nGoogle has completed your preservation request. The following account was preserved\non 30.11.2026:\n\n  - Google Account: falk.reiner77@gmail.com\n  - YouTube: https://www.youtube.com/@reiner_falkvideos\n\nYour reference: LKA-26-77102\nGoogle Ref. No.: 59120044\n\nThe data will be held until 28 February 2027.\n\n--\nKriminalhauptkommissar Dieter Wendt\nTel. +49 611 555 3301\nd.wendt@lka.example.de\n",
  p3: "-----Original Message-----\nFrom: Discord Trust & Safety <lawenforcement@discord.com>\nSent: Wednesday, November 25, 2026 4:41 AM\nTo: Tran, Bao <b.tran@pd.example.org>\nSubject: Preservation request DISC-60021 completed\n\nHi Detective Tran,\n\nWe preserved the Discord account with user ID 1130447726918234112 (username: ember_vault) on Mon 23 Nov.\nThe server you mentioned (ID 1130447726918234999) is not an account and was not preserved.\n\nReference: DISC-60021\n",
  p4: "From: Microsoft LENS <lens-noreply@microsoft.com>\nDate: Fri, 20 Nov 2026 09:00:00 +0000\nSubject: Preservation extension - GCC-2026-140012\n\nYour request to extend the preservation for Outlook.com account wren.halloway@hotmail.com\nhas been completed. The original preservation was made on 24/08/2026 under reference\nGCC-2026-099871. The new reference for this extension is GCC-2026-140012.\nExtension completed: 20/11/2026. Preserved data will now be kept until 18/02/2027.\n\nMicrosoft Ireland Operations Limited\n",
  p6: "From: LinkedIn Legal <legal-noreply@linkedin.com>\nSent: Thursday, November 26, 2026 9:12 AM\nTo: Kowalski, Anna <a.kowalski@metro-fraud.example.org>\nSubject: RE: Preservation request - your case MF-2026-2210\n\nHello Investigator Kowalski,\n\nWe have preserved the LinkedIn member profile https://www.linkedin.com/in/corvin-ashdale-4471 as of November 25, 2026.\nLinkedIn reference number: LI-PR-2026-30917\n\nRegards,\nLinkedIn Law Enforcement Response\n\n________________________________\nFrom: Kowalski, Anna <a.kowalski@metro-fraud.example.org>\nSent: Monday, November 23, 2026 2:00 PM\nTo: legal-noreply@linkedin.com\nSubject: Preservation request - your case MF-2026-2210\n\nPlease preserve https://www.linkedin.com/in/corvin-ashdale-4471 and https://www.linkedin.com/in/other-person-99.\nAnna Kowalski | Metro Fraud | +1 (312) 555-0188\n",
  p7: "Von: Microsoft LENS <lens-noreply@microsoft.com>\nGesendet: Freitag, 13. November 2026 10:40\nAn: Kriminalpolizei <k11@polizei.example.de>\nBetreff: Sicherung bestätigt - Ihr Aktenzeichen 301 Js 4410/26\n\nSehr geehrte Damen und Herren,\n\ndie Daten des Kontos lena.brunnhold@outlook.de wurden am 12.11.2026 gesichert.\nMicrosoft-Referenz: GCC-2026-120044\n\nDie Daten werden 90 Tage aufbewahrt.\n",
  p8: "Date: Wed, 25 Nov 2026 08:30:00 +1000\nFrom: Snap Inc. <lawenforcement@snap.com>\nSubject: Snap Preservation Confirmation\n\nSnap has preserved the Snapchat account \"reefline.oz\" as of 24 November 2026 (AEDT).\nYour Snap reference number is: SNAP-PR-20261124-0912\n",
};

const summary = (text: string) =>
  parseProviderEmail(text, NOW).confirmations.map((c) => ({
    reference: c.reference,
    preservedOn: c.preservedOn?.day ?? null,
    accounts: c.accounts.map((a) => a.value),
    ofReference: c.extension?.ofReference ?? null,
  }));

describe('styles no corpus e-mail has', () => {
  it('a Spanish Outlook chain: two-word date field, a status table with a row not found, a ticket beside the reference', () => {
    const r = parseProviderEmail(EMAILS.p1, NOW);
    expect(r.emailDate?.day).toBe('2026-11-24');
    expect(summary(EMAILS.p1)).toEqual([{ reference: 'SNAP-PR-20261123-0441', preservedOn: '2026-11-23', accounts: ['tidal.moth_9'], ofReference: null }]);
  });

  it('a day-first date, the agency\'s reference and the officer\'s signature left out', () => {
    expect(summary(EMAILS.p2)).toEqual([
      { reference: '59120044', preservedOn: '2026-11-30', accounts: ['falk.reiner77@gmail.com', 'https://www.youtube.com/@reiner_falkvideos'], ofReference: null },
    ]);
  });

  it('a weekday date without a year, and a server id the provider says is not an account', () => {
    expect(summary(EMAILS.p3)).toEqual([{ reference: 'DISC-60021', preservedOn: '2026-11-23', accounts: ['1130447726918234112', 'ember_vault'], ofReference: null }]);
  });

  it('an extension under a new number, the original preservation\'s date day first', () => {
    const r = parseProviderEmail(EMAILS.p4, NOW);
    expect(summary(EMAILS.p4)).toEqual([{ reference: 'GCC-2026-140012', preservedOn: '2026-08-24', accounts: ['wren.halloway@hotmail.com'], ofReference: 'GCC-2026-099871' }]);
    expect(r.confirmations[0]!.extension).toMatchObject({ requestedOn: '2026-11-20', expiresOn: '2027-02-18' });
  });

  it('a provider reply on top of the officer\'s quoted request: only the provider\'s account, not the other one asked for', () => {
    expect(summary(EMAILS.p6)).toEqual([{ reference: 'LI-PR-2026-30917', preservedOn: '2026-11-25', accounts: ['https://www.linkedin.com/in/corvin-ashdale-4471'], ofReference: null }]);
  });

  it('a German sentence with the participle after the date, the agency\'s Aktenzeichen left out', () => {
    expect(summary(EMAILS.p7)).toEqual([{ reference: 'GCC-2026-120044', preservedOn: '2026-11-12', accounts: ['lena.brunnhold@outlook.de'], ofReference: null }]);
  });

  it('a +1000 sender: the stated day, a quoted username', () => {
    expect(summary(EMAILS.p8)).toEqual([{ reference: 'SNAP-PR-20261124-0912', preservedOn: '2026-11-24', accounts: ['reefline.oz'], ofReference: null }]);
  });
});
