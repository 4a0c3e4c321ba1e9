import { describe, expect, it } from 'vitest';
import { readCorpus, score, summary } from './corpus-score';

function measure(name: string, file: string) {
  const entries = readCorpus(file);
  const result = score(entries);
  console.log(summary(name, entries, result));
  // Every set measured in this file is a development set; a held-out set is measured in a file of its own and its
  // misses are never printed.
  if (process.env.CORPUS_DEBUG) console.log(result.wrong.join('\n'));
  return { entries, result };
}

interface DevelopmentSet {
  name: string;
  minEntries: number;
  /** Regression floors: the figures reached, less about two points (or one narrative for the clean rate). */
  accuracy: number;
  completeClean: number;
  history: string;
}

/**
 * holdout-2 and holdout-3 were held out until 2026-11-30 and have been tuned on since (issue 13): they are
 * development sets now and measure nothing about generalization. Their figures before that day:
 * - holdout-2: 79.0% when first measured (2026-11-24), 79.3% and 7 of 18 complete clean on 2026-11-29;
 * - holdout-3: 75.7% and 10 of 30 before the first tuning for issue 13, 80.7% and 15 of 30 after (2026-11-29),
 *   measured by an aggregate-only test that never printed a miss.
 * Round 2 (category-level harm and imminence) was kept only where it did not lower validation-5, measured by its own
 * aggregate-only test: 83.7% and 18 of 30 complete clean before round 2, 86.3% and 22 of 30 after. Round 3 (world-English
 * registers, implied danger) used validation-5 as a development set (93.7%, 26 of 30) and was kept only where it did
 * not lower validation-6: 80.8% and 16 of 27 before round 3, 83.5% and 18 of 27 after. Round 4 (holdout-4 spent and
 * tuned on; imminence and nexus broadened from the language) kept only changes that did not lower validation-6:
 * 84.2% and 18 of 27 after. Round 5 (holdout-7 spent, dev-8 added; general mechanisms from the misses of all
 * development sets and from probes of wording written for the purpose) kept only changes that did not lower
 * validation-6: 85.0% and 19 of 27 after. Round 6 (holdout-8 spent, dev-9 added; mechanisms rather than phrases: what a
 * person word does in its sentence, the structure of a purpose, imminence by what the sentence is about, harm in general
 * forms from probes) kept only changes that did not lower validation-6: 86.2% and 19 of 27 after. Round 7 (holdout-9
 * spent, dev-10 added; harm told by fates, facts and slang, clause scope, conditional and habitual intent, what a date
 * is about) kept only changes that did not lower validation-6: 87.3% and 20 of 27 after.
 */
const SETS: DevelopmentSet[] = [
  { name: 'corpus', minEntries: 60, accuracy: 0.96, completeClean: 0.96, history: '95.8%, 27/27 before issue 13 accuracy work; 96.5%, 27/27 after round 1; 96.3%, 27/27 after rounds 2 and 3; 97.4%, 27/27 after round 4; 97.6%, 27/27 after round 5; 98.0%, 27/27 after rounds 6 and 7 (2026-11-30); 98.2%, 27/27 after round 10 (2026-12-01)' },
  { name: 'corpus-2', minEntries: 40, accuracy: 0.93, completeClean: 0.84, history: '71.2% first run; 89.2%, 9/13 before; 92.4%, 11/13 after rounds 1 and 2; 94.0%, 12/13 after round 4; 94.8%, 12/13 after round 5; 95.2%, 12/13 after rounds 6 and 7 (2026-11-30); 97.2%, 13/13 after round 10 (2026-12-01)' },
  { name: 'dev-3', minEntries: 40, accuracy: 0.96, completeClean: 0.97, history: '90.8%, 26/37 before; 97.0%, 36/37 after round 1; 96.5%, 36/37 after round 2; 97.8%, 37/37 after round 4; 98.3%, 37/37 after round 5; 98.8%, 37/37 after rounds 6 and 7 (2026-11-30); 99.0%, 37/37 after round 10 (2026-12-01)' },
  { name: 'holdout-2', minEntries: 40, accuracy: 0.94, completeClean: 0.88, history: '79.3%, 7/18 before; 92.0%, 13/18 after round 1; 92.3%, 13/18 after round 2; 94.3%, 14/18 after round 3; 95.3%, 16/18 after rounds 4 and 5; 96.0%, 17/18 after rounds 6 and 7 (2026-11-30); 96.7%, 18/18 after round 10 (2026-12-01)' },
  { name: 'holdout-3', minEntries: 60, accuracy: 0.97, completeClean: 0.96, history: '80.7%, 15/30 before; 95.3%, 25/30 after round 1; 97.0%, 27/30 after round 2; 98.0%, 28/30 after round 3; 99.3%, 30/30 after rounds 4, 5 and 6; 99.0%, 30/30 after round 7, an Osman one-liner now read as current by its 0930hrs (2026-11-30); 99.3%, 30/30 after round 10 (2026-12-01)' },
];

describe('emergency narrative corpus (labelled independently of the implementation)', () => {
  it.each(SETS)('keeps $name above its regression floors', ({ name, minEntries, accuracy, completeClean }) => {
    const { entries, result } = measure(name, `${name}.json`);
    expect(entries.length).toBeGreaterThanOrEqual(minEntries);
    expect(result.accuracy).toBeGreaterThanOrEqual(accuracy);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(completeClean);
  });

  /** A fourth development set for issue 13, written by another author without reading the analysis. */
  it('reports the fourth development set', () => {
    const { entries } = measure('dev-4', 'dev-4.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
  });

  /**
   * dev-4 arrived on 2026-11-30 after the first round of issue-13 changes: 82.0% and 18 of 34 complete clean with the
   * analysis before issue 13's accuracy work, 82.3% and 21 of 34 with the first round, untuned; 93.7% and 29 of 34
   * after it was tuned on; 94.0% and 30 of 34 after round 2 (category-level harm and imminence); 94.9% and 31 of 34
   * after round 3 (world-English registers and implied danger); 96.6% and 34 of 34 after round 4; 98.3% and 34 of 34
   * after round 5; 98.9% and 34 of 34 after rounds 6 and 7; 99.1% and 34 of 34 after round 10.
   */
  it('keeps dev-4 above its regression floors', () => {
    const result = score(readCorpus('dev-4.json'));
    expect(result.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.97);
  });

  /**
   * holdout-4 (70 narratives by a fifth author) was held out and measured once per round, never tuned on: 78.9% and
   * 13 of 34 complete clean before issue 13's rounds (55a92b1), 82.9% / 18 after round 1, 87.4% / 24 after round 2,
   * 89.1% / 25 after round 3. From round 4 (2026-11-30) it is spent and tuned on like the sets above: 100.0% / 34 of
   * 34 after round 4, which says nothing about generalization.
   */
  /**
   * holdout-7 (60 narratives by a sixth author) was held out through round 4 and measured by the lead in aggregate
   * only: 82.7% and 21 of 31 complete clean before round 4 (e458a96), 84.3% and 24 of 31 after (366fed1). From round 5
   * (2026-11-30) it is spent and tuned on like the sets above: 99.0% and 31 of 31 after round 5, which says nothing
   * about generalization; 98.7% and 30 of 31 after round 6 (a parent who forwards the chat is no longer read as the
   * person at risk, and the pupils the threat is aimed at are not named); the same after round 7.
   */
  it('keeps holdout-7 above its regression floors', () => {
    const { entries, result } = measure('holdout-7', 'holdout-7.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.96);
  });

  /**
   * dev-8 (60 narratives by a seventh author, labelled from the README without running the analysis) landed during
   * round 5 (bb340cb). First run, before any change for it: 84.0% and 18 of 30 complete clean with round 5's changes so
   * far (tuned on holdout-7 and the older sets), 83.7% and 18 of 30 with round 4's analysis (8dadf01): the fixes made
   * on other authors' sets moved it by 0.3 points. Tuned on from then: 99.7% and 30 of 30 after rounds 5, 6 and 7.
   */
  it('keeps dev-8 above its regression floors', () => {
    const { entries, result } = measure('dev-8', 'dev-8.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.96);
  });

  /**
   * holdout-8 (60 narratives by an eighth author, written blind) was held out through round 5 and measured by the lead in
   * aggregate only: 87.0% and 19 of 30 complete clean before round 5 (2af3478; harm 82%, imminence 78%, timeframe 98%,
   * nexus 80%, person 97%), 89.3% and 20 of 30 after (659e1ba; harm 85%, imminence 85%, timeframe 98%, nexus 82%,
   * person 97%). From round 6 (2026-11-30) it is spent and tuned on like the sets above: 99.7% and 30 of 30 after
   * rounds 6 and 7, which says nothing about generalization.
   */
  it('keeps holdout-8 above its regression floors', () => {
    const { entries, result } = measure('holdout-8', 'holdout-8.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.96);
  });

  /**
   * dev-9 (60 narratives by a ninth author, written blind from the README definitions) landed during round 6 (97049e2)
   * and is tuned on from then. History: first run by the lead on the analysis before round 6 (7e194fe), before
   * anything was tuned for it: 89.7%, complete clean 25 of 30 (harm 85%, imminence 83%, timeframe 100%, nexus 88%,
   * person 92%); 99.3% and 30 of 30 after rounds 6 and 7.
   */
  it('keeps dev-9 above its regression floors', () => {
    const { entries, result } = measure('dev-9', 'dev-9.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.96);
  });

  /**
   * holdout-9 (60 narratives by a tenth author, written blind from the README definitions) was held out through round 6
   * and measured by the lead in aggregate only: 90.7% and 29 of 31 complete clean before round 6 (7e194fe; harm 85%,
   * imminence 87%, timeframe 98%, nexus 88%, person 95%), 91.0% and 29 of 31 after (71b8229; harm 85%, imminence 88%,
   * timeframe 98%, nexus 88%, person 95%). From round 7 (2026-11-30) it is spent and tuned on like the sets above: 99.0%
   * and 31 of 31 after round 7, which says nothing about generalization; 99.3% and 31 of 31 after round 10.
   */
  it('keeps holdout-9 above its regression floors', () => {
    const { entries, result } = measure('holdout-9', 'holdout-9.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.96);
  });

  /**
   * dev-10 (60 narratives by an eleventh author, written without reading the analysis or the other sets) landed during
   * round 7 (8c96c8a) and is tuned on from then. History: first run, by the lead on the code before
   * round 7 (65acbf3): 88.0% and 23 of 30. 87.0% and 22 of 30 on 10bdbbc
   * (round 7's holdout-9 changes only, before any change for it); 99.7% and 30 of 30 after round 7.
   */
  it('keeps dev-10 above its regression floors', () => {
    const { entries, result } = measure('dev-10', 'dev-10.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.96);
  });

  /**
   * holdout-10 (60 narratives by a twelfth author, written blind from the README definitions) was held out through
   * round 7 and measured by the lead in aggregate only: 87.3% and 20 of 30 before round 7 (65acbf3), 89.0% and 23 of 30
   * after it (dc5455a). Spent from round 8 (2026-11-30): tuned on from then, its misses printed with CORPUS_DEBUG.
   * Round 8: 89.0% and 23 of 30 before it, 99.3% and 29 of 30 after (b708d1a -> 9a3898b: fourteen mechanisms, each probed in
   * mechanisms-round8.test.ts; every other development set and validation-6 unchanged). Floors about two points under.
   */
  it('keeps holdout-10 above its regression floors', () => {
    const { entries, result } = measure('holdout-10', 'holdout-10.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.93);
  });

  /**
   * holdout-11 (60 narratives by a thirteenth author, written blind from the README definitions) was held out through
   * round 8 and measured by the lead in aggregate only: 87.0% and 22 of 30 before round 8 (24d1f85) and the same after
   * it (9a3898b), check by check. Spent from round 9 (2026-11-30): tuned on from then, its misses printed with
   * CORPUS_DEBUG. Round 9: 87.0% and 22 of 30 before it (harm 75%, imminence 80%, timeframe 100%, nexus 82%, person
   * 98%), 99.0% and 30 of 30 after (5b60bce -> 2598283; harm 98%, imminence 98%, timeframe 100%, nexus 100%, person 98%):
   * twelve mechanisms stated as structures (what follows a death bound to the person, contractions and negation scope,
   * custody against a threat timed by release, the buyer's side of a sale, the farewell that absolves, one responder,
   * someone else's medicine saved up, an officer's "no violence was mentioned", the word "death" read by its neighbours,
   * others better off for one's absence, shelter for being "nice", retribution by an authority), each probed in voices
   * no set uses (mechanisms-round9.test.ts); every other development set and validation-6 (87.3%, 20 of 27)
   * unchanged, so none of them has shown yet that it generalizes. Floors about two points (one narrative) under.
   * Round 10: 100.0% and 30 of 30 (the "drop-dead prices that will kill the boutiques" narrative now read as figurative,
   * the coach who posts a pep talk no longer read as the person at risk).
   */
  it('keeps holdout-11 above its regression floors', () => {
    const { entries, result } = measure('holdout-11', 'holdout-11.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.96);
  });

  /**
   * holdout-12 (60 narratives by a fourteenth author, written blind from the README definitions) was held out through
   * round 9 and measured by the lead in aggregate only: 88.7% and 23 of 30 complete clean before round 9 (5b60bce),
   * 90.0% and 24 of 30 after it (bbf98bc). Spent from round 10 (2026-12-01): tuned on from then, its misses printed with
   * CORPUS_DEBUG. Round 10: 90.0% and 24 of 30 before it (harm 82%, imminence 87%, timeframe 100%, nexus 85%, person
   * 97%), 100.0% and 30 of 30 after (ae627c4 -> 3bc7da4): eleven mechanisms stated as structures (a harm word said of a
   * thing, the mourners to come and the body found, a child offered to men, empty medicine packaging beside the person,
   * protection named as a noun beside a court date, a threatener held until a far date, the people named by their
   * gathering, the account that says it will harm itself, courtesy titles of other languages, a wish to stop existing in
   * a machine's words, a plan of no harm), each probed in voices no set uses (mechanisms-round10.test.ts); five more
   * from the other sets' misses (who posts, owns or carries the weapon; a person word in a name; a date labelled as the
   * request's; a month that is a name). See the README's Round 10 section for every set before and after; validation-6
   * (87.3%, 20 of 27) unchanged. Floors at the figures reached.
   */
  it('keeps holdout-12 above its regression floors', () => {
    const { entries, result } = measure('holdout-12', 'holdout-12.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(1);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(1);
  });

  /**
   * holdout-14 (60 narratives by a second author of 2026-12-01, written blind as narratives are typed under pressure:
   * pasted chat logs, dispatch notes, machine translations, gaming threats) was held out through round 10 and measured
   * by the lead in aggregate only: 82.7% and 20 of 34 complete clean before and after round 10 (harm 75%, imminence
   * 75%, timeframe 93%, nexus 70%, person 100%). Spent from round 11 (2026-12-01): tuned on from then, its misses
   * printed with CORPUS_DEBUG. Round 11 (d6a8669 … 315a30e): 99.3% and 34 of 34 (harm 100%, imminence 98%, timeframe 100%,
   * nexus 98%, person 100%), by readings of the narrative's shape (an all-clear denied, claimed, asked or said of a thing;
   * a chat read as turns; self-harm in the person's own words; harm told by the act or the gear; trash talk by its
   * target; solid date ranges; translated clock times; whose words a purpose word is in; years-ago threats and prison
   * terms; a dispatch note's own register), each probed in voices no set uses (mechanisms-round11.test.ts). Floors at
   * the figures reached. Round 12: 100.0% and 34 of 34 (the friend's report of a plan on a birthday nobody knows the date
   * of, and her purpose told without the data beside it, both left in round 11); floors raised to it.
   */
  it('keeps holdout-14 above its regression floors', () => {
    const { entries, result } = measure('holdout-14', 'holdout-14.json');
    expect(entries.length).toBeGreaterThanOrEqual(60);
    expect(result.accuracy).toBeGreaterThanOrEqual(1);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(1);
  });

  /**
   * holdout-15 (50 narratives by another author of 2026-12-01, written blind in holdout-14's style: chat-log exports, raw
   * CAD notes, machine translations, gaming and streaming, self-harm reported by others, child exploitation, DV) was held
   * out through round 11 and measured by the lead in aggregate only: 88.4% and 24 of 31 complete clean before round 11
   * (7d4a059), 89.6% and 25 of 31 after it (d8a4ba4; harm 88%, imminence 86%, timeframe 96%, nexus 88%, person 90%).
   * Spent from round 12 (2026-12-01): tuned on from then, its misses printed with CORPUS_DEBUG. Round 12 (43a0197 …
   * 1c0fe8c): 98.8% and 31 of 31 (harm 98%, imminence 98%, timeframe 100%, nexus 100%, person 98%), by a clause reading
   * (rules/emergency/lib/clauses.ts: who speaks, who acts, what a clause is, when it is) and readings of wording, each
   * probed in voices no set uses (mechanisms-round12.test.ts); see the README's Round 12 section. Floors at the figures
   * reached.
   */
  it('keeps holdout-15 above its regression floors', () => {
    const { entries, result } = measure('holdout-15', 'holdout-15.json');
    expect(entries.length).toBeGreaterThanOrEqual(50);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.988);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(1);
  });

  it('keeps holdout-4 above its regression floors', () => {
    const { entries, result } = measure('holdout-4', 'holdout-4.json');
    expect(entries.length).toBeGreaterThanOrEqual(70);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(result.completeClean / result.complete).toBeGreaterThanOrEqual(0.97);
  });
});
