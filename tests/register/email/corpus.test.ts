import { describe, expect, it } from 'vitest';
import { parseProviderEmail } from '../../../register/email';
import { providers } from '../../../providers/registry';
import { emptyTally, loadLabels, ratio, readEmail, report, score, toProposal, type CorpusSet, type Tally } from './corpus-score';

/**
 * The labelled corpus (tests/fixtures/emails): figures per field, printed, with floors at what was reached. `holdout/`
 * is spent (looked at and tuned on in round 2); `holdout2/` is never opened or tuned on, and its failures are never
 * printed, only its aggregate figures (see the corpus README).
 */
const READ_ON = new Date('2026-12-01T12:00:00Z');
const known = new Set(providers.map((p) => p.id));

function run(set: CorpusSet): Tally {
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

describe('e-mail corpus: holdout (spent: tuned on since round 2)', () => {
  it('reads the set-1 holdout e-mails at or above the figures reached', () => {
    const t = run('holdout');
    expect(t.emails).toBe(24);
    // Round 1, measured once: provider 95.8%, references 87.5%, dates 88.5%, accounts 66.7%, 5 distractors.
    // Round 2 (no longer a holdout figure): 95.8%, 87.5%, 88.5%, 74.4%, 5 distractors, no date from a duration.
    expect(t.datesFromDuration).toBe(0);
    expect(t.distractorsProposed.length).toBeLessThanOrEqual(5);
    expect(ratio(t.provider, t.emails)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(t.references, t.emails)).toBeGreaterThanOrEqual(0.87);
    expect(ratio(t.dates.right, t.dates.of)).toBeGreaterThanOrEqual(0.88);
    expect(ratio(t.accounts.found, t.accounts.of)).toBeGreaterThanOrEqual(0.74);
  });
});

describe('e-mail corpus: dev2 (set 2, tuned on)', () => {
  it('reads the dev2 e-mails at or above the figures reached', () => {
    const t = run('dev2');
    expect(t.emails).toBe(30);
    // Before round 2 (unseen): provider 100%, references 83.3%, dates 66.7%, accounts 66.7%, 10 distractors.
    // Reached: 100%, 86.7%, 73.3%, 80.0%, 5 distractors, no date from a duration (below the bar).
    expect(t.datesFromDuration).toBe(0);
    expect(t.distractorsProposed.length).toBeLessThanOrEqual(5);
    expect(ratio(t.provider, t.emails)).toBeGreaterThanOrEqual(1);
    expect(ratio(t.references, t.emails)).toBeGreaterThanOrEqual(0.86);
    expect(ratio(t.dates.right, t.dates.of)).toBeGreaterThanOrEqual(0.73);
    expect(ratio(t.accounts.found, t.accounts.of)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('e-mail corpus: holdout2 (never opened, never tuned on)', () => {
  it('reads the held-out set-2 e-mails at or above the figures measured once', () => {
    const t = run('holdout2');
    expect(t.emails).toBe(30);
    // Before round 2: provider 100%, references 63.3%, dates 51.6%, accounts 53.7%, 17 distractors.
    // After round 2, measured once with the parser frozen: 100%, 63.3%, 54.8%, 59.3%, 14 distractors, no date from a
    // duration. Far below the bar (98% / 98% / 95% / 90%, no distractor): the floors are what was reached.
    expect(t.datesFromDuration).toBe(0);
    expect(t.distractorsProposed.length).toBeLessThanOrEqual(14);
    expect(ratio(t.provider, t.emails)).toBeGreaterThanOrEqual(1);
    expect(ratio(t.references, t.emails)).toBeGreaterThanOrEqual(0.63);
    expect(ratio(t.dates.right, t.dates.of)).toBeGreaterThanOrEqual(0.54);
    expect(ratio(t.accounts.found, t.accounts.of)).toBeGreaterThanOrEqual(0.59);
  });
});
