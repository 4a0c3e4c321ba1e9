import fc from 'fast-check';

/**
 * `npm test` (and so CI) replays the same property runs every time: a red run is a change in the code, never a new
 * draw of the dice. `npm run fuzz` draws fresh seeds (FC_SEED=random) to look for new counterexamples; a failure
 * prints its seed, and `FC_SEED=<seed> npx vitest run <file>` replays it.
 */
const FIXED_SEED = 20_261_202;

export function seedFrom(value: string | undefined): number {
  if (value === undefined || value === '') return FIXED_SEED;
  if (value === 'random') return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  return seed;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: seedFrom(process.env.FC_SEED) });
