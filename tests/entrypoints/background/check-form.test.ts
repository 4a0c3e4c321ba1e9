import { describe, expect, it } from 'vitest';
import { checkForm } from '../../../entrypoints/background/check-form';
import { checkFormResponseSchema, type CheckFormRequest } from '../../../messages/protocol';

const request = (value: string, providerId = 'tiktok'): CheckFormRequest => ({
  type: 'check-form',
  snapshot: {
    providerId,
    page: 'emergency',
    fields: [{ key: 'f0', role: 'emergency-description', kind: 'textarea', label: 'Describe', value, checked: null, files: [] }],
  },
});

describe('background check-form', () => {
  it('answers with findings, their docs and a suggestion, in the validated shape', () => {
    const answer = checkForm(request('help'), [], new Date('2026-11-22T12:00:00Z'));
    expect(checkFormResponseSchema.safeParse(answer).success).toBe(true);
    expect(answer.findings.map((f) => f.ruleId)).toContain('emergency/harm');
    expect(answer.docs['emergency/harm']?.why).toBeTruthy();
    expect(answer.suggestion?.fieldKey).toBe('f0');
  });
  it('honours disabled rules', () => {
    const answer = checkForm(request('help'), ['emergency/harm'], new Date());
    expect(answer.findings.map((f) => f.ruleId)).not.toContain('emergency/harm');
  });
  it('answers nothing for an unknown provider', () => {
    expect(checkForm(request('help', 'nobody'), [], new Date()).findings).toEqual([]);
  });
});
