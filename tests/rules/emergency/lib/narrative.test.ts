import { describe, expect, it } from 'vitest';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { NOW } from '../../helpers';

describe('analyzeNarrative negation', () => {
  it('drops a term negated in its own clause', () => {
    expect(analyzeNarrative('There is no threat to life.', NOW).harm).toBeNull();
    expect(analyzeNarrative('He is not in danger.', NOW).harm).toBeNull();
  });

  it('keeps a term whose negator sits in another clause or means no negation', () => {
    expect(analyzeNarrative('No order, but he will kill her.', NOW).harm).toEqual({ text: 'kill' });
    expect(analyzeNarrative('Order or not I will kill you.', NOW).harm).toEqual({ text: 'kill' });
  });

  it('reads the harm words as history once the text says the danger is over', () => {
    expect(analyzeNarrative('He threatened to kill her; he has since been arrested.', NOW).harm).toBeNull();
  });

  it('finds the purpose only when it is stated as one', () => {
    expect(analyzeNarrative('He will kill her tonight. We need his IP address to locate him.', NOW).nexus).not.toBeNull();
    expect(analyzeNarrative('He will kill her tonight. We need his IP address; we do not locate him.', NOW).nexus).toBeNull();
  });
});
