import { describe, expect, it } from 'vitest';
import reportIdFormat from '../../../rules/ncmec/report-id-format';
import { parseReportIds } from '../../../rules/ncmec/lib/report-ids';
import { check, field, snapshot } from '../helpers';

const ncmec = (value: string) => field({ role: 'ncmec-report-ids', kind: 'text', value });

describe('ncmec/report-id-format', () => {
  it.each(['', '123456789', '123456789, 987654321', '123;456\n789', '  111   222  '])('accepts %j', (value) => {
    expect(check(reportIdFormat, snapshot('preservation', [ncmec(value)]))).toEqual([]);
  });
  it.each(['CT-12345', 'see attached', '12345 abc', 'https://report.cybertip.org/123', '1234.5678'])('rejects %j as an error', (value) => {
    expect(check(reportIdFormat, snapshot('preservation', [ncmec(value)])).map((f) => f.severity)).toEqual(['error']);
  });
  it('normalizes several ids and drops duplicates', () => {
    expect(parseReportIds('123, 456;456\n789')).toEqual({ ids: ['123', '456', '789'], invalid: [] });
  });
});
