/**
 * How many cases a costly property draws. `npm test` (and so CI, a 2-core machine with a time limit) replays the fixed
 * seed with `replay` cases, enough to meet what the property guards against; `npm run fuzz` (FC_SEED=random) and a
 * replayed counterexample (FC_SEED=<seed>) draw `search` cases, so a seed that failed there fails again.
 */
export function runs(replay: number, search: number): number {
  const seed = process.env.FC_SEED;
  return seed === undefined || seed === '' ? replay : search;
}
