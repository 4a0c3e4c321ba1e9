import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { providers } from '../../../providers/registry';
import { emptyTally, loadLabels, ratio, readEmail, report, score, toProposal, type Tally } from './corpus-score';

/**
 * The labelled corpus (tests/fixtures/emails): figures per field, printed, with floors. `holdout/` is measured only
 * with EMAIL_HOLDOUT=1 and never used for tuning (see the corpus README).
 */
const READ_ON = new Date('2026-12-01T12:00:00Z');
const known = new Set(providers.map((p) => p.id));

function run(set: 'dev' | 'holdout'): Tally {
  const tally = emptyTally();
  for (const label of loadLabels(set)) {
    const text = readEmail(label);
    score(tally, label, text, toProposal(parseProviderEmail(text, READ_ON)), known, READ_ON.toISOString().slice(0, 10));
  }
  console.log(report(set, tally));
  if (process.env.EMAIL_VERBOSE) console.log(tally.failures.join('\n'));
  return tally;
}

describe('e-mail corpus: dev', () => {
  it('reads the dev e-mails at or above the figures reached', () => {
    const t = run('dev');
    expect(t.emails).toBe(42);
    expect(t.datesFromDuration).toBe(0);
    expect(t.distractorsProposed).toEqual([]);
    // Reached: 100% on each (tuned on dev; provider counts the providers added alongside); before this parser: 91.9%, 81.0%, 32.6%, 29.9%, 5 dates from durations.
    expect(ratio(t.providerKnown.right, t.providerKnown.of)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(t.references, t.emails)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(t.dates.right, t.dates.of)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(t.accounts.found, t.accounts.of)).toBeGreaterThanOrEqual(0.97);
  });
});

describe.skipIf(!process.env.EMAIL_HOLDOUT)('e-mail corpus: holdout (EMAIL_HOLDOUT=1)', () => {
  it('reads the held-out e-mails', () => {
    const t = run('holdout');
    expect(t.emails).toBe(24);
    // Measured once, after the parser was frozen; below the targets, so the floors are what was reached
    // (provider 95.8%, references 87.5%, dates 88.5%, accounts 66.7%, 5 distractors proposed, no date from a
    // duration). Before this parser: 79.2%, 75.0%, 42.3%, 28.2%, 2 distractors, 5 dates from durations.
    expect(t.datesFromDuration).toBe(0);
    expect(t.distractorsProposed.length).toBeLessThanOrEqual(5);
    expect(ratio(t.provider, t.emails)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(t.references, t.emails)).toBeGreaterThanOrEqual(0.87);
    expect(ratio(t.dates.right, t.dates.of)).toBeGreaterThanOrEqual(0.88);
    expect(ratio(t.accounts.found, t.accounts.of)).toBeGreaterThanOrEqual(0.66);
  });
});
