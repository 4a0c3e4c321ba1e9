import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 33 (dev21: accounts and the strings that look like them): each shown on invented mail, with probes
 * that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const REDDIT =
  'From: Reddit Legal via Kodex <notifications@kodex.us>\nDate: Wed, 18 Nov 2026 10:40:51 -0800\nSubject: Preservation complete: RDT-PRS-0071944\n\nReddit has preserved the following account(s) on 11/18/2026:\n\n  u/Saltmarsh_Keeper\n\nReference: RDT-PRS-0071944\n\n';
const OUTLOOK_DE =
  'Von: Microsoft Law Enforcement <lens@microsoft.com>\nGesendet: Mittwoch, 18. November 2026 10:02\nAn: Jana Weber <jana.weber@polizei.example.de>\nBetreff: AW: Sicherungsersuchen\n\nSehr geehrte Frau Weber,\n\nwir haben das Konto kranich.grau48@outlook.com am 17.11.2026 gesichert. Referenz: GCC-2026-118832.\n\n';

describe("accounts: an example in a 'Label: …' line whose value is a sentence ('How to submit future requests: identify accounts by username (e.g. u/example_user)'), and an abbreviation's letters ('e.g', 'z. B'), are no account", () => {
  it.each([
    [`${REDDIT}How to submit future requests: identify accounts by username (e.g. u/sample_name1) or by e-mail (e.g. someone@example.com).\n`, ['u/Saltmarsh_Keeper']],
    [`${OUTLOOK_DE}Künftige Ersuchen: Konten bitte mit Benutzernamen angeben, z. B. max.muster88@web.de.\n\nMit freundlichen Grüßen\nMicrosoft\n`, ['kranich.grau48@outlook.com']],
    [`${REDDIT}Note: accounts are identified by name (e.g. a username).\n`, ['u/Saltmarsh_Keeper']],
  ])('reads only the preserved account: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });

  it.each([
    // A row's value with an example's word after the account: the row keys the account, as before.
    [`${REDDIT}Also preserved: u/marigold_relay2 (e.g. its posts and messages)\n`, ['u/Saltmarsh_Keeper', 'u/marigold_relay2']],
    // An example in a sentence with no label, as before (round 31).
    [`${REDDIT}In future requests please identify accounts by username, for example u/sample_name2.\n`, ['u/Saltmarsh_Keeper']],
    // A label over a value that is the account itself, as before.
    [`${REDDIT}Second account: u/fernlight_77\n`, ['u/Saltmarsh_Keeper', 'u/fernlight_77']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});
