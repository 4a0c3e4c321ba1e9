import { describeAggregateSet } from './aggregate-set';

/**
 * The held-out set of issue #13's round 7, written from the labelling definitions alone by an author who read neither
 * the analysis nor the entries of the other narrative sets nor any list of its misses.
 */
// Held-out set: written blind on 2026-11-30, measured by the lead before and after round 7, never tuned on. Before
// (65acbf3): 87.3%, complete clean 20 of 30 (harm 80%, imminence 80%, timeframe 98%, nexus 87%, person 92%). After
// round 7 (dc5455a): 89.0%, 23 of 30 (harm 82%, imminence 82%, timeframe 100%, nexus 88%, person 93%). The development
// set dev-10, written at the same time, read this set's README section and shares some trap types with it (a remanded
// assailant, an overdue boat safe in port, a cleared swatting call, a threat to an empty building), not its entries.
// The floors are a regression alarm a little under the last figures, not a target.
describeAggregateSet({ name: 'holdout-10', atLeast: { narratives: 60, complete: 28 }, floors: { accuracy: 0.88, completeClean: 0.73 } });
