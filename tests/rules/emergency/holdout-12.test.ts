import { describeAggregateSet } from './aggregate-set';

/**
 * The held-out set of issue #13's round 9, written from the labelling definitions alone by an author who read neither
 * the analysis nor the entries of the other narrative sets nor any list of its misses.
 */
// Held-out set: written blind on 2026-11-30, measured by the lead before and after round 9, never tuned on. Before
// (5b60bce): 88.7%, complete clean 23 of 30 (harm 78%, imminence 85%, timeframe 100%, nexus 83%, person 97%). After
// round 9 (bbf98bc): 90.0%, complete clean 24 of 30 (harm 82%, imminence 87%, timeframe 100%, nexus 85%, person 97%).
// The floors are a regression alarm a little under the last figures, not a target.
describeAggregateSet({ name: 'holdout-12', atLeast: { narratives: 60, complete: 28 }, floors: { accuracy: 0.89, completeClean: 0.76 } });
