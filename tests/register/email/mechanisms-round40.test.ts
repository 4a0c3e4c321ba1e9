import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 40 (dev25: the provider's reference beside the agency's case numbers, other tickets, NCMEC numbers,
 * order and transaction ids): each shown on invented mail, with probes that must read the new way (each failed before
 * its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const KICK = (line: string, extra = '') =>
  `From: Kick Trust & Safety <legal@kick.com>\nDate: Wed, 4 Nov 2026 16:20:11 +0000\nSubject: Preservation request received and actioned\n\nHello Detective,\n\nWe have frozen the records of the Kick account "ashen_comet_77" as of November 3, 2026.\n\n${line}\n${extra}\nThe records will be held for 90 days.\n\nKick Legal\n`;

describe("references: digit groups parted by single spaces after the label of a portal's file, a submission, a ticket, a confirmation or a tracking number ('Submission number: 7438 2291 0057', 'Numéro de soumission : …', 'Ticketnummer: …', 'under confirmation number 4471 0093 2218,')", () => {
  it.each([
    [KICK('Ticket number: 5520 1184 0937'), '5520 1184 0937', '2026-11-03'],
    [
      `From: Yubo Légal <legal@yubo.live>\nDate: Thu, 5 Nov 2026 09:02:44 +0100\nSubject: Conservation de données\n\nBonjour,\n\nNous avons conservé les données du compte « perle.de.sel » le 4 novembre 2026.\n\nNuméro de soumission : 6612 0045 8871\n\nCordialement,\nYubo - Équipe juridique\n`,
      '6612 0045 8871',
      '2026-11-04',
    ],
    [KICK('Everything is logged under confirmation number 4471 0093 2218, which you should cite when you write again.'), '4471 0093 2218', '2026-11-03'],
    [
      `From: Discord Recht <legal@discord.com>\nDate: Thu, 5 Nov 2026 09:02:44 +0100\nSubject: Sicherung\n\nGuten Tag,\n\nwir haben die Daten des Kontos nachtfalter_22 am 4. November 2026 gesichert.\n\nTicketnummer: 3301 7745 0092\n\nMit freundlichen Grüßen\nDiscord Trust & Safety\n`,
      '3301 7745 0092',
      '2026-11-04',
    ],
  ])('reads the spaced number as the reference: %s', (text, reference, day) => {
    const r = read(text);
    expect(r.references).toEqual([reference]);
    expect(r.preservedOn).toBe(day);
  });

  it.each([
    // Beside the preservation's own reference, the ticket's spaced number gives way, as a ticket's does.
    [KICK('Reference: KICK-PR-2611-0415', 'Ticket number: 5520 1184 0937')],
    // Too few digits for a reference: as before.
    [KICK('Ticket number: 55 20', 'Reference: KICK-PR-2611-0415')],
    // A telephone's spaced number is no file's: as before.
    [KICK('Telephone number: 0171 2345 6789', 'Reference: KICK-PR-2611-0415')],
  ])('reads as before: %s', (text) => {
    expect(read(text).references).toEqual(['KICK-PR-2611-0415']);
  });
});

const BNB = (items: string, extra = '') =>
  `From: Binance Law Enforcement <lers@binance.com>\nDate: Mon, 9 Nov 2026 03:15:00 +0000\nSubject: Account freeze and data retention\n\nDear Officer,\n\nFollowing your letter we froze both accounts and retained their records:\n\n${items}\n\nThe support ticket #ST-441207 raised by one of the users is a separate customer matter.\n${extra}\nRecords are retained for 90 days.\n\nBinance LE Team\n`;

describe("references: a line of a file label and its value whose label ends in a number's abbreviation, not a colon ('Case No. OKX-LE-…', 'Record # 88120457'), a list item's marker maybe before it, heads its item as 'Case number:' would, beside a ticket's labelled number", () => {
  it.each([
    [BNB('1. Case No. BNB-LE-2611-0093\n   UID 77120045\n2. Case No. BNB-LE-2611-0094\n   UID 77120188'), ['BNB-LE-2611-0093', 'BNB-LE-2611-0094']],
    [BNB('- Record # 88120457\n  UID 77120045'), ['88120457']],
    [
      `From: Kraken Law Enforcement <le@kraken.com>\nDate: Mon, 9 Nov 2026 03:15:00 +0000\nSubject: Conservazione dei dati\n\nGentile ispettore,\n\nabbiamo congelato e conservato i dati dei due conti:\n\n(1) Case No. KRK-2611-00417\n    E-mail: volpe.rossa@libero.it\n(2) Case No. KRK-2611-00418\n    E-mail: gufo.grigio@libero.it\n\nIl support ticket #ST-2291047 aperto da un utente riguarda un'altra questione.\n\nKraken Legal\n`,
      ['KRK-2611-00417', 'KRK-2611-00418'],
    ],
  ])("reads the labelled numbers, not the ticket's: %s", (text, references) => {
    expect(read(text).references).toEqual(references);
  });

  it.each([
    // The addressee's case number: set aside as before.
    [BNB('Your Case No. 26-CR-00917\nUID: 77120045'), ['ST-441207']],
    // The label inside a sentence, not a line of its own: as before.
    [BNB('UID 77120045, see case No. 2611-0093 for the log', 'Preservation ID: BNB-PR-7712'), ['BNB-PR-7712']],
    // Beside the preservation's own label, as before.
    [BNB('Case No. BNB-LE-2611-0093\nUID: 77120045', 'Preservation ID: BNB-PR-7712'), ['BNB-PR-7712']],
  ])('reads as before: %s', (text, references) => {
    expect(read(text).references).toEqual(references);
  });
});
