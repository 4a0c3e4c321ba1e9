import { describe, expect, it } from 'vitest';
import { readCorpus, score, summary } from './corpus-score';

/**
 * The second validation set of issue #13, written from the labelling definitions alone by an author who read neither
 * the analysis nor any other narrative set nor any list of its misses. It prints only the aggregate summary:
 * `score(...).wrong` stays unread and CORPUS_DEBUG is not honoured here, so that nobody can tune on single entries.
 */
// Validation set: aggregate figures only, never read or tuned entry by entry; floors set by the lead.
// Aggregate only, never read: 80.8% / 16 of 27 before round 3 of issue 13, 83.5% / 18 after (round 3 kept only
// changes that did not lower it); 84.2% / 18 after round 4 (the same rule).
const ACCURACY_FLOOR = 0.82;
const COMPLETE_CLEAN_FLOOR = 0.62;

const validation = readCorpus('validation-6.json');

describe('emergency narrative validation-6 (aggregate only; never tuned on)', () => {
  const result = score(validation);
  const { accuracy, complete, completeClean } = result;
  console.log(summary('validation-6', validation, result));

  it('holds at least 50 narratives, at least 24 of them complete', () => {
    expect(validation.length).toBeGreaterThanOrEqual(50);
    expect(complete).toBeGreaterThanOrEqual(24);
  });

  it('keeps its label accuracy above the floor', () => {
    expect(accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
  });

  it('keeps its complete-narrative clean rate above the floor', () => {
    expect(completeClean / complete).toBeGreaterThanOrEqual(COMPLETE_CLEAN_FLOOR);
  });
});
