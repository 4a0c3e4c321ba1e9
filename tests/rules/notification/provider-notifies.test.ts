import { describe, expect, it } from 'vitest';
import providerNotifies from '../../../rules/notification/provider-notifies';
import type { FieldSnapshot } from '../../../rules/types';
import { check, field, snapshot } from '../helpers';

const ndo = (partial: Partial<FieldSnapshot> & Pick<FieldSnapshot, 'kind'>) => field({ ...partial, role: 'non-disclosure' });

describe('notification/provider-notifies', () => {
  it('warns on a provider that notifies while nothing covers it', () => {
    const findings = check(providerNotifies, snapshot('preservation', [ndo({ kind: 'checkbox', checked: false })], 'meta'));
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.message).toMatch(/2705\(b\)/);
  });

  it('warns even when the form has no non-disclosure option at all', () => {
    expect(check(providerNotifies, snapshot('legal-process', [], 'x')).map((f) => f.severity)).toEqual(['warning']);
  });

  const covered: Array<[string, Parameters<typeof field>[0]]> = [
    ['ticked checkbox', { kind: 'checkbox', checked: true, role: 'non-disclosure' }],
    ['"Yes" radio', { kind: 'radio', checked: true, label: 'Yes', value: 'yes', role: 'non-disclosure' }],
    ['select "Yes – order attached"', { kind: 'select', value: 'Yes – order attached', role: 'non-disclosure' }],
    ['select "Do not notify the user"', { kind: 'select', value: 'Do not notify the user', role: 'non-disclosure' }],
    ['uploaded order', { kind: 'file', files: [{ name: 'ndo.pdf', type: 'application/pdf', size: 10 }], role: 'non-disclosure' }],
    ['order number typed', { kind: 'text', value: 'Order 26-MJ-0042, 180 days', role: 'non-disclosure' }],
  ];
  it.each(covered)('drops to info once covered: %s', (_name, partial) => {
    expect(check(providerNotifies, snapshot('preservation', [ndo(partial)], 'meta')).map((f) => f.severity)).toEqual(['info']);
  });

  const notCovered: Array<[string, Parameters<typeof field>[0]]> = [
    ['"No" radio checked', { kind: 'radio', checked: true, label: 'No', value: 'no', role: 'non-disclosure' }],
    ['select "No"', { kind: 'select', value: 'No', role: 'non-disclosure' }],
    ['select placeholder', { kind: 'select', value: 'Select…', role: 'non-disclosure' }],
    ['text "none"', { kind: 'text', value: 'none', role: 'non-disclosure' }],
  ];
  it.each(notCovered)('stays a warning: %s', (_name, partial) => {
    expect(check(providerNotifies, snapshot('preservation', [ndo(partial)], 'meta')).map((f) => f.severity)).toEqual(['warning']);
  });

  it('says nothing on sign-in or confirmation pages', () => {
    expect(check(providerNotifies, snapshot('login', [], 'meta'))).toEqual([]);
    expect(check(providerNotifies, snapshot('confirmation', [], 'meta'))).toEqual([]);
  });
});
