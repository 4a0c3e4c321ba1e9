import { describeAggregateSet } from './aggregate-set';

/**
 * The held-out set of issue #13's round 4, written from the labelling definitions alone by an author who read neither
 * the analysis nor any other narrative set nor any list of its misses.
 */
// Held-out set: written blind on 2026-11-30, measured by the lead before and after round 4, never tuned on. Before
// (e458a96): 82.7%, complete clean 21 of 31 (harm 70%, imminence 72%, timeframe 97%, nexus 83%, person 92%). After round 4
// (366fed1): 84.3%, 24 of 31 (harm 72%, imminence 75%, timeframe 98%, nexus 85%, person 92%). The floors are a
// regression alarm a little under the last figures, not a target.
describeAggregateSet({ name: 'holdout-7', atLeast: { narratives: 60, complete: 28 }, floors: { accuracy: 0.82, completeClean: 0.74 } });
