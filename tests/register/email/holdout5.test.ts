import { describe, expect, it } from 'vitest';
import { providers } from '../../../providers/registry';
import { parseProviderEmail } from '../../../register/email';
import { emptyTally, loadLabels, ratio, readEmail, report, score, toProposal } from './corpus-score';

/**
 * Set holdout5 (tests/fixtures/emails/holdout5, by an author who never read the parser, its tests or the other sets'
 * e-mails): measured, never tuned on. Only the aggregate figures are printed, never a failure, and EMAIL_VERBOSE is
 * ignored on purpose, so that nobody can tune on them.
 */
const READ_ON = new Date('2026-12-01T12:00:00Z');

describe('e-mail corpus: holdout5 (never opened by the parser’s tuners)', () => {
  const tally = emptyTally();
  const labels = loadLabels('holdout5');
  for (const label of labels) {
    const text = readEmail(label);
    score(tally, label, text, toProposal(parseProviderEmail(text, READ_ON)), new Set(providers.map((p) => p.id)), READ_ON.toISOString().slice(0, 10));
  }
  console.log(report('holdout5', tally));

  it('holds 36 e-mails', () => {
    expect(tally.emails).toBe(36);
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

// Held-out set: written blind on 2026-11-30, measured by the lead before and after round 7, never tuned on.
// provider / references / date / account recall / distractors proposed:
//   before round 7 (2c902c7): 94.4 (known providers 97.1) / 80.6 / 81.1 / 70.9 / 5
//   after round 7 (de306b9):  94.4 (known providers 97.1) / 80.6 / 83.8 / 72.7 / 6
// Round 7 took holdout4 from 86/87/83 to 100% on each field and barely moved this set: the rules fit the mail they
// were made from. The floors are a regression alarm at the last figures, not a target.
const FLOORS = { provider: 0.94, references: 0.8, dates: 0.83, accounts: 0.72, distractors: 6 };
