import { describe, expect, it } from 'vitest';
import { budget, cpuMs, machineFactor } from './cpu-budget';

describe('CPU-time budgets scaled to the machine', () => {
  it('scales a budget by the machine factor, never below the budget as set', () => {
    const factor = machineFactor();
    expect(factor).toBeGreaterThanOrEqual(1);
    expect(budget(1500)).toBe(1500 * factor);
    expect(machineFactor()).toBe(factor); // measured once a process
  });

  it('still fails quadratic work that linear work of the same size passes', () => {
    const n = 2000;
    const linear = cpuMs(() => {
      let s = 0;
      for (let i = 0; i < n * 50; i++) s += i;
      return s;
    });
    const quadratic = cpuMs(() => {
      let s = 0;
      for (let i = 0; i < n * 50; i++) for (let j = 0; j < n; j++) s += j;
      return s;
    });
    // The bound the budget would be set at: linear work's cost with generous slack, scaled to this machine.
    const bound = budget(Math.max(5, linear * 20));
    expect(linear).toBeLessThan(bound);
    expect(quadratic).toBeGreaterThan(bound);
  });
});
