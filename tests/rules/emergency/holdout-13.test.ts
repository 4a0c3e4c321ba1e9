import { describeAggregateSet } from './aggregate-set';

/**
 * A held-out set of issue #13, written from the labelling definitions alone by an author who read neither the
 * analysis nor the entries of the other narrative sets nor any list of its misses.
 */
// Held-out set: written blind on 2026-12-01, measured by the lead before and after round 10, never tuned on. Before
// (3e97aea) and after round 10 (cd8f0b4) the same: 89.0%, complete clean 26 of 34 (harm 83%, imminence 85%,
// timeframe 98%, nexus 82%, person 97%). The floors are a regression alarm a little under the figures, not a target.
// With the narrative model (shipped 2026-12-01, threshold chosen on validation-6 and again on validation-7): 97.0%,
// complete clean 34 of 34. The floors follow the shipped figures.
// Since the retrained narrative model (2026-12-01, 8c241ab) this set is part of its training: its figures since then
// are not a held-out measure.
describeAggregateSet({ name: 'holdout-13', atLeast: { narratives: 60, complete: 34 }, floors: { accuracy: 0.95, completeClean: 0.94 } });
