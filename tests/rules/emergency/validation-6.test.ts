import { describeAggregateSet } from './aggregate-set';

/**
 * The second validation set of issue #13, written from the labelling definitions alone by an author who read neither
 * the analysis nor any other narrative set nor any list of its misses.
 */
// Validation set: aggregate figures only, never read or tuned entry by entry; floors set by the lead.
// Aggregate only, never read: 80.8% / 16 of 27 before round 3 of issue 13, 83.5% / 18 after (round 3 kept only
// changes that did not lower it); 84.2% / 18 after round 4 (the same rule); 85.0% / 19 after round 5 (the same rule);
// 86.2% / 19 after round 6 (the same rule); 87.3% / 20 after round 7 (the same rule; floors at those figures less about
// two points); 87.3% / 20 after rounds 8 and 9, unchanged by every mechanism of either.
// It then chose the narrative model's threshold and length gate, so it is spent: with the model 100%, 27 of 27 clean.
// Since the retrained narrative model (2026-12-01, 8c241ab) this set is part of its training: its figures since then
// are not a held-out measure.
describeAggregateSet({ name: 'validation-6', atLeast: { narratives: 50, complete: 24 }, floors: { accuracy: 0.97, completeClean: 0.95 } });
