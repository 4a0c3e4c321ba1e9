import { describe, expect, it } from 'vitest';
import usernameFormat from '../../../rules/identifiers/username-format';
import { check, field, snapshot } from '../helpers';

const accounts = (value: string, label = 'Account identifiers') => field({ role: 'account-identifier', kind: 'textarea', value, label });
const severities = (fs: Array<{ severity: string }>) => fs.map((f) => f.severity);

describe('identifiers/username-format', () => {
  it.each(['@jack', 'https://x.com/jack', 'a_b_c_123'])('accepts X username %j', (v) => {
    expect(check(usernameFormat, snapshot('preservation', [accounts(v)], 'x'))).toEqual([]);
  });
  it.each(['@this_name_is_way_too_long', 'https://x.com/bad-name', 'twitter.com/x.y'])('flags X username %j', (v) => {
    expect(severities(check(usernameFormat, snapshot('preservation', [accounts(v)], 'x')))).toEqual(['warning']);
  });
  it('checks Instagram profile URLs on any portal, and at most 30 characters', () => {
    expect(check(usernameFormat, snapshot('preservation', [accounts('instagram.com/jane.doe_1')], 'meta'))).toEqual([]);
    expect(severities(check(usernameFormat, snapshot('preservation', [accounts('https://www.instagram.com/' + 'a'.repeat(31))], 'meta')))).toEqual(['warning']);
  });
  it('leaves e-mail addresses and phone numbers alone', () => {
    expect(check(usernameFormat, snapshot('preservation', [accounts('jane@example.org\n+12025550123')], 'x'))).toEqual([]);
  });
});
