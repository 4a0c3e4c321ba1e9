import { describeAggregateSet } from './aggregate-set';

/**
 * A held-out set of issue #13 in the style of holdout-14 (narratives as typed under pressure: chat logs, dispatch
 * notes, machine translations from other languages, gaming threats), by another author, written from the labelling
 * definitions alone, without the analysis or the other sets' entries.
 */
// Held-out set: written blind on 2026-12-01, measured by the lead before and after round 11 (which tuned on
// holdout-14), never tuned on. Before (7d4a059): 88.4%, complete clean 24 of 31 (harm 86%, imminence 84%, timeframe
// 96%, nexus 86%, person 90%). After round 11 (d8a4ba4): 89.6%, 25 of 31 (harm 88%, imminence 86%, timeframe 96%,
// nexus 88%, person 90%). The floors are a regression alarm a little under the last figures, not a target.
describeAggregateSet({ name: 'holdout-15', atLeast: { narratives: 50, complete: 31 }, floors: { accuracy: 0.89, completeClean: 0.8 } });
