import { describe, expect, it } from 'vitest';
import dateRange from '../../../rules/identifiers/date-range';
import { check, field, snapshot } from '../helpers';

const severities = (fs: Array<{ severity: string }>) => fs.map((f) => f.severity);

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
