import { describe, expect, it } from 'vitest';
import reportIds from '../../../rules/ncmec/report-ids';
import { check, field, snapshot } from '../helpers';

const ncmec = (value: string) => field({ role: 'ncmec-report-ids', kind: 'text', value });

describe('ncmec/report-ids', () => {
  it('lists the report numbers as read, without duplicates', () => {
    expect(check(reportIds, snapshot('preservation', [ncmec('123 456')]))[0]!.message).toBe('2 report numbers: 123, 456');
  });
});
