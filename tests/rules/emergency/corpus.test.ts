import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';

interface Entry {
  id: string;
  text: string;
  expect: Record<Check, boolean>;
}
type Check = 'harm' | 'imminence' | 'timeframe' | 'nexus' | 'personAtRisk';
/** Set from the first (and only) measurement of the holdout, less a margin: a regression alarm, not a target. */
const HOLDOUT_FLOOR = 0.75; // measured 79.0% on 2026-11-24
const CHECKS: Check[] = ['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'];

const corpus: Entry[] = JSON.parse(readFileSync('tests/fixtures/narratives/corpus.json', 'utf8'));
/**
 * A second set by another author. It scored 71.2% when first run, before the analysis was ever tuned on it; it
 * has been used for development since, so it is a regression set now, not a measure of generalization.
 */
const corpus2: Entry[] = JSON.parse(readFileSync('tests/fixtures/narratives/corpus-2.json', 'utf8'));
/** A third set, by another author, measured once and never used for tuning: the honest generalization figure. */
const holdout: Entry[] = JSON.parse(readFileSync('tests/fixtures/narratives/holdout-2.json', 'utf8'));
/** The corpus is set around this day; relative times are read against it. */
const REFERENCE = new Date('2026-11-22T12:00:00Z');

function score(entries: Entry[]) {
  const wrong: string[] = [];
  let correct = 0;
  const perCheck = Object.fromEntries(CHECKS.map((c) => [c, 0])) as Record<Check, number>;
  for (const entry of entries) {
    const analysis = analyzeNarrative(entry.text, REFERENCE);
    for (const check of CHECKS) {
      const got = analysis[check] !== null;
      if (got === entry.expect[check]) {
        correct++;
        perCheck[check]++;
      } else wrong.push(`${entry.id} ${check}: expected ${entry.expect[check]}, got ${got}${analysis[check] ? ` ("${analysis[check]!.text}")` : ''}`);
    }
  }
  return { accuracy: correct / (entries.length * CHECKS.length), perCheck, wrong };
}

describe('emergency narrative corpus (labelled independently of the implementation)', () => {
  it('has at least 60 narratives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it('labels at least 90% of the checks correctly', () => {
    const { accuracy, perCheck, wrong } = score(corpus);
    console.log(
      `corpus accuracy ${(accuracy * 100).toFixed(1)}% over ${corpus.length} narratives; per check: ` +
        CHECKS.map((c) => `${c} ${((perCheck[c] / corpus.length) * 100).toFixed(0)}%`).join(', '),
    );
    if (process.env.CORPUS_DEBUG) console.log(wrong.join('\n'));
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps at least 85% on the second set', () => {
    const { accuracy, perCheck, wrong } = score(corpus2);
    console.log(
      `second set accuracy ${(accuracy * 100).toFixed(1)}% over ${corpus2.length} narratives; per check: ` +
        CHECKS.map((c) => `${c} ${((perCheck[c] / corpus2.length) * 100).toFixed(0)}%`).join(', '),
    );
    if (process.env.CORPUS_DEBUG) console.log(wrong.join('\n'));
    expect(corpus2.length).toBeGreaterThanOrEqual(40);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('generalizes to the untouched holdout set', () => {
    const { accuracy, perCheck } = score(holdout);
    console.log(
      `holdout accuracy ${(accuracy * 100).toFixed(1)}% over ${holdout.length} narratives; per check: ` +
        CHECKS.map((c) => `${c} ${((perCheck[c] / holdout.length) * 100).toFixed(0)}%`).join(', '),
    );
    expect(holdout.length).toBeGreaterThanOrEqual(40);
    expect(accuracy).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
  });
});
