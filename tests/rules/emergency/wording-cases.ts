import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../rules/types';
import { check, field, snapshot } from '../helpers';

/** The description as the investigator leaves it (`left`: the field lost the focus), so the verdict is final. */
export function emergencyForm(text: string, left = true) {
  return snapshot('emergency', [field({ role: 'emergency-description', kind: 'textarea', value: text, leftWithText: left })]);
}

/**
 * A wording rule passes every `valid` narrative and flags every `invalid` one with one warning, once the
 * investigator has left the field; an empty description stays a checklist item (info).
 */
export function describeWordingRule(rule: Rule, valid: string[], invalid: string[]): void {
  describe(rule.id, () => {
    it.each(valid)('passes: %s', (text) => expect(check(rule, emergencyForm(text))).toEqual([]));
    it.each(invalid)('flags: %s', (text) => {
      const findings = check(rule, emergencyForm(text));
      expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([[rule.id, text.trim() ? 'warning' : 'info']]);
    });
  });
}
