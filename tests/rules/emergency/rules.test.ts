import { describe, expect, it } from 'vitest';
import harm from '../../../rules/emergency/harm';
import imminence from '../../../rules/emergency/imminence';
import nexus from '../../../rules/emergency/nexus';
import personAtRisk from '../../../rules/emergency/person-at-risk';
import timeframe from '../../../rules/emergency/timeframe';
import { suggestedStructure } from '../../../rules/emergency/suggested-structure';
import { analyzeNarrative } from '../../../rules/emergency/narrative';
import type { Rule } from '../../../rules/types';
import { NOW, check, field, snapshot } from '../helpers';

function emergencyForm(text: string) {
  return snapshot('emergency', [field({ role: 'emergency-description', kind: 'textarea', value: text })]);
}

const CASES: Array<{ rule: Rule; valid: string[]; invalid: string[] }> = [
  {
    rule: harm,
    valid: [
      'He threatened to kill his ex-wife.',
      'The user says she will overdose on her pills tonight.',
      'A 12-year-old was abducted from the park.',
      'Ongoing sexual abuse of a minor is being streamed.',
      'He posted that he will shoot students at the school.',
      'She wrote "goodbye everyone, this is my last day".',
    ],
    invalid: [
      'The account was used for credit card fraud.',
      'There is no threat to life; we need the data for a harassment case.',
      'Harassing messages were sent to the victim.',
      'URGENT: please expedite, time-sensitive request.',
      'The killer deals in this shop are a scam.',
      '',
    ],
  },
  {
    rule: imminence,
    valid: [
      'He said he will kill her tonight.',
      'The girl is still missing and in danger.',
      'The hostage is being held right now.',
      'He plans to attack the school tomorrow morning.',
    ],
    invalid: [
      'He threatened to kill her last year; please respond ASAP.',
      'Urgent! Threat to kill, please expedite.',
      'There is no immediate danger, but he threatened to stab him in 2024.',
    ],
  },
  {
    rule: timeframe,
    valid: [
      'He threatened to kill her at 21:40 UTC.',
      'Threat to shoot posted on 22 Nov 2026.',
      'Threat to kill posted 20/11/2026.',
      'She has been missing since yesterday and he threatened to kill her.',
      'He will shoot within the hour.',
      'Overdose livestream started 30 minutes ago.',
      'He says he will stab her tonight.',
    ],
    invalid: ['He will kill her soon.', 'He recently threatened to kill her.', 'Threat to kill; suspect DOB 04/05/1990.', 'Threat to kill. Please provide records for the last 12 months.'],
  },
  {
    rule: nexus,
    valid: [
      'He will kill her tonight. We need his IP address to locate him before he reaches her.',
      'Suicide threat. The subscriber information will allow us to identify her and send officers.',
    ],
    invalid: ['He will kill her tonight. Please provide all data.', 'He will kill her tonight. We need the records to charge him.'],
  },
  {
    rule: personAtRisk,
    valid: ['He will kill his ex-partner tonight.', 'A 14-year-old girl threatened suicide.', 'Students at Lincoln High School are at risk.', 'The account holder himself said he will overdose.'],
    invalid: ['Someone might get hurt.', 'People could be killed tonight.'],
  },
];

describe('emergency wording rules', () => {
  for (const { rule, valid, invalid } of CASES) {
    describe(rule.id, () => {
      it.each(valid)('passes: %s', (text) => expect(check(rule, emergencyForm(text))).toEqual([]));
      it.each(invalid)('flags: %s', (text) => {
        const findings = check(rule, emergencyForm(text));
        expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([[rule.id, 'warning']]);
      });
    });
  }

  it('runs only on emergency pages and only where there is a narrative field', () => {
    expect(check(harm, snapshot('preservation', [field({ role: 'emergency-description', kind: 'textarea', value: '' })]))).toEqual([]);
    expect(check(harm, snapshot('emergency', [field({ role: 'case-number', kind: 'text', value: '' })]))).toEqual([]);
  });

  it('reads several description fields as one narrative', () => {
    const snap = snapshot('emergency', [
      field({ role: 'emergency-description', kind: 'textarea', value: 'He will kill his wife.' }),
      field({ role: 'emergency-description', kind: 'textarea', value: 'At 21:00 tonight.' }),
    ]);
    expect(check(timeframe, snap)).toEqual([]);
  });
});

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
