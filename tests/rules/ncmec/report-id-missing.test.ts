import { describe, expect, it } from 'vitest';
import reportIdMissing from '../../../rules/ncmec/report-id-missing';
import { isChildSafetyMatter } from '../../../rules/ncmec/lib/child-matter';
import { check, field, snapshot } from '../helpers';

const ncmec = (value: string) => field({ role: 'ncmec-report-ids', kind: 'text', value });

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
