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
