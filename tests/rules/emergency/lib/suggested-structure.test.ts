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

  it('asks only for what the text does not already say, leaving what it says to the text', () => {
    const text = 'At 21:40 UTC on 22 Nov 2026 the account holder sent a message threatening to kill his ex-partner J.D. (34).';
    const analysis = analyzeNarrative(text, NOW);
    const suggestion = suggestedStructure(analysis, text)!;
    const headings = { harm: 'Nature of the emergency', personAtRisk: 'Person at risk', timeframe: 'Timeframe', imminence: 'Why it cannot wait', nexus: 'How the data will help' } as const;
    for (const [check, heading] of Object.entries(headings)) {
      expect(suggestion.includes(`${heading}: [`), `${heading} asked for`).toBe(!analysis[check as keyof typeof headings]);
    }
    expect(analysis.harm && analysis.timeframe).toBeTruthy();
    expect(suggestion).not.toContain(text);
  });

  it('is null for a complete narrative that already promises legal process', () => {
    const text =
      'At 21:40 UTC he threatened to kill his ex-partner J.D. tonight. We need his IP address to locate him. Legal process will follow.';
    expect(suggestedStructure(analyzeNarrative(text, NOW), text)).toBeNull();
  });
});
