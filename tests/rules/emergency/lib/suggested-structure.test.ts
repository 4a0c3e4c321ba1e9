import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { suggestedStructure } from '../../../../rules/emergency/lib/suggested-structure';
import { NOW } from '../../helpers';

describe('suggested structure', () => {
  it('has placeholders only for what is missing, and the legal-process reminder', () => {
    const text = 'He will kill his ex-partner tonight.';
    const suggestion = suggestedStructure(analyzeNarrative(text, NOW), text)!;
    expect(suggestion).toContain('How the data will help: [');
    expect(suggestion).not.toContain('Nature of the emergency');
    expect(suggestion).toMatch(/legal process/);
  });

  it('is null for a complete narrative that already promises legal process', () => {
    const text =
      'At 21:40 UTC he threatened to kill his ex-partner J.D. tonight. We need his IP address to locate him. Legal process will follow.';
    expect(suggestedStructure(analyzeNarrative(text, NOW), text)).toBeNull();
  });
});
