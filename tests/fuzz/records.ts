import fc from 'fast-check';
import { providers } from '../../providers/registry';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../register/backup';
import { CAPTURE_SOURCES, REQUEST_TYPES, type PreservationRecord, type Proof } from '../../register/schema';
import { HOSTILE_SNIPPETS, referenceToken } from './arbitraries';

/** Generators for valid register records, proofs and backups, and for corrupting them one field at a time. */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoDay = fc
  .tuple(fc.integer({ min: 2015, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
export const isoDateTime = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const trimmed = (min: number, max: number) =>
  fc.oneof(fc.string({ minLength: min, maxLength: max }), fc.constantFrom(...HOSTILE_SNIPPETS)).map((s) => s.trim()).filter((s) => s.length >= min && s.length <= max);

export const recordArb: fc.Arbitrary<PreservationRecord> = fc.record({
  id: fc.uuid(),
  providerId: fc.constantFrom(...providers.map((p) => p.id)),
  reference: fc.oneof(referenceToken, trimmed(1, 120)),
  caseNumber: trimmed(0, 120),
  accountIdentifiers: fc.array(trimmed(1, 500), { maxLength: 5 }),
  requestType: fc.constantFrom(...REQUEST_TYPES),
  preservedOn: isoDay,
  requestedAt: isoDateTime,
  periodDays: fc.integer({ min: 1, max: 3650 }),
  extensionDays: fc.integer({ min: 1, max: 3650 }),
  extensions: fc.array(fc.record({ id: fc.uuid(), requestedOn: isoDay, reference: fc.option(fc.string({ maxLength: 120 }), { nil: null }) }), { maxLength: 3 }),
  supersededOn: fc.option(isoDay, { nil: null }),
  notes: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...HOSTILE_SNIPPETS)),
  source: fc.constantFrom(...CAPTURE_SOURCES),
  hasProof: fc.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const proofFor = (recordId: string): fc.Arbitrary<Proof> =>
  fc.record({
    recordId: fc.constant(recordId),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    capturedAt: isoDateTime,
    text: fc.string({ maxLength: 300 }),
    sha256: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
    screenshot: fc.option(fc.constantFrom('data:image/png;base64,iVBORw0KGgo=', 'data:image/jpeg;base64,/9j/'), { nil: null }),
  });

/** Records with unique ids and unique (provider, reference) keys, with proofs for some of them. */
export const recordsWithProofs = (maxLength = 8) =>
  fc
    .uniqueArray(recordArb, { maxLength, selector: (r) => `${r.providerId}\u0000${r.reference}` })
    .map((records) => {
      const seen = new Set<string>();
      return records.filter((r) => !seen.has(r.id) && seen.add(r.id));
    })
    .chain((records) =>
      fc.tuple(fc.constant(records), fc.tuple(...records.map((r) => fc.option(proofFor(r.id), { nil: null })))).map(([rs, proofs]) => ({
        records: rs,
        proofs: proofs.filter((p): p is Proof => p !== null),
      })),
    );

const RECORD_FIELDS: Array<keyof PreservationRecord> = [
  'id',
  'providerId',
  'reference',
  'caseNumber',
  'accountIdentifiers',
  'requestType',
  'preservedOn',
  'requestedAt',
  'periodDays',
  'extensionDays',
  'extensions',
  'supersededOn',
  'notes',
  'source',
  'hasProof',
  'createdAt',
  'updatedAt',
];

/** A value that is wrong for a record field, or plausible-looking trouble. */
const badValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    '   \n',
    'x'.repeat(121),
    'x'.repeat(10_001),
    -1,
    0,
    1.5,
    3651,
    Number.MAX_SAFE_INTEGER,
    '2026-11-20T14:03',
    '20/11/2026',
    'yesterday',
    'META',
    'Meta',
    'meta ',
    '__proto__',
    'constructor',
    'preservation; DROP TABLE',
    [''],
    [' '],
    ['x'.repeat(501)],
    Array.from({ length: 201 }, () => 'a'),
    Array.from({ length: 51 }, () => ({ id: '00000000-0000-4000-8000-000000000000', requestedOn: '2026-01-01', reference: null })),
    [{ id: 'short', requestedOn: '2026-01-01', reference: null }],
    { toString: 'x' },
  ),
  fc.constantFrom(...HOSTILE_SNIPPETS),
);

/** One corruption of one field: removed, replaced by a bad value. */
export const corruption = fc.record({
  field: fc.constantFrom(...RECORD_FIELDS),
  action: fc.constantFrom('delete' as const, 'replace' as const),
  value: badValue,
});

export function corrupt(record: PreservationRecord, c: { field: keyof PreservationRecord; action: 'delete' | 'replace'; value: unknown }): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record };
  if (c.action === 'delete') delete copy[c.field];
  else copy[c.field] = c.value;
  return copy;
}

export function backupText(records: unknown[], proofs: unknown[] = []): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(0).toISOString(), records, proofs });
}
