import { describe, expect, it } from 'vitest';
import ipTimestamp, { ipAddressesIn } from '../../../rules/identifiers/ip-timestamp';
import { check, field, snapshot } from '../helpers';

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
