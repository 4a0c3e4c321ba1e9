import { describe, expect, it } from 'vitest';
import harm from '../../../../rules/emergency/harm';
import imminence from '../../../../rules/emergency/imminence';
import { isRealAttempt, understoodIn } from '../../../../rules/emergency/lib/checklist';
import { analyzeNarrative } from '../../../../rules/emergency/lib/narrative';
import { checkWithRegistry, field, NOW, snapshot } from '../../helpers';

const EMERGENCY = /^emergency\//;
const form = (value: string, leftWithText?: boolean) =>
  snapshot('emergency', [field({ role: 'emergency-description', kind: 'textarea', value, leftWithText })]);
const emergencyFindings = (value: string, leftWithText?: boolean) => checkWithRegistry(form(value, leftWithText)).filter((f) => EMERGENCY.test(f.ruleId));

describe('a real attempt at the description', () => {
  it.each([
    ['', false],
    ['   \n ', false],
    ['Threat to kill', false],
    ['help', false],
    ['URGENT: please expedite, time-sensitive request.', false],
    ['He said he will kill her tonight', false], // a sentence still being typed
    ['He said he will kill her tonight.', true],
    ['He said he will kill her tonight!', true],
    ['He said he will kill her tonight\nand', true], // a line break closes the line
    ['threat to life ex partner knife 22 nov 2140 hrs suspect still outstanding need ip subscriber now', true], // 15 words, no punctuation
  ])('%j → %s', (text, expected) => expect(isRealAttempt(text, false)).toBe(expected));

  it('leaving the field with text in it counts; leaving it empty does not', () => {
    expect(isRealAttempt('Threat to kill', true)).toBe(true);
    expect(isRealAttempt('  ', true)).toBe(false);
  });
});

describe('checklist before warnings', () => {
  it('an empty description: the five elements as checklist items (info), none understood', () => {
    const findings = emergencyFindings('');
    expect(findings.map((f) => [f.ruleId, f.severity]).sort()).toEqual([
      ['emergency/harm', 'info'],
      ['emergency/imminence', 'info'],
      ['emergency/nexus', 'info'],
      ['emergency/person-at-risk', 'info'],
      ['emergency/timeframe', 'info'],
    ]);
    expect(findings.map((f) => f.checklist?.item).sort()).toEqual(['Danger', 'How the data will help', 'Person at risk', 'Timeframe', 'Why it cannot wait']);
    expect(findings.every((f) => f.checklist?.understood.length === 0)).toBe(true);
  });

  it('a one-liner stays a checklist while typed, and escalates to warnings when the field is left', () => {
    expect(new Set(emergencyFindings('Threat to kill').map((f) => f.severity))).toEqual(new Set(['info']));
    expect(new Set(emergencyFindings('Threat to kill', true).map((f) => f.severity))).toEqual(new Set(['warning']));
  });

  it('a full narrative missing one element: only that element, as a warning, with what was understood', () => {
    const text =
      // Three weeks ago: a threat of that age is not imminent by itself, so imminence is the missing element.
      'At 21:40 UTC on 2 Nov 2026 the account holder sent a message threatening to kill his ex-partner J.D. (34). ' +
      'We need the subscriber details and recent IP addresses of the account to identify and locate him.';
    const findings = emergencyFindings(text);
    const analysis = analyzeNarrative(text, NOW);
    const missing = (['harm', 'imminence', 'timeframe', 'nexus', 'personAtRisk'] as const).filter((c) => !analysis[c]);
    expect(findings.map((f) => f.severity)).toEqual(missing.map(() => 'warning'));
    const imminenceFinding = findings.find((f) => f.ruleId === imminence.id);
    expect(imminenceFinding?.severity).toBe('warning');
    const understood = imminenceFinding!.checklist!.understood;
    expect(understood.find((u) => u.ruleId === harm.id)?.text).toMatch(/kill/);
    expect(understood.every((u) => text.includes(u.text.replace(/…$/, '')))).toBe(true);
  });
});

describe('what was understood', () => {
  it('names each element found with the words that satisfied it, as typed', () => {
    const text = 'He texted her: "I will kill you tonight". The victim is his ex-partner Jane Doe, 34.';
    const understood = understoodIn(analyzeNarrative(text, NOW));
    const harmWords = understood.find((u) => u.ruleId === 'emergency/harm');
    expect(harmWords?.item).toBe('Danger');
    expect(text).toContain(harmWords!.text);
    expect(understood.map((u) => u.ruleId)).not.toContain('emergency/nexus');
  });

  it('shortens long evidence to one line', () => {
    const long = `We need the subscriber details to locate him because ${'the account posted many messages '.repeat(10)}.`;
    const text = `He will kill his wife tonight. ${long}`;
    for (const u of understoodIn(analyzeNarrative(text, NOW))) {
      expect(u.text.length).toBeLessThanOrEqual(120);
      expect(u.text).not.toMatch(/\n/);
    }
  });

  it('is empty for an empty narrative', () => {
    expect(understoodIn(analyzeNarrative('', NOW))).toEqual([]);
  });
});
