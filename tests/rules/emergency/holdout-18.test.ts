import { describeAggregateSet } from './aggregate-set';

/**
 * A held-out set of issue #13, written blind on 2026-12-01 from the labelling definitions alone by an author who read
 * neither the analysis nor the entries of the other narrative sets nor any list of its misses; a third of it short.
 */
// Held-out set, aggregate only, never tuned on and not in the model's training. Rules alone 83.6%, complete clean 23
// of 30. Scored once after the retrained model was chosen on validation-7: 92.0%, 28 of 30 (the model from 200
// characters). Scored again after validation-8 had chosen how the model reads short texts: 94.4%, 29 of 30 (that
// choice was not made on this set). The floors are a regression alarm a little under the shipped figures.
describeAggregateSet({ name: 'holdout-18', atLeast: { narratives: 50, complete: 26 }, floors: { accuracy: 0.93, completeClean: 0.9 } });
