import { describe, expect, it } from 'vitest';
import { captureFromDraft, extensionLeadDaysOf, marProviderOf, proofExportText, splitLines, termsOf } from '../../../register/drafts';
import { DEFAULT_CRITERIA, NO_CASE_LABEL, casesOf, filterRecords, groupByCase, type FilterCriteria } from '../../../register/filter';
import { caseFromOptionValue, caseOptionValue } from '../../../components/dashboard/Filters';
import { popupLists } from '../../../components/popup/Popup';
import { providerById } from '../../../providers/registry';
import { captureSchema } from '../../../register/schema';
import { record } from '../../register/fixtures';

const names: Record<string, string> = { meta: 'Meta', x: 'X', google: 'Google' };
const providerName = (id: string) => names[id] ?? id;
const today = '2027-01-01';
const run = (records: Parameters<typeof filterRecords>[0], patch: Partial<FilterCriteria> = {}) =>
  filterRecords(records, { ...DEFAULT_CRITERIA, ...patch }, today, providerName).map((r) => r.record.reference);

// preservedOn + 90 days: 2026-11-20 -> 2027-02-18; 2026-10-10 -> 2027-01-08 (expiring soon); 2026-09-01 -> 2026-11-30 (lapsed)
const a = record({ reference: 'A-100', providerId: 'meta', caseNumber: '2026-0042', preservedOn: '2026-11-20', createdAt: '2026-11-20T10:00:00.000Z' });
const b = record({
  reference: 'B-200',
  providerId: 'x',
  caseNumber: '2026-0042',
  preservedOn: '2026-10-10',
  accountIdentifiers: ['@suspect_one'],
  createdAt: '2026-12-01T10:00:00.000Z',
});
const c = record({ reference: 'C-300', providerId: 'google', caseNumber: '', preservedOn: '2026-09-01', notes: 'Linked to the Harbour Street burglary', createdAt: '2026-09-01T10:00:00.000Z' });
const d = record({ reference: 'D-400', providerId: 'meta', caseNumber: '2026-0099', preservedOn: '2026-11-01', supersededOn: '2026-12-15', createdAt: '2026-11-01T10:00:00.000Z' });
const all = [a, b, c, d];

describe('filterRecords', () => {
  it('sorts by expiry, soonest first, by default', () => {
    expect(run(all)).toEqual(['C-300', 'B-200', 'D-400', 'A-100']);
  });

  it('sorts newest first and by provider name', () => {
    expect(run(all, { sort: 'newest' })).toEqual(['B-200', 'A-100', 'D-400', 'C-300']);
    expect(run(all, { sort: 'provider' })).toEqual(['C-300', 'D-400', 'A-100', 'B-200']);
  });

  it('searches reference, case number, account identifiers, notes and provider name, case-insensitively', () => {
    expect(run(all, { query: 'b-2' })).toEqual(['B-200']);
    expect(run(all, { query: '0099' })).toEqual(['D-400']);
    expect(run(all, { query: '@SUSPECT' })).toEqual(['B-200']);
    expect(run(all, { query: 'harbour' })).toEqual(['C-300']);
    expect(run(all, { query: 'google' })).toEqual(['C-300']);
    expect(run(all, { query: 'meta 0042' })).toEqual(['A-100']);
    expect(run(all, { query: 'nothing-like-this' })).toEqual([]);
  });

  it('filters by provider, status and case', () => {
    expect(run(all, { providerId: 'meta' })).toEqual(['D-400', 'A-100']);
    expect(run(all, { status: 'expiring-soon' })).toEqual(['B-200']);
    expect(run(all, { status: 'lapsed' })).toEqual(['C-300']);
    expect(run(all, { status: 'superseded' })).toEqual(['D-400']);
    expect(run(all, { caseNumber: '2026-0042' })).toEqual(['B-200', 'A-100']);
    expect(run(all, { caseNumber: '' })).toEqual(['C-300']);
    expect(run(all, { caseNumber: '2026-0042', providerId: 'x' })).toEqual(['B-200']);
  });

  it('computes expiry and status once per row', () => {
    const [row] = filterRecords([b], DEFAULT_CRITERIA, today, providerName);
    expect(row).toMatchObject({ expiry: '2027-01-08', status: 'expiring-soon', providerName: 'X' });
  });

  it('grows linearly with the records (10,000 against 2,000), whatever the machine’s load', () => {
    const records = (n: number) => Array.from({ length: n }, (_, i) => record({ reference: `R-${i}`, caseNumber: `C-${i % 50}`, preservedOn: '2026-11-20' }));
    const timed = (list: ReturnType<typeof records>) => {
      const started = performance.now();
      const out = filterRecords(list, { ...DEFAULT_CRITERIA, query: 'r-99' }, today, providerName);
      return { out, ms: performance.now() - started };
    };
    timed(records(500)); // warm up
    const small = timed(records(2_000));
    const large = timed(records(10_000));
    expect(small.out.length).toBe(11);
    expect(large.out.length).toBe(111);
    // Linear: about 5x; a comparison of every record with every other: about 25x.
    expect(large.ms).toBeLessThan(12 * small.ms + 150);
  });
});

describe('groupByCase', () => {
  it('groups rows by case number in list order, records without a case under "No case number"', () => {
    const groups = groupByCase(filterRecords(all, DEFAULT_CRITERIA, today, providerName));
    expect(groups.map((g) => g.label)).toEqual([NO_CASE_LABEL, 'Case 2026-0042', 'Case 2026-0099']);
    expect(groups[1]!.rows.map((r) => r.record.reference)).toEqual(['B-200', 'A-100']);
  });

  it('lists the cases of the register', () => {
    expect(casesOf(all)).toEqual({ caseNumbers: ['2026-0042', '2026-0099'], hasNone: true });
    expect(casesOf([a])).toEqual({ caseNumbers: ['2026-0042'], hasNone: false });
  });

  it('encodes case select values so no case number collides with "all" or "none"', () => {
    for (const value of [null, '', 'all', 'none', 'case:x', '2026-0042']) expect(caseFromOptionValue(caseOptionValue(value))).toBe(value);
  });
});

describe('form helpers', () => {
  it('splits lines, trimmed, without blanks or repeats', () => {
    expect(splitLines(' @a \n\n@b\r\n@a\n')).toEqual(['@a', '@b']);
  });

  it('makes a valid capture from a draft, at noon UTC of the preservation date', () => {
    const capture = captureFromDraft({ providerId: 'x', reference: 'X-1', caseNumber: '', accountIdentifiers: ['@a'], preservedOn: '2026-12-01' }, 'email');
    expect(capture).toMatchObject({ requestedAt: '2026-12-01T12:00:00.000Z', preservedOn: '2026-12-01', source: 'email', requestType: 'preservation', proof: null });
    expect(captureSchema.safeParse(capture).success).toBe(true);
    const now = new Date('2026-12-05T08:00:00.000Z');
    const undated = captureFromDraft({ providerId: 'x', reference: 'X-2', caseNumber: 'K', accountIdentifiers: [], preservedOn: null }, 'manual', now);
    expect(undated.requestedAt).toBe(now.toISOString());
    expect('preservedOn' in undated).toBe(false);
    expect(captureSchema.safeParse(undated).success).toBe(true);
  });

  it('reads terms, MAR provider and extension lead time from the provider facts', () => {
    const x = providerById('x');
    expect(extensionLeadDaysOf(x)).toBe(7);
    expect(extensionLeadDaysOf(providerById('meta'))).toBeNull();
    expect(termsOf(undefined)).toEqual({ periodDays: null, extensionDays: null });
    expect(termsOf(x)).toEqual({ periodDays: x!.facts.preservation!.value.days, extensionDays: x!.facts.preservation!.value.extensionDays });
    expect(marProviderOf(undefined, 'zz')).toEqual({ name: 'zz', legalEntity: null });
    expect(marProviderOf(providerById('meta'), 'meta').name).toBe('Meta');
  });

  it('exports a proof with its URL, time, SHA-256 and text', () => {
    const text = proofExportText(
      { recordId: a.id, url: 'https://www.facebook.com/records/x', capturedAt: '2026-11-20T14:05:00.000Z', text: 'Your request 123 was received', sha256: 'f'.repeat(64), screenshot: null },
      a,
      'Meta',
    );
    expect(text).toContain('URL: https://www.facebook.com/records/x');
    expect(text).toContain('Captured at: 2026-11-20T14:05:00.000Z');
    expect(text).toContain(`SHA-256 of the page text: ${'f'.repeat(64)}`);
    expect(text.endsWith('Your request 123 was received')).toBe(true);
  });
});

describe('popupLists', () => {
  it('lists what expires within 14 days, soonest first, and the 5 latest records', () => {
    const soon1 = record({ reference: 'S1', preservedOn: '2026-10-12' }); // expires 2027-01-10
    const soon2 = record({ reference: 'S2', preservedOn: '2026-10-05' }); // expires 2027-01-03
    const superseded = record({ reference: 'S3', preservedOn: '2026-10-05', supersededOn: '2026-12-01' });
    const recent = Array.from({ length: 6 }, (_, i) => record({ reference: `N${i}`, createdAt: `2026-12-0${i + 1}T00:00:00.000Z` }));
    const { expiring, latest } = popupLists([soon1, soon2, superseded, ...recent], today);
    expect(expiring.map((i) => i.record.reference)).toEqual(['S2', 'S1']);
    expect(expiring[0]!.expiry).toBe('2027-01-03');
    expect(latest.map((i) => i.record.reference)).toEqual(['N5', 'N4', 'N3', 'N2', 'N1']);
  });
});
