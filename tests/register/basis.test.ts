import { describe, expect, it } from 'vitest';
import { BASES, basisOf } from '../../register/basis';
import { captureFromDraft } from '../../register/drafts';
import { basisNamed } from '../../register/email/basis-hint';
import { expiryOf } from '../../register/expiry';
import { captureSchema, recordSchema } from '../../register/schema';
import { record } from './fixtures';

const ext = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}xxxxxxx`, requestedOn: '2027-01-10', reference: null }));

describe('legal basis (contract section 9)', () => {
  it('lists the four bases of the contract', () => {
    expect([...BASES]).toEqual(['provider-policy', 'us-2703f', 'eu-epoc-pr', 'us-report-act']);
  });

  it.each([
    // basis, provider period, extensions, expiry
    ['provider-policy', 180, 0, '2027-05-19'],
    ['provider-policy', 180, 2, '2027-11-15'], // the provider's own period and extension period, each extension counting
    ['us-2703f', 180, 0, '2027-02-18'], // 90 days whatever the provider states
    ['us-2703f', 180, 1, '2027-05-19'], // extendable once by 90
    ['us-2703f', 180, 2, '2027-05-19'], // ... and only once
    ['eu-epoc-pr', 180, 0, '2027-01-19'], // 60 days
    ['eu-epoc-pr', 180, 1, '2027-02-18'], // extendable once by 30
    ['eu-epoc-pr', 180, 3, '2027-02-18'],
    ['us-report-act', 180, 0, '2027-11-20'], // one year
    ['us-report-act', 180, 1, '2027-11-20'],
  ] as const)('%s, provider period %i days, %i extension(s): expires %s', (basis, periodDays, extensions, expiry) => {
    expect(expiryOf(record({ basis, preservedOn: '2026-11-20', periodDays, extensionDays: 90, extensions: ext(extensions) }))).toBe(expiry);
  });

  it('reads a record stored before the basis existed as provider-policy, with its old expiry', () => {
    const { basis: _none, ...old } = record({ preservedOn: '2026-11-20' });
    const read = recordSchema.parse(old);
    expect(basisOf(read)).toBe('provider-policy');
    expect(expiryOf(read)).toBe('2027-02-18');
    expect(() => recordSchema.parse({ ...old, basis: 'whatever' })).toThrow();
  });

  it('carries a draft\'s basis into the capture, and none where the draft names none', () => {
    const draft = { providerId: 'x', reference: 'LR-1', caseNumber: '', accountIdentifiers: [], preservedOn: '2026-11-20' };
    expect(captureSchema.parse(captureFromDraft({ ...draft, basis: 'eu-epoc-pr' }, 'manual')).basis).toBe('eu-epoc-pr');
    expect(captureSchema.parse(captureFromDraft(draft, 'manual')).basis).toBeUndefined();
  });

  it.each([
    ['Pursuant to 18 U.S.C. § 2703(f), the account was preserved.', 'us-2703f'],
    ['Your European Preservation Order (EPOC-PR) has been executed.', 'eu-epoc-pr'],
    ['Preserved under the REPORT Act following our CyberTipline report.', 'us-report-act'],
    ['NCMEC CyberTipline report 123456 was quoted; the account was preserved.', null],
  ])('names the basis an e-mail states: %s', (text, basis) => {
    expect(basisNamed(text, 0, text.length)?.basis ?? null).toBe(basis);
  });
});
