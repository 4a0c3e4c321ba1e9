import { describeAggregateSet } from './aggregate-set';

/**
 * A held-out set of issue #13 by a second author on the same day, asked for narratives as they are typed under
 * pressure: pasted chat logs, raw dispatch notes, machine translations, gaming and streaming threats. Written from the
 * labelling definitions alone, without the analysis or the other sets' entries.
 */
// Held-out set: written blind on 2026-12-01, measured by the lead before and after round 10, never tuned on. Before
// (3e97aea) and after round 10 (cd8f0b4) the same: 82.7%, complete clean 20 of 34 (harm 75%, imminence 75%,
// timeframe 93%, nexus 70%, person 100%). The floors are a regression alarm a little under the figures, not a target.
describeAggregateSet({ name: 'holdout-14', atLeast: { narratives: 60, complete: 34 }, floors: { accuracy: 0.82, completeClean: 0.58 } });
