import { describe, expect, it } from 'vitest';
import { readCorpus, score, summary } from './corpus-score';

/**
 * The held-out set of issue #13's round 4, written from the labelling definitions alone by an author who read neither
 * the analysis nor any other narrative set nor any list of its misses. It prints only the aggregate summary:
 * `score(...).wrong` stays unread and CORPUS_DEBUG is not honoured here, so that nobody can tune on single entries.
 */
// Held-out set: written blind on 2026-11-30, measured by the lead before and after round 4, never tuned on. Before
// (e458a96): 82.7%, complete clean 21 of 31 (harm 70%, imminence 72%, timeframe 97%, nexus 83%, person 92%). After round 4
// (366fed1): 84.3%, 24 of 31 (harm 72%, imminence 75%, timeframe 98%, nexus 85%, person 92%). The floors are a
// regression alarm a little under the last figures, not a target.
const ACCURACY_FLOOR = 0.82;
const COMPLETE_CLEAN_FLOOR = 0.74;

const holdout = readCorpus('holdout-7.json');

describe('emergency narrative holdout-7 (aggregate only; never tuned on)', () => {
  const result = score(holdout);
  const { accuracy, complete, completeClean } = result;
  console.log(summary('holdout-7', holdout, result));

  it('holds at least 60 narratives, at least 28 of them complete', () => {
    expect(holdout.length).toBeGreaterThanOrEqual(60);
    expect(complete).toBeGreaterThanOrEqual(28);
  });

  it('keeps its label accuracy above the floor', () => {
    expect(accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it('keeps its complete-narrative clean rate above the floor', () => {
    expect(completeClean / complete).toBeGreaterThanOrEqual(COMPLETE_CLEAN_FLOOR);
  });
});
