import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 38 (holdout23 and holdout24, opened for tuning): each shown on invented mail, with probes that must
 * read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const PORTAL = (fields: string) =>
  `From: Kodex <notifications@kodexglobal.com>\nDate: Fri, 6 Nov 2026 14:14:02 -0800\nSubject: Snap — Request Update\n\nSnap — Request Update\n\nYour request SNAP-PRSV-7720415 has been updated.\n\nStatus: Completed — Preservation\n${fields}\n\nSnap has preserved the following account:\nUsername: ember.quill\n\nPreservation completed: Nov 6, 2026\n\nView in Kodex\nhttps://app.kodexglobal.com/snap/requests/SNAP-PRSV-7720415\n`;

describe("references: a bare file label right under a requester's field of a notice's form ('Agency: Westmere County Sheriff's Office⏎Case number: 26-CR-00917', 'Requesting officer: …⏎File no.: …') is the requester's field too, its number the agency's", () => {
  it.each([
    [PORTAL("Agency: Westmere County Sheriff's Office\nCase number: 26-CR-00917")],
    [PORTAL('Requesting officer: Det. Ana Ng, Harbor City PD\nFile no.: HCPD-2026-004417')],
    [PORTAL('Investigator: SA Marguerite Holm, FBI San Francisco\nReference: 318D-SF-4477120')],
  ])('reads only the request the notice is about: %s', (text) => {
    expect(read(text).references).toEqual(['SNAP-PRSV-7720415']);
  });

  it.each([
    // The field above is the provider's, not the requester's: the case number reads as before.
    [PORTAL('Provider: Snap Inc.\nCase number: 26-CR-00917'), ['26-CR-00917']],
    // A line of another field between them: as before.
    [PORTAL("Agency: Westmere County Sheriff's Office\nPriority: normal\nCase number: 26-CR-00917"), ['26-CR-00917']],
    // The provider's own label under the agency's field ("Snap case number"): as before.
    [PORTAL("Agency: Westmere County Sheriff's Office\nSnap case number: 7720415001"), ['7720415001']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).references).toEqual(expected);
  });
});
