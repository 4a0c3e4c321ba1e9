import { describe, expect, it } from 'vitest';
import { lastChecked, needsCheckAgain } from '../../providers/fact-age';

const today = new Date('2026-11-29T12:00:00Z');

describe('facts age: check again after twelve months', () => {
  it('a fact checked within the year stands, one checked earlier asks to be checked again', () => {
    expect(needsCheckAgain([{ checked: '2026-11-24' }], today)).toBe(false);
    expect(needsCheckAgain([{ checked: '2025-11-29' }], today)).toBe(false);
    expect(needsCheckAgain([{ checked: '2025-11-28' }], today)).toBe(true);
    expect(needsCheckAgain([{ checked: '2024-03-01' }], today)).toBe(true);
  });

  it('the newest check of any source counts, and no check at all asks for one', () => {
    expect(lastChecked([{ checked: '2024-01-01' }, { checked: '2026-10-01' }])).toBe('2026-10-01');
    expect(needsCheckAgain([{ checked: '2024-01-01' }, { checked: '2026-10-01' }], today)).toBe(false);
    expect(needsCheckAgain([], today)).toBe(true);
  });
});
