import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 27 (dev16's kinds: provider messages in the investigator's language, case numbers quoted back):
 * each shown on invented mail in other providers, words, languages and layouts than the corpus's, with probes that must
 * read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

describe("references: a spaced reference's groups are capitals and digits, the label's own words after it no group ('Nuestro número de caso es SNAP-LE-…' in a forward)", () => {
  it.each([
    ["-------- Mensaje reenviado --------\nAsunto: \tSu solicitud de conservación (Diligencias 4410/2026)\nFecha: \tTue, 10 Nov 2026 09:14:00 +0100\nDe: \tSnap Law Enforcement <lawenforcement@snapchat.com>\nPara: \tInspectora Ana Ruiz <ana.ruiz@policia.example.es>\n\nHola,\n\nen relación con su solicitud (Diligencias 4410/2026), le confirmamos que hemos conservado los datos de la cuenta garza_gris_9.\n\nNuestro número de caso es SNAP-LE-7731905.\n\nSaludos,\nSnap Law Enforcement\n\n-- \nInspectora Ana Ruiz\nTel.: +34 91 555 0123\nana.ruiz@policia.example.es\n", ["SNAP-LE-7731905"]],
    ["-------- Mensaje reenviado --------\nAsunto: \tSu solicitud de conservación (Diligencias 4410/2026)\nFecha: \tTue, 10 Nov 2026 09:14:00 +0100\nDe: \tSnap Law Enforcement <lawenforcement@snapchat.com>\nPara: \tInspectora Ana Ruiz <ana.ruiz@policia.example.es>\n\nHola,\n\nen relación con su solicitud (Diligencias 4410/2026), le confirmamos que hemos conservado los datos de la cuenta garza_gris_8.\n\nNuestro número de expediente es SNAP-LE-7731906.\n\nSaludos,\nSnap Law Enforcement\n\n-- \nInspectora Ana Ruiz\nTel.: +34 91 555 0123\nana.ruiz@policia.example.es\n", ["SNAP-LE-7731906"]],
    ["-------- Message transféré --------\nSujet : \tVotre demande de conservation (PV n° 2026/00871)\nDate : \tTue, 10 Nov 2026 09:14:00 +0100\nDe : \tPinterest Legal <legal@pinterest.com>\nPour : \tCapitaine Luc Marin <luc.marin@gendarmerie.example.fr>\n\nBonjour,\n\nsuite à votre demande (PV n° 2026/00871), nous vous confirmons avoir conservé les données du compte pinterest.com/brume_bleue_41.\n\nNuestro número de referencia es PIN-LE-5530173.\n\nCordialement,\nPinterest Legal\n\n-- \nCapitaine Luc Marin\nTél. : 01 99 00 12 34\nluc.marin@gendarmerie.example.fr\n", ["PIN-LE-5530173"]],
  ])("reads the reference alone: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });

  it.each([
    // A spaced reference after the copula and a colon: whole, as before.
    ["-------- Weitergeleitete Nachricht --------\nBetreff: \tIhre Sicherungsanfrage (Aktenzeichen: KI/44120/2026)\nDatum: \tTue, 10 Nov 2026 09:14:00 +0100\nVon: \tTwitch Law Enforcement <lawenforcement@twitch.tv>\nAn: \tKHK Jana Roth <jana.roth@polizei.example.de>\n\nSehr geehrte Frau Roth,\n\nbezugnehmend auf Ihre Anfrage (Aktenzeichen: KI/44120/2026) teilen wir Ihnen mit, dass wir die Daten des Kanals twitch.tv/graue_eule_77 gesichert haben.\n\nUnser Aktenzeichen lautet: BLK 2026 3318\n\nMit freundlichen Grüßen\nTwitch Law Enforcement\n\n-- \nKHK Jana Roth\nTel.: +49 711 5550 1200\njana.roth@polizei.example.de\n", ["BLK 2026 3318"]],
    // Groups parted by a slash after the copula: whole, as before.
    ["-------- Weitergeleitete Nachricht --------\nBetreff: \tIhre Sicherungsanfrage (Aktenzeichen: KI/44120/2026)\nDatum: \tTue, 10 Nov 2026 09:14:00 +0100\nVon: \tTwitch Law Enforcement <lawenforcement@twitch.tv>\nAn: \tKHK Jana Roth <jana.roth@polizei.example.de>\n\nSehr geehrte Frau Roth,\n\nbezugnehmend auf Ihre Anfrage (Aktenzeichen: KI/44120/2026) teilen wir Ihnen mit, dass wir die Daten des Kanals twitch.tv/graue_eule_77 gesichert haben.\n\nUnsere Vorgangsnummer lautet TW-BA 2026 / 0477315\n\nMit freundlichen Grüßen\nTwitch Law Enforcement\n\n-- \nKHK Jana Roth\nTel.: +49 711 5550 1200\njana.roth@polizei.example.de\n", ["TW-BA 2026 / 0477315"]],
    // Capitals and digits after the provider's label: whole, as before.
    ["-------- Message transféré --------\nSujet : \tVotre demande de conservation (PV n° 2026/00871)\nDate : \tTue, 10 Nov 2026 09:14:00 +0100\nDe : \tPinterest Legal <legal@pinterest.com>\nPour : \tCapitaine Luc Marin <luc.marin@gendarmerie.example.fr>\n\nBonjour,\n\nsuite à votre demande (PV n° 2026/00871), nous vous confirmons avoir conservé les données du compte pinterest.com/brume_bleue_41.\n\nNotre dossier : PIN LE 2611 0573\n\nCordialement,\nPinterest Legal\n\n-- \nCapitaine Luc Marin\nTél. : 01 99 00 12 34\nluc.marin@gendarmerie.example.fr\n", ["PIN LE 2611 0573"]],
  ])("reads the spaced references as before: %s", (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});
