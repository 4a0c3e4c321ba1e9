import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFrom } from './fast-check-seed';

describe('the property tests’ seed', () => {
  it('is fixed unless FC_SEED asks for another', () => {
    expect(seedFrom(undefined)).toBe(seedFrom(''));
    expect(seedFrom('42')).toBe(42);
    expect(() => seedFrom('soon')).toThrow(/FC_SEED/);
  });

  it('is the one every property in this run replays', () => {
    expect(fc.readConfigureGlobal().seed).toBe(seedFrom(process.env.FC_SEED));
    const draw = () => fc.sample(fc.integer(), { numRuns: 5 });
    if (process.env.FC_SEED !== 'random') expect(draw()).toEqual(draw());
  });
});
