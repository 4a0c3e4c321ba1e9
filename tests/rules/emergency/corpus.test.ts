import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus, score, summary } from './corpus-score';

/** Set from the first (and only) measurement of the holdout, less a margin: a regression alarm, not a target. */
const HOLDOUT_FLOOR = 0.75; // measured 79.0% on 2026-11-24

function measure(name: string, file: string) {
  const entries = readCorpus(file);
  const result = score(entries);
  console.log(summary(name, entries, result));
  // Only development sets are ever debugged; a holdout's misses are not printed.
  if (process.env.CORPUS_DEBUG && !file.startsWith('holdout')) console.log(result.wrong.join('\n'));
  return { entries, result };
}

describe('emergency narrative corpus (labelled independently of the implementation)', () => {
  it('labels at least 90% of the checks of the first set correctly', () => {
    const { entries, result } = measure('corpus', 'corpus.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  /**
   * A second set by another author. It scored 71.2% when first run, before the analysis was ever tuned on it; it
   * has been used for development since, so it is a regression set now, not a measure of generalization.
   */
  it('keeps at least 85% on the second set', () => {
    const { entries, result } = measure('corpus-2', 'corpus-2.json');
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
  });

  /** A third development set, written for issue 13 in the styles the analysis missed. */
  it.runIf(existsSync('tests/fixtures/narratives/dev-3.json'))('reports the third development set', () => {
    const { entries } = measure('dev-3', 'dev-3.json');
    expect(entries.length).toBeGreaterThanOrEqual(40);
  });

  /** A fourth development set for issue 13, written by another author without reading the analysis. */
  it('reports the fourth development set', () => {
    const { entries } = measure('dev-4', 'dev-4.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
  });

  /** A set by another author, measured once and never used for tuning. */
  it('generalizes to the untouched holdout set', () => {
    const { entries, result } = measure('holdout-2', 'holdout-2.json');
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(result.accuracy).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
  });
});
