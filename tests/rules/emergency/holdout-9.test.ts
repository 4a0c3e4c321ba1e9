import { describeAggregateSet } from './aggregate-set';

/**
 * The held-out set of issue #13's round 6, written from the labelling definitions alone by an author who read neither
 * the analysis nor the entries of the other narrative sets nor any list of its misses.
 */
// Held-out set: written blind on 2026-11-30, measured by the lead before and after round 6, never tuned on. Before
// (7e194fe): 90.7%, complete clean 29 of 31 (harm 85%, imminence 87%, timeframe 98%, nexus 88%, person 95%). After
// round 6 (71b8229): 91.0%, 29 of 31 (harm 85%, imminence 88%, timeframe 98%, nexus 88%, person 95%). The floors are a
// regression alarm a little under the last figures, not a target.
describeAggregateSet({ name: 'holdout-9', atLeast: { narratives: 60, complete: 28 }, floors: { accuracy: 0.9, completeClean: 0.93 } });
