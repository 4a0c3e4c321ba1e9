import { describe, expect, it } from 'vitest';
import { providers } from '../../../providers/registry';
import { parseProviderEmail } from '../../../register/email';
import { emptyTally, loadLabels, ratio, readEmail, report, score, toProposal } from './corpus-score';

/**
 * Set 4's validation e-mails (tests/fixtures/emails/validation4, by an author who never read the parser): the tuner
 * measures on them but never reads them. Only the aggregate figures are printed, never a failure (EMAIL_VERBOSE is
 * ignored on purpose), so that nobody can tune on a single e-mail.
 */
const READ_ON = new Date('2026-12-21T12:00:00Z');

describe('e-mail corpus: validation4 (aggregate figures only)', () => {
  const tally = emptyTally();
  const labels = loadLabels('validation4');
  for (const label of labels) {
    const text = readEmail(label);
    score(tally, label, text, toProposal(parseProviderEmail(text, READ_ON)), new Set(providers.map((p) => p.id)), READ_ON.toISOString().slice(0, 10));
  }
  console.log(report('validation4', tally));

  it('holds 30 e-mails', () => {
    expect(tally.emails).toBe(30);
  });

  it('never proposes a date computed from a duration', () => {
    expect(tally.datesFromDuration).toBe(0);
  });

  it('keeps each field above its regression floor', () => {
    expect(ratio(tally.provider, tally.emails)).toBeGreaterThanOrEqual(FLOORS.provider);
    expect(ratio(tally.references, tally.emails)).toBeGreaterThanOrEqual(FLOORS.references);
    expect(ratio(tally.dates.right, tally.dates.of)).toBeGreaterThanOrEqual(FLOORS.dates);
    expect(ratio(tally.accounts.found, tally.accounts.of)).toBeGreaterThanOrEqual(FLOORS.accounts);
    expect(tally.distractorsProposed.length).toBeLessThanOrEqual(FLOORS.distractors);
  });
});

// validation set: aggregate figures only while tuning; floors set by the lead
const FLOORS = { provider: 0, references: 0, dates: 0, accounts: 0, distractors: 99 };
