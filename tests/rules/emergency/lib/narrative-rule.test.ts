import { describe, expect, it } from 'vitest';
import harm from '../../../../rules/emergency/harm';
import timeframe from '../../../../rules/emergency/timeframe';
import { check, field, snapshot } from '../../helpers';

describe('emergency wording rules', () => {
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
