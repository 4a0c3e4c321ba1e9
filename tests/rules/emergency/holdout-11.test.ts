import { describeAggregateSet } from './aggregate-set';

/**
 * The held-out set of issue #13's round 8, written from the labelling definitions alone by an author who read neither
 * the analysis nor the entries of the other narrative sets nor any list of its misses.
 */
// Held-out set: written blind on 2026-11-30, measured by the lead before and after round 8, never tuned on. Before
// (24d1f85): 87.0%, complete clean 22 of 30 (harm 75%, imminence 80%, timeframe 100%, nexus 82%, person 98%). After
// round 8 (9a3898b): the same figures, check by check: round 8's fourteen mechanisms (holdout-10 89.0% -> 99.3%) moved
// nothing here. The floors are a regression alarm a little under the last figures, not a target.
describeAggregateSet({ name: 'holdout-11', atLeast: { narratives: 60, complete: 28 }, floors: { accuracy: 0.86, completeClean: 0.7 } });
