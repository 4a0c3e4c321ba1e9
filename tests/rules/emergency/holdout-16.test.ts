import { describeAggregateSet } from './aggregate-set';

/**
 * A held-out set of issue #13, written from the labelling definitions alone by an author who read neither the
 * analysis nor the entries of the other narrative sets nor any list of its misses.
 */
// Held-out set: written blind on 2026-12-01, measured by the lead before and after round 12, never tuned on. Before
// (e647f5c) and after round 12 (d5287d3) the same: 90.8%, complete clean 22 of 27 (harm 88%, imminence 90%,
// timeframe 96%, nexus 86%, person 94%). The floors are a regression alarm a little under the figures, not a target.
// With the narrative model (shipped 2026-12-01, threshold chosen on validation-6 and again on validation-7): 96.4%,
// complete clean 25 of 27. The floors follow the shipped figures.
// Since the retrained narrative model (2026-12-01, 8c241ab) this set is part of its training: its figures since then
// are not a held-out measure.
describeAggregateSet({ name: 'holdout-16', atLeast: { narratives: 50, complete: 26 }, floors: { accuracy: 0.94, completeClean: 0.88 } });
