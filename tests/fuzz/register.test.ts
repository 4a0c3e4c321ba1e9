import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, readBackup, recordKey, type ImportReport } from '../../register/backup';
import { captureSchema, proofSchema, recordSchema, type PreservationRecord } from '../../register/schema';
import { Register } from '../../storage/register';
import { anyText } from './arbitraries';
import { backupText, corrupt, corruption, isoDateTime, recordArb, recordsWithProofs } from './records';

// Property-based tests of the backup import (register/backup.ts) and of the IndexedDB register behind it.

const ANYTHING = { withNullPrototype: true, withObjectString: true, withBigInt: false, withDate: true, withSparseArray: true, withBoxedValues: true } as const;

/** What holds for every report, whatever the input. */
function checkReport(report: ImportReport, existingIds: Set<string>, existingKeys: Set<string>): void {
  for (const rejection of report.rejected) {
    expect(typeof rejection.reason).toBe('string');
    expect(rejection.reason.trim().length).toBeGreaterThan(0);
    expect(Number.isInteger(rejection.index)).toBe(true);
    expect(rejection.reference === null || (typeof rejection.reference === 'string' && rejection.reference.length <= 120)).toBe(true);
  }
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const { record, proof } of report.accepted) {
    expect(recordSchema.safeParse(record).success).toBe(true);
    expect(ids.has(record.id)).toBe(false);
    expect(existingIds.has(record.id)).toBe(false);
    expect(keys.has(recordKey(record))).toBe(false);
    expect(existingKeys.has(recordKey(record))).toBe(false);
    ids.add(record.id);
    keys.add(recordKey(record));
    expect(record.hasProof).toBe(proof !== null);
    if (proof) {
      expect(proofSchema.safeParse(proof).success).toBe(true);
      expect(proof.recordId).toBe(record.id);
    }
  }
  expect(report.alreadyPresent).toBeGreaterThanOrEqual(0);
}

/** A file that is not a backup at all is one rejection (index -1) and nothing else. */
function checkWholeFileRejected(report: ImportReport): void {
  expect(report.accepted).toEqual([]);
  expect(report.alreadyPresent).toBe(0);
  expect(report.rejected).toHaveLength(1);
  expect(report.rejected[0]!.index).toBe(-1);
}

const envelopeOk = (value: unknown): value is { records: unknown[] } => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return v.format === BACKUP_FORMAT && v.version === 1 && Array.isArray(v.records) && (v.proofs === undefined || Array.isArray(v.proofs));
};

describe('readBackup (a): arbitrary strings', () => {
  it('never throws; a non-backup is one rejection with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(500), fc.string({ unit: 'binary', maxLength: 2000 }), fc.constantFrom('', '{', '[]', 'null', '"x"', '1e400', '{"format":"quickfreeze-backup"}', '{"__proto__":{"polluted":1}}')), (text) => {
        const report = readBackup(text, new Set(), new Set());
        checkReport(report, new Set(), new Set());
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          checkWholeFileRejected(report);
          expect(report.rejected[0]!.reason).toMatch(/not valid JSON/);
          return;
        }
        if (!envelopeOk(parsed)) checkWholeFileRejected(report);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readBackup (b): arbitrary JSON', () => {
  it('never throws on any JSON document; anything but a backup envelope is one rejection', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(ANYTHING).map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown)), (value) => {
        const report = readBackup(JSON.stringify(value), new Set(), new Set());
        checkReport(report, new Set(), new Set());
        if (!envelopeOk(value)) checkWholeFileRejected(report);
      }),
      { numRuns: 2000 },
    );
  });

  it('inside a valid envelope, accepted + rejected + already present accounts for every entry', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), recordArb), { maxLength: 20 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }), (records, proofs) => {
        const report = readBackup(backupText(records, proofs), new Set(), new Set());
        checkReport(report, new Set(), new Set());
        expect(report.accepted.length + report.rejected.length + report.alreadyPresent).toBe(records.length);
        const rejectedAt = report.rejected.map((r) => r.index);
        expect(new Set(rejectedAt).size).toBe(rejectedAt.length);
        for (const i of rejectedAt) expect(i >= 0 && i < records.length).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});

describe('readBackup (c): valid backups with random corruptions of individual fields', () => {
  const scenario = recordsWithProofs(8).chain(({ records, proofs }) =>
    fc.record({
      records: fc.constant(records),
      proofs: fc.constant(proofs),
      corruptions: fc.array(fc.tuple(fc.nat(), corruption), { maxLength: 4 }),
      // Some of the records are already in the register, by key; some ids are taken by other records.
      present: fc.array(fc.boolean(), { minLength: records.length, maxLength: records.length }),
      takenIds: fc.array(fc.boolean(), { minLength: records.length, maxLength: records.length }),
    }),
  );

  it('never throws; every entry is accounted for; good entries are kept; each rejection names the corrupted field', () => {
    fc.assert(
      fc.property(scenario, ({ records, proofs, corruptions, present, takenIds }) => {
        const entries: unknown[] = [...records];
        const corruptedFields = new Map<number, string[]>();
        if (records.length) {
          for (const [at, c] of corruptions) {
            const i = at % records.length;
            entries[i] = corrupt(entries[i] as PreservationRecord, c);
            corruptedFields.set(i, [...(corruptedFields.get(i) ?? []), c.field]);
          }
        }
        const existingKeys = new Set(records.filter((_, i) => present[i]).map(recordKey));
        const existingIds = new Set(records.filter((_, i) => takenIds[i]).map((r) => r.id));
        const initialIds = new Set(existingIds);
        const report = readBackup(backupText(entries, proofs), existingKeys, existingIds);
        checkReport(report, initialIds, existingKeys);
        expect(report.accepted.length + report.rejected.length + report.alreadyPresent).toBe(entries.length);
        for (const rejection of report.rejected) {
          // Only corrupted entries are rejected, and the reason says which field is wrong.
          const fields = corruptedFields.get(rejection.index);
          expect(fields).toBeDefined();
          expect(fields!.some((f) => rejection.reason.startsWith(f))).toBe(true);
          const raw = entries[rejection.index] as { reference?: unknown };
          expect(rejection.reference).toBe(typeof raw.reference === 'string' ? raw.reference.slice(0, 120) : null);
        }
        // An entry nobody touched, whose key no other entry of the file shares, is imported.
        const acceptedKeys = new Set(report.accepted.map((a) => recordKey(a.record)));
        const keyOf = (e: unknown) => {
          const { providerId, reference } = (e ?? {}) as { providerId?: unknown; reference?: unknown };
          return typeof providerId === 'string' && typeof reference === 'string' ? `${providerId}\u0000${reference.trim()}` : null;
        };
        records.forEach((r, i) => {
          if (corruptedFields.has(i) || present[i]) return;
          if (entries.some((e, j) => j !== i && keyOf(e) === recordKey(r))) return;
          expect(acceptedKeys.has(recordKey(r))).toBe(true);
        });
        // A record keeps its id unless that id is taken; then it gets a fresh one, proof included.
        for (const { record, proof } of report.accepted) {
          const original = records.find((r) => recordKey(r) === recordKey(record));
          if (original && !initialIds.has(original.id) && !corruptedFields.size) expect(record.id).toBe(original.id);
          if (proof && original && !corruptedFields.size) expect(proof.text).toBe(proofs.find((p) => p.recordId === original.id)!.text);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('a backup exported from records imports them all unchanged into an empty register', () => {
    fc.assert(
      fc.property(recordsWithProofs(10), ({ records, proofs }) => {
        const report = readBackup(backupText(records, proofs), new Set(), new Set());
        expect(report.rejected).toEqual([]);
        expect(report.accepted.map((a) => ({ ...a.record, hasProof: false }))).toEqual(records.map((r) => ({ ...r, hasProof: false })));
        const withProof = new Set(proofs.filter((p) => proofSchema.safeParse(p).success).map((p) => p.recordId));
        for (const { record } of report.accepted) expect(record.hasProof).toBe(withProof.has(record.id));
      }),
      { numRuns: 500 },
    );
  });

  it('importing the same backup twice adds nothing the second time', () => {
    fc.assert(
      fc.property(recordsWithProofs(10), ({ records, proofs }) => {
        const text = backupText(records, proofs);
        const first = readBackup(text, new Set(), new Set());
        const second = readBackup(text, new Set(first.accepted.map((a) => recordKey(a.record))), new Set(first.accepted.map((a) => a.record.id)));
        expect(second.accepted).toEqual([]);
        expect(second.alreadyPresent).toBe(records.length);
      }),
      { numRuns: 500 },
    );
  });

  // A proof is the confirmation page of one reference: it must never be attached to a second, different record.
  it('a proof is attached to at most one imported record, even when two entries share an id', () => {
    fc.assert(
      fc.property(recordsWithProofs(6).filter(({ records, proofs }) => records.length >= 2 && proofs.length >= 1), fc.nat(), ({ records, proofs }, pick) => {
        const proof = proofs[pick % proofs.length]!;
        // Another entry of the file reuses the id of the record that has the proof.
        const other = records.find((r) => r.id !== proof.recordId)!;
        const entries = records.map((r) => (r === other ? { ...r, id: proof.recordId } : r));
        const report = readBackup(backupText(entries, [proof]), new Set(), new Set());
        const carrying = report.accepted.filter((a) => a.proof !== null);
        expect(carrying.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  // "a date as YYYY-MM-DD": an import must not bring in days that do not exist (expiry is computed from them).
  it('accepted records carry real calendar days', () => {
    const impossibleDay = fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '2026-11-31', '0000-00-00', '9999-99-99');
    fc.assert(
      fc.property(recordArb, fc.constantFrom('preservedOn' as const, 'supersededOn' as const), impossibleDay, (record, field, day) => {
        const report = readBackup(backupText([{ ...record, [field]: day }]), new Set(), new Set());
        for (const { record: r } of report.accepted) {
          for (const d of [r.preservedOn, r.supersededOn].filter((x): x is string => x !== null)) {
            const ms = Date.parse(`${d}T00:00:00Z`);
            expect(Number.isNaN(ms) ? 'no such day' : new Date(ms).toISOString().slice(0, 10)).toBe(d);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

// ---- The IndexedDB register ----

/**
 * The real register (IndexedDB through fake-indexeddb): whatever invalid write or rejected import is thrown at
 * it, the records already stored stay byte for byte the same.
 */
const terms = { periodDays: 90, extensionDays: 90 };
const PROVIDERS = ['meta', 'google', 'x', 'discord'];

const validCapture = fc.record({
  providerId: fc.constantFrom(...PROVIDERS),
  reference: fc.stringMatching(/^[A-Z]{2,5}-\d{4,8}$/),
  caseNumber: fc.stringMatching(/^[A-Z]{0,3}-?\d{4}-\d{3,5}$/),
  accountIdentifiers: fc.array(fc.constantFrom('@someone', 'https://facebook.com/jane.doe', '+15555550123', '<img src=x onerror=alert(1)>'), { maxLength: 3 }),
  requestType: fc.constantFrom('preservation', 'emergency', 'legal-process', 'other'),
  requestedAt: isoDateTime,
  source: fc.constantFrom('confirmation-page', 'selection', 'email', 'manual'),
  proof: fc.option(
    fc.record({ url: fc.constantFrom('https://lers.google.com/requests/1/status', 'https://legalrequests.x.com/s/done'), capturedAt: isoDateTime, text: fc.string({ maxLength: 200 }) }),
    { nil: null },
  ),
});

let register: Register;
let seeded: PreservationRecord[] = [];

async function stored(): Promise<string> {
  const records = (await register.all()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const proofs = await Promise.all(records.map((r) => register.proof(r.id)));
  return JSON.stringify({ records, proofs });
}

/** A capture that the schema refuses: one field removed or replaced by a bad value, or anything at all. */
const invalidCapture = fc
  .oneof(
    fc.tuple(validCapture, fc.constantFrom('providerId', 'reference', 'caseNumber', 'accountIdentifiers', 'requestType', 'requestedAt', 'source', 'proof'), fc.constantFrom('delete', 'replace'), fc.jsonValue({ maxDepth: 2 })).map(([c, field, action, value]) => {
      const copy: Record<string, unknown> = { ...c };
      if (action === 'delete') delete copy[field];
      else copy[field] = value;
      return copy as unknown;
    }),
    validCapture.map((c) => ({ ...c, proof: { url: 'javascript:window.__pwned=1', capturedAt: c.requestedAt, text: 'x' } }) as unknown),
    validCapture.map((c) => ({ ...c, reference: '   ' }) as unknown),
    fc.anything({ maxDepth: 2 }),
  )
  .filter((raw) => !captureSchema.safeParse(raw).success);

const op = fc.oneof(
  // saveCapture with input the schema refuses.
  invalidCapture.map((raw) => ({ kind: 'save-invalid' as const, raw })),
  // saveCapture of a reference already in the register: a no-op.
  fc.tuple(fc.nat(), isoDateTime).map(([pick, at]) => ({ kind: 'save-again' as const, pick, at })),
  // An import that brings nothing: not a backup, or only bad and already-present entries.
  fc.oneof(anyText(300), fc.jsonValue().map((v) => JSON.stringify(v))).map((text) => ({ kind: 'import-text' as const, text })),
  fc
    .tuple(fc.array(fc.tuple(recordArb, corruption), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 4 }))
    .map(([bad, again]) => ({ kind: 'import-rejected' as const, bad, again })),
  // A restore (undo, or an import) in which one item is bad: nothing of it may land.
  fc
    .tuple(fc.array(recordArb, { maxLength: 3 }), fc.oneof(fc.constant('duplicate-key' as const), fc.constant('duplicate-id' as const), fc.constant('twice' as const), corruption))
    .map(([fresh, bad]) => ({ kind: 'restore-mixed' as const, fresh, bad })),
  // An edit the schema refuses, or one that would take another record's id.
  fc.tuple(fc.nat(), corruption).map(([pick, c]) => ({ kind: 'update-invalid' as const, pick, c })),
  fc.tuple(fc.nat(), fc.nat()).map(([pick, other]) => ({ kind: 'update-steal-id' as const, pick, other })),
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom('20/11/2026', '', '2026-11-20T00:00:00Z', 'tomorrow'), anyText(20))).map(([pick, requestedOn]) => ({ kind: 'extension-invalid' as const, pick, requestedOn })),
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://example.org/x.png', ''), anyText(40))).map(([pick, url]) => ({ kind: 'screenshot-invalid' as const, pick, url })),
);

async function rejects(promise: Promise<unknown>): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(Error);
}

describe('the IndexedDB register under invalid writes and rejected imports', () => {
  beforeAll(async () => {
    register = await Register.open(`fuzz-${Date.now()}-${Math.random()}`);
    const captures = fc.sample(fc.uniqueArray(validCapture, { minLength: 8, maxLength: 8, selector: (c) => `${c.providerId}/${c.reference}` }), { numRuns: 1, seed: 42 })[0]!;
    for (const capture of captures) await register.saveCapture(capture, terms, new Date('2026-11-20T12:00:00Z'));
    seeded = await register.all();
    expect(seeded).toHaveLength(8);
  });
  afterAll(() => register.close());

  it('keeps the stored records byte for byte unchanged', async () => {
    const before = await stored();
    const ran = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 4 }), async (ops) => {
        for (const o of ops) {
          const target = seeded[('pick' in o ? o.pick : 0) % seeded.length]!;
          const existingKeys = new Set(seeded.map(recordKey));
          const existingIds = new Set(seeded.map((r) => r.id));
          ran.set(o.kind, (ran.get(o.kind) ?? 0) + 1);
          switch (o.kind) {
            case 'save-invalid':
              await rejects(register.saveCapture(o.raw, terms));
              break;
            case 'save-again': {
              const again = await register.saveCapture({ ...target, requestedAt: o.at, proof: null }, terms);
              expect(again.created).toBe(false);
              break;
            }
            case 'import-text':
            case 'import-rejected': {
              const text =
                o.kind === 'import-text'
                  ? o.text
                  : backupText([
                      ...o.bad.map(([r, c]) => corrupt(r, c)).filter((r) => !recordSchema.safeParse(r).success),
                      ...o.again.map((i) => seeded[i % seeded.length]),
                    ]);
              const report = readBackup(text, existingKeys, existingIds);
              expect(report.accepted).toEqual([]);
              // What the dashboard does with a report.
              if (report.accepted.length) await register.restore(report.accepted);
              break;
            }
            case 'restore-mixed': {
              const fresh = o.fresh.filter((r) => !existingKeys.has(recordKey(r)) && !existingIds.has(r.id));
              const unique = fresh.filter((r, i) => fresh.findIndex((s) => s.id === r.id || recordKey(s) === recordKey(r)) === i);
              const items = unique.map((record) => ({ record, proof: null }));
              if (o.bad === 'duplicate-key') items.push({ record: { ...(unique[0] ?? target), id: crypto.randomUUID(), providerId: target.providerId, reference: target.reference }, proof: null });
              else if (o.bad === 'duplicate-id') items.push({ record: { ...target, reference: `${target.reference}-NEW` }, proof: null });
              else if (o.bad === 'twice') items.push(...(unique.length ? [items[0]!] : [{ record: target, proof: null }]));
              else {
                const broken = corrupt(unique[0] ?? { ...target, id: crypto.randomUUID(), reference: `${target.reference}-B` }, o.bad);
                if (recordSchema.safeParse(broken).success) break; // the corruption happened to be valid: nothing to test
                items.push({ record: broken as PreservationRecord, proof: null });
              }
              await rejects(register.restore(items));
              break;
            }
            case 'update-invalid': {
              const broken = corrupt(target, o.c);
              if (recordSchema.safeParse({ ...broken, updatedAt: new Date().toISOString() }).success && broken.id === target.id) break;
              await rejects(register.update(broken as PreservationRecord));
              break;
            }
            case 'update-steal-id': {
              const other = seeded[o.other % seeded.length]!;
              if (other.id === target.id) break;
              await rejects(register.update({ ...target, id: other.id }));
              break;
            }
            case 'extension-invalid':
              if (/^\d{4}-\d{2}-\d{2}$/.test(o.requestedOn)) break;
              await rejects(register.addExtension(target.id, { requestedOn: o.requestedOn, reference: null }));
              break;
            case 'screenshot-invalid':
              await rejects(register.attachScreenshot(target.id, o.url));
              break;
          }
        }
        expect(await stored()).toBe(before);
      }),
      { numRuns: 300 },
    );
    expect(await stored()).toBe(before);
    expect(await register.all()).toHaveLength(seeded.length);
    // Every kind of write was tried many times.
    expect([...ran.keys()].sort()).toEqual(['extension-invalid', 'import-rejected', 'import-text', 'restore-mixed', 'save-again', 'save-invalid', 'screenshot-invalid', 'update-invalid', 'update-steal-id']);
    for (const count of ran.values()) expect(count).toBeGreaterThan(30);
  });

  it('a valid import after all that still lands whole', async () => {
    const fresh = fc
      .sample(fc.uniqueArray(recordArb, { minLength: 3, maxLength: 3, selector: (r) => r.id }), { numRuns: 1, seed: 7 })[0]!
      .map((r, i) => ({ ...r, reference: `FRESH-${i}-${r.reference}`.slice(0, 120) }));
    const report = readBackup(backupText(fresh), new Set(seeded.map(recordKey)), new Set(seeded.map((r) => r.id)));
    expect(report.accepted).toHaveLength(3);
    await register.restore(report.accepted);
    expect(await register.all()).toHaveLength(seeded.length + 3);
  });
});
