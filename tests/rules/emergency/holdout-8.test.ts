import { describeAggregateSet } from './aggregate-set';

/**
 * The held-out set of issue #13's round 5, written from the labelling definitions alone by an author who read neither
 * the analysis nor any other narrative set nor any list of its misses.
 */
// Held-out set: written blind on 2026-11-30, measured by the lead before and after round 5, never tuned on. Before
// (2af3478): 87.0%, complete clean 19 of 30 (harm 82%, imminence 78%, timeframe 98%, nexus 80%, person 97%). After
// round 5 (659e1ba): 89.3%, 20 of 30 (harm 85%, imminence 85%, timeframe 98%, nexus 82%, person 97%). The floors are a
// regression alarm a little under the last figures, not a target.
describeAggregateSet({ name: 'holdout-8', atLeast: { narratives: 60, complete: 28 }, floors: { accuracy: 0.88, completeClean: 0.63 } });
