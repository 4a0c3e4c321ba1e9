import { describe, expect, it } from 'vitest';
import reportIdFormat from '../../../rules/ncmec/report-id-format';
import reportIdMissing from '../../../rules/ncmec/report-id-missing';
import reportIdsRead from '../../../rules/ncmec/report-ids-read';
import { isChildSafetyMatter } from '../../../rules/ncmec/child-matter';
import { parseReportIds } from '../../../rules/ncmec/report-ids';
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
    expect(check(reportIdsRead, snapshot('preservation', [ncmec('123 456')]))[0]!.message).toBe('2 report numbers: 123, 456');
  });
});

describe('child-exploitation matter', () => {
  const flagged = (checked: boolean) => field({ role: 'child-safety-flag', kind: 'checkbox', checked });
  const text = (value: string) => field({ role: null, kind: 'textarea', value });
  it.each([
    ['a ticked flag', [flagged(true)]],
    ['CSAM in the text', [text('Account shares CSAM.')]],
    ['sextortion', [text('Sextortion of a teenager via DMs.')]],
    ['grooming', [text('Adult grooming a child online.')]],
    ['explicit images of a minor', [text('He sent explicit images to a 13-year-old.')]],
  ])('is recognized from %s', (_name, fields) => {
    expect(isChildSafetyMatter(snapshot('preservation', fields))).toBe(true);
  });
  it.each([
    ['an unticked flag', [flagged(false)]],
    ['fraud', [text('Credit card fraud by an adult.')]],
    ['a missing adult', [text('Missing adult, 45, last seen Friday.')]],
    ['a negation', [text('No child exploitation is involved.')]],
  ])('is not assumed from %s', (_name, fields) => {
    expect(isChildSafetyMatter(snapshot('preservation', fields))).toBe(false);
  });
});

describe('ncmec/report-id-missing', () => {
  const flag = field({ role: 'child-safety-flag', kind: 'checkbox', checked: true });
  it('warns on a child-exploitation request without a report number', () => {
    expect(check(reportIdMissing, snapshot('preservation', [flag, ncmec('')])).map((f) => f.severity)).toEqual(['warning']);
  });
  it('is satisfied by a report number in the field or in the text', () => {
    expect(check(reportIdMissing, snapshot('preservation', [flag, ncmec('123456789')]))).toEqual([]);
    const described = field({ role: 'emergency-description', kind: 'textarea', value: 'CSAM case, NCMEC CyberTip #123456789.' });
    expect(check(reportIdMissing, snapshot('emergency', [described]))).toEqual([]);
  });
  it('says nothing when the matter is not about children', () => {
    expect(check(reportIdMissing, snapshot('preservation', [ncmec('')]))).toEqual([]);
  });
});
