import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../rules/emergency/lib/narrative';

type Check = 'harm' | 'imminence' | 'timeframe' | 'nexus' | 'personAtRisk';
interface Entry {
  id: string;
  text: string;
  expect: Record<Check, boolean>;
}
const CHECKS: Check[] = ['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'];

/**
 * The fourth author's holdout (issue #13): written before the analysis was tuned for the new styles and never to be
 * tuned on. The floors are the first measurement less 3 points: a regression alarm, not a target. This file prints
 * no per-entry misses on purpose, so that nobody can tune on them.
 */
const ACCURACY_FLOOR = 0.727; // measured 75.7% on 2026-11-29, before tuning for issue #13
const COMPLETE_CLEAN_FLOOR = 0.303; // measured 33.3% (10 of 30) on 2026-11-29, before tuning for issue #13
/** The narratives are set around this day; relative times are read against it (as in corpus.test.ts). */
const REFERENCE = new Date('2026-11-22T12:00:00Z');

const holdout: Entry[] = JSON.parse(readFileSync('tests/fixtures/narratives/holdout-3.json', 'utf8'));

function measure(entries: Entry[]) {
  let correct = 0;
  let complete = 0;
  let completeClean = 0;
  const perCheck = Object.fromEntries(CHECKS.map((check) => [check, 0])) as Record<Check, number>;
  for (const entry of entries) {
    const analysis = analyzeNarrative(entry.text, REFERENCE);
    for (const check of CHECKS) {
      if ((analysis[check] !== null) === entry.expect[check]) {
        correct++;
        perCheck[check]++;
      }
    }
    if (CHECKS.every((check) => entry.expect[check])) {
      complete++;
      // Clean: every element found, so the guide would raise no emergency finding on this narrative.
      if (CHECKS.every((check) => analysis[check] !== null)) completeClean++;
    }
  }
  return { accuracy: correct / (entries.length * CHECKS.length), perCheck, complete, completeClean };
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

describe('emergency narrative holdout-3 (untouched; measured, never tuned on)', () => {
  const { accuracy, perCheck, complete, completeClean } = measure(holdout);
  const cleanRate = complete === 0 ? 0 : completeClean / complete;
  console.log(
    `holdout-3 accuracy ${percent(accuracy)} over ${holdout.length} narratives; per check: ` +
      CHECKS.map((check) => `${check} ${percent(perCheck[check] / holdout.length)}`).join(', ') +
      `; complete narratives with no emergency finding: ${completeClean} of ${complete} (${percent(cleanRate)})`,
  );

  it('holds 60 narratives, at least 25 of them complete', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(60);
    expect(complete).toBeGreaterThanOrEqual(25);
  });

  it('keeps its label accuracy above the regression floor', () => {
    expect(accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it('keeps its complete-narrative clean rate above the regression floor', () => {
    expect(cleanRate).toBeGreaterThanOrEqual(COMPLETE_CLEAN_FLOOR);
  });
});
