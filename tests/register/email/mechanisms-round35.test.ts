import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';

/**
 * Mechanisms of round 35 (dev23: distractors that look like references or accounts): each shown on invented mail, with
 * probes that must read the new way (each failed before its change) and probes that must not change.
 */
const NOW = new Date('2026-12-01T12:00:00Z');
const read = (text: string) => {
  const r = parseProviderEmail(text, NOW);
  return { providerId: r.providerId, references: r.references, preservedOn: r.preservedOn, accounts: r.accountIdentifiers, emailDate: r.emailDate?.day ?? null };
};

const KIK = (tail: string) =>
  `From: Kik Law Enforcement <lawenforcement@kik.com>\nDate: Tue, 17 Nov 2026 09:12:40 -0500\nSubject: Preservation confirmed - KIK-PR-2026-55210\n\nHello,\n\nWe have preserved the account data for the Kik user ember_tide.44 on November 16, 2026.\n\nReference: KIK-PR-2026-55210\n\n${tail}\n`;

describe("accounts: a handle or page in a signature's or footer's line, keyed by a network's name ('Twitter: @…', 'Facebook: facebook.com/…', 'Official channel: t.me/…') or a cell beside the organisation's name or address, is the writer's own", () => {
  it.each([
    [KIK('Kik Trust & Safety | Twitter: @kik_safety_team | Telegram: t.me/kik_updates_le')],
    [KIK('Kik Interactive, Waterloo\nOfficial channel: t.me/kik_news_official')],
    [KIK('Kik Trust & Safety | @KikSupport_LE | 420 Weber Street North, Waterloo')],
    [`${KIK('Follow @kik_creators for product news.')}`],
    [`${KIK('')}\nLena Hart | Cyber Unit | 555-0131 | Facebook: facebook.com/ExampleCountyPD2\n`],
  ])('reads only the preserved account: %s', (text) => {
    expect(read(text).accounts).toEqual(['ember_tide.44']);
  });

  it.each([
    // The accounts listed under a heading, keyed by their networks: accounts, as before.
    [KIK('Also preserved:\nInstagram: @harbor.lights_9\nFacebook: facebook.com/harbor.lights9'), ['ember_tide.44', '@harbor.lights_9', 'facebook.com/harbor.lights9']],
    // A network's account named as such on a line of cells, as before.
    [KIK('Instagram account: @ridge.walker_3 | preserved'), ['ember_tide.44', '@ridge.walker_3']],
    // A list item keyed by its network, as before.
    [KIK('We also preserved:\n- Twitter: @kestrel_dawn4'), ['ember_tide.44', '@kestrel_dawn4']],
  ])('reads as before: %s', (text, expected) => {
    expect(read(text).accounts).toEqual(expected);
  });
});
