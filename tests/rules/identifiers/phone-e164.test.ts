import { describe, expect, it } from 'vitest';
import phoneE164 from '../../../rules/identifiers/phone-e164';
import { check, field, snapshot } from '../helpers';

const accounts = (value: string, label = 'Account identifiers') => field({ role: 'account-identifier', kind: 'textarea', value, label });
const severities = (fs: Array<{ severity: string }>) => fs.map((f) => f.severity);

describe('identifiers/phone-e164', () => {
  it.each(['+12025550123', 'jane@example.org', '1234567890123', 'some_user', '203.0.113.7'])('accepts %j', (v) => {
    expect(check(phoneE164, snapshot('preservation', [accounts(v)], 'meta'))).toEqual([]);
  });
  it.each(['(202) 555-0123', '0151 2345 6789', '202-555-0123'])('warns on %j without a country code', (v) => {
    expect(severities(check(phoneE164, snapshot('preservation', [accounts(v)], 'meta')))).toEqual(['warning']);
  });
  it('suggests the E.164 spelling of a spaced international number', () => {
    const [finding] = check(phoneE164, snapshot('preservation', [accounts('+1 202 555 0123')], 'meta'));
    expect(finding!.severity).toBe('info');
    expect(finding!.message).toContain('+12025550123');
  });
});
