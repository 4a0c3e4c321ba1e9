import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 30 (dev18's failures, read as shapes any e-mail may have): each shown on invented mail, with
 * probes that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

describe("text: in a phone's run-on copy, a greeting right after the closing bracket of the To: line's address ('To: <det.vale@…> Hello Detective,') starts the body's line", () => {
  it.each([
    ["Fwd: Discord preservation ---------- Forwarded message --------- From: Discord Legal <legal-noreply@discord.com> Date: Tue, Nov 17, 2026 at 9:12 AM Subject: Preservation confirmed - DSC-LE-2611-5501 To: <det.vale@pd.example.org> Hello Detective, Discord has preserved the following account. Preserved on 2026-11-16. User ID: 1029384756102938475 Username: quill_heron_2 Reference: DSC-LE-2611-5501 Data will be retained for 90 days. Discord Legal Team Sent from my iPhone\n", ["1029384756102938475", "quill_heron_2"]],
    ["TR: Conservation Snap ---------- Message transféré --------- De : Snap Law Enforcement <lawenforcement@snapchat.com> Date: jeu. 19 nov. 2026 à 10:02 Subject: Conservation - SNAP-PR-2611-0042 To: <lt.roux@gendarmerie.example.fr> Bonjour Lieutenant, Snap Inc. a conservé les données du compte suivant. Conservation effectuée le 18/11/2026. Nom d'utilisateur : sel_gris_88 Référence : SNAP-PR-2611-0042 Les données seront conservées 90 jours. Snap Law Enforcement Envoyé de mon iPhone\n", ["sel_gris_88"]],
    ["WG: Sicherung ---------- Forwarded message --------- Von: Microsoft Law Enforcement <lens@microsoft.com> Date: Mi., 18. Nov. 2026 um 08:14 Subject: Sicherung abgeschlossen - MS-LE-2611-0733 To: Frau Roth <k.roth@polizei.example.de> Sehr geehrte Frau Roth, Microsoft hat die Daten des folgenden Kontos gesichert. Gesichert am 17.11.2026. Konto: eisvogel.blau71@outlook.de Referenz: MS-LE-2611-0733 Die Daten werden 90 Tage aufbewahrt. Microsoft Law Enforcement Von meinem iPhone gesendet\n", ["eisvogel.blau71@outlook.de"]],
  ])("reads the body apart from the header: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // The greeting after a word (the addressee's name): as before.
    ["Fwd: Discord preservation ---------- Forwarded message --------- From: Discord Legal <legal-noreply@discord.com> Date: Tue, Nov 17, 2026 at 9:12 AM Subject: Preservation confirmed - DSC-LE-2611-5502 To: Det. Vale Hello Detective, Discord has preserved the following account. Preserved on 2026-11-16. User ID: 1029384756102938476 Username: quill_heron_3 Reference: DSC-LE-2611-5502 Data will be retained for 90 days. Discord Legal Team Sent from my iPhone\n", ["1029384756102938476", "quill_heron_3"]],
    // A long paragraph (no header field, no phone's sign-off) with an address and a greeting in it: no flattened copy, as before.
    ["From: Reddit Legal <legal@reddit.com>\nDate: Tue, 17 Nov 2026 09:12:00 -0800\nTo: det.vale@pd.example.org\nSubject: Preservation RDT-PR-558124\n\nHello Detective,\n\nWe preserved u/Moss_Lantern_41 on November 16, 2026, as you asked in your letter sent from your unit's mailbox <det.vale@pd.example.org> Hello team, this line runs on for a long while because the writer never pressed return while typing a long paragraph about the matter at hand, which is a preservation of the account named above and nothing else whatsoever.\n\nReference: RDT-PR-558124\n", ["u/Moss_Lantern_41"]],
    // The same mail with its line breaks: as before.
    ["From: Discord Legal <legal-noreply@discord.com>\nDate: Tue, 17 Nov 2026 09:12:00 -0800\nTo: Det. Vale <det.vale@pd.example.org>\nSubject: Preservation confirmed - DSC-LE-2611-5503\n\nHello Detective,\n\nDiscord has preserved the following account on 2026-11-16.\n\nUser ID: 1029384756102938477\nUsername: quill_heron_4\nReference: DSC-LE-2611-5503\n", ["1029384756102938477", "quill_heron_4"]],
  ])("reads as before: %s", (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});
