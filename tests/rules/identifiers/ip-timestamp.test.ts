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
  it('on a very long line reads the words around each address, not the whole line', () => {
    const filler = 'lorem ipsum '.repeat(100);
    const line = `${filler}203.0.113.7 on 2026-11-20 at 21:40:12 UTC ${filler}198.51.100.2 ${filler}`;
    const [first, second] = ipAddressesIn(line);
    // Whole words of the line, at most 150 characters either side of the address.
    expect(line.includes(first!.context)).toBe(true);
    expect(first!.context).toMatch(/^(?:lorem|ipsum) .*203\.0\.113\.7 on 2026-11-20 at 21:40:12 UTC .* (?:lorem|ipsum)$/);
    expect(first!.context.length).toBeLessThanOrEqual(2 * 150 + first!.ip.length);
    expect(second!.context).not.toContain('2026');
    // The first address has its timestamp beside it; the date 1,200 characters away does not date the second.
    const findings = check(ipTimestamp, snapshot('preservation', [text(line)]));
    expect(findings.map((f) => f.message)).toEqual(['IP address 198.51.100.2 is given without a date, time, time zone.']);
  });
  it('reads a line of up to 400 characters whole, as before', () => {
    const line = `198.51.100.2 ${'x '.repeat(150)}seen 2026-11-20 at 21:40:12 UTC`;
    expect(line.length).toBeLessThanOrEqual(400);
    expect(ipAddressesIn(line)[0]!.context).toBe(line);
    expect(check(ipTimestamp, snapshot('preservation', [text(line)]))).toEqual([]);
  });
  it('finds v4 and v6 addresses, not version numbers', () => {
    expect(ipAddressesIn('v1.2.3 and 10.0.0.1 and fe80::1').map((x) => x.ip)).toEqual(['10.0.0.1', 'fe80::1']);
  });
});
