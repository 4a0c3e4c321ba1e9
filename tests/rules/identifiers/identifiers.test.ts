import { describe, expect, it } from 'vitest';
import dateRange from '../../../rules/identifiers/date-range';
import discordSnowflake from '../../../rules/identifiers/discord-snowflake';
import hashFormat from '../../../rules/identifiers/hash-format';
import ipTimestamp, { ipAddressesIn } from '../../../rules/identifiers/ip-timestamp';
import phoneE164 from '../../../rules/identifiers/phone-e164';
import usernameFormat from '../../../rules/identifiers/username-format';
import { snowflakeDate } from '../../../rules/identifiers/account-formats';
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

describe('identifiers/ip-timestamp', () => {
  const text = (value: string) => field({ role: 'account-identifier', kind: 'textarea', value });
  it.each(['203.0.113.7 on 2026-11-20 at 21:40:12 UTC', '2001:db8::1 used 20 Nov 2026 09:15 +01:00', 'no address here', '999.1.1.1 is not an IP'])('accepts %j', (v) => {
    expect(check(ipTimestamp, snapshot('preservation', [text(v)]))).toEqual([]);
  });
  it.each([
    ['203.0.113.7', 'date, time, time zone'],
    ['203.0.113.7 on 2026-11-20', 'time, time zone'],
    ['203.0.113.7 on 2026-11-20 at 21:40', 'time zone'],
  ])('flags %j (missing %s)', (v, missing) => {
    const [finding] = check(ipTimestamp, snapshot('preservation', [text(v)]));
    expect(finding!.message).toContain(`without a ${missing}`);
  });
  it('finds v4 and v6 addresses, not version numbers', () => {
    expect(ipAddressesIn('v1.2.3 and 10.0.0.1 and fe80::1').map((x) => x.ip)).toEqual(['10.0.0.1', 'fe80::1']);
  });
});

describe('identifiers/date-range', () => {
  const start = (value: string) => field({ role: 'date-start', kind: 'date', value });
  const end = (value: string) => field({ role: 'date-end', kind: 'date', value });
  it('accepts a bounded past range', () => {
    expect(check(dateRange, snapshot('preservation', [start('2026-10-01'), end('2026-11-20')]))).toEqual([]);
  });
  it('warns on an open range and errs on a reversed one', () => {
    expect(severities(check(dateRange, snapshot('preservation', [start('2026-10-01'), end('')])))).toEqual(['warning']);
    expect(severities(check(dateRange, snapshot('preservation', [start('2026-11-20'), end('2026-10-01')])))).toEqual(['error']);
    expect(severities(check(dateRange, snapshot('preservation', [start('2026-10-01'), end('2027-01-01')])))).toEqual(['warning']);
  });
  it('reads a single range field', () => {
    const range = field({ role: 'date-range', kind: 'text', value: '1 Oct 2026 to 20 Nov 2026' });
    expect(check(dateRange, snapshot('legal-process', [range]))).toEqual([]);
  });
  it('says nothing when the form has no date fields', () => {
    expect(check(dateRange, snapshot('preservation', []))).toEqual([]);
  });
});

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

describe('identifiers/discord-snowflake', () => {
  it('shows the creation date a Discord id encodes', () => {
    expect(snowflakeDate('175928847299117063')!.toISOString()).toBe('2016-04-30T11:18:25.796Z');
    const [finding] = check(discordSnowflake, snapshot('preservation', [accounts('175928847299117063')], 'discord'));
    expect(finding!.severity).toBe('info');
    expect(finding!.message).toContain('2016-04-30 11:18 UTC');
  });
  it('warns on an id that decodes to the future', () => {
    expect(severities(check(discordSnowflake, snapshot('preservation', [accounts('99999999999999999999')], 'discord')))).toEqual(['warning']);
  });
  it('only runs on Discord', () => {
    expect(check(discordSnowflake, snapshot('preservation', [accounts('175928847299117063')], 'x'))).toEqual([]);
  });
});

describe('identifiers/hash-format', () => {
  const hashes = (value: string) => field({ role: 'hash-values', kind: 'textarea', value });
  it.each(['d41d8cd98f00b204e9800998ecf8427e', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'md5:d41d8cd98f00b204e9800998ecf8427e'])('accepts %j', (v) => {
    expect(check(hashFormat, snapshot('preservation', [hashes(v)]))).toEqual([]);
  });
  it.each(['d41d8cd98f00b204e9800998ecf8427', 'zz1d8cd98f00b204e9800998ecf8427e', 'image.jpg'])('rejects %j', (v) => {
    expect(severities(check(hashFormat, snapshot('preservation', [hashes(v)])))).toEqual(['error']);
  });
});
