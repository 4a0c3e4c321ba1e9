import { describe, expect, it } from 'vitest';
import { readCorpus, score, summary } from './corpus-score';

export interface AggregateSet {
  /** `tests/fixtures/narratives/<name>.json`. */
  name: string;
  atLeast: { narratives: number; complete: number };
  floors: { accuracy: number; completeClean: number };
}

/**
 * A narrative set measured in aggregate only (a validation or held-out set): it prints the summary line and never its
 * misses (`score(...).wrong` stays unread, CORPUS_DEBUG is not honoured), so that nobody can tune on single entries.
 */
export function describeAggregateSet({ name, atLeast, floors }: AggregateSet): void {
  const entries = readCorpus(`${name}.json`);
  describe(`emergency narrative ${name} (aggregate only; never tuned on)`, () => {
    const result = score(entries);
    const { accuracy, complete, completeClean } = result;
    console.log(summary(name, entries, result));

    it(`holds at least ${atLeast.narratives} narratives, at least ${atLeast.complete} of them complete`, () => {
      expect(entries.length).toBeGreaterThanOrEqual(atLeast.narratives);
      expect(complete).toBeGreaterThanOrEqual(atLeast.complete);
    });

    it('keeps its label accuracy above the floor', () => {
      expect(accuracy).toBeGreaterThanOrEqual(floors.accuracy);
    });

    it('keeps its complete-narrative clean rate above the floor', () => {
      expect(completeClean / complete).toBeGreaterThanOrEqual(floors.completeClean);
    });
  });
}
