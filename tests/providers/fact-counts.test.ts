import { describe, expect, it } from 'vitest';
import { factCounts } from '../../providers/fact-counts';
import { providerById, providers } from '../../providers/registry';

describe('fact counts per provider', () => {
  it('count the portal and the seven policy facts once each', () => {
    for (const p of providers) {
      const c = factCounts(p);
      expect(c.official + c.secondary + c.unknown, p.id).toBe(8);
    }
  });

  it('tell official, secondary and unknown apart', () => {
    expect(factCounts(providerById('signal')!)).toEqual({ id: 'signal', official: 0, secondary: 2, unknown: 6 });
    expect(factCounts(providerById('github')!).official).toBe(7);
  });
});
