import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../rules/types';
import { check, field, snapshot } from '../helpers';

export function emergencyForm(text: string) {
  return snapshot('emergency', [field({ role: 'emergency-description', kind: 'textarea', value: text })]);
}

/** A wording rule passes every `valid` narrative and flags every `invalid` one with one warning. */
export function describeWordingRule(rule: Rule, valid: string[], invalid: string[]): void {
  describe(rule.id, () => {
    it.each(valid)('passes: %s', (text) => expect(check(rule, emergencyForm(text))).toEqual([]));
    it.each(invalid)('flags: %s', (text) => {
      const findings = check(rule, emergencyForm(text));
      expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([[rule.id, 'warning']]);
    });
  });
}
