import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openRegister } from '../../storage/db';
import { Register, sha256Hex } from '../../storage/register';

let name = '';
let register: Register;
const terms = { periodDays: 90, extensionDays: 90 };
const capture = (over: Record<string, unknown> = {}) => ({
  providerId: 'x',
  reference: 'X-1001',
  caseNumber: '2026-0042',
  accountIdentifiers: ['@someone'],
  requestType: 'preservation',
  requestedAt: '2026-11-20T14:03:00.000Z',
  source: 'confirmation-page',
  proof: { url: 'https://legalrequests.x.com/done', capturedAt: '2026-11-20T14:03:05.000Z', text: 'Your request X-1001 was received.' },
  ...over,
});

beforeEach(async () => {
  name = `test-${Math.random()}`;
  register = await Register.open(name);
});
afterEach(() => register.close());

describe('register', () => {
  it('saves a capture with its proof, hashed, and the preservation date from the request', async () => {
    const { record, created } = await register.saveCapture(capture(), terms);
    expect(created).toBe(true);
    expect(record.preservedOn).toBe('2026-11-20');
    const proof = await register.proof(record.id);
    expect(proof!.sha256).toBe(await sha256Hex('Your request X-1001 was received.'));
  });

  it('saving the same reference twice keeps one record', async () => {
    await register.saveCapture(capture(), terms);
    const again = await register.saveCapture(capture(), terms);
    expect(again.created).toBe(false);
    expect(await register.all()).toHaveLength(1);
  });

  it('two saves at once both land', async () => {
    await Promise.all([register.saveCapture(capture({ reference: 'A-1' }), terms), register.saveCapture(capture({ reference: 'B-2' }), terms)]);
    expect((await register.all()).map((r) => r.reference).sort()).toEqual(['A-1', 'B-2']);
  });

  it('rejects invalid input with a clear message and writes nothing', async () => {
    await expect(register.saveCapture(capture({ reference: '' }), terms)).rejects.toThrow(/reference/);
    await expect(register.saveCapture(capture({ proof: { url: 'not a url', capturedAt: 'x', text: '' } }), terms)).rejects.toThrow(/Not saved/);
    expect(await register.all()).toEqual([]);
  });

  it('an edit is validated; a bad edit leaves the stored record as it was', async () => {
    const { record } = await register.saveCapture(capture(), terms);
    await expect(register.update({ ...record, preservedOn: 'yesterday' })).rejects.toThrow(/preservedOn/);
    expect((await register.get(record.id))!.preservedOn).toBe('2026-11-20');
    const extended = await register.addExtension(record.id, { requestedOn: '2027-02-10', reference: 'X-1001-E1' });
    expect(extended.extensions).toHaveLength(1);
  });

  it('delete can be undone, proof included', async () => {
    const { record } = await register.saveCapture(capture(), terms);
    const removed = await register.remove(record.id);
    expect(await register.all()).toEqual([]);
    await register.restore([removed!]);
    expect((await register.get(record.id))!.reference).toBe('X-1001');
    expect(await register.proof(record.id)).toBeTruthy();
  });

  it('a storage quota error becomes a message the investigator can act on, and nothing is half-written', async () => {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await expect(register.saveCapture(capture(), terms)).rejects.toThrow(/no room left/);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(await register.all()).toEqual([]);
  });
});

describe('schema versions', () => {
  it('opens a database left by every earlier version, keeping its records', async () => {
    for (let version = 1; version <= DB_VERSION; version++) {
      const dbName = `old-${version}-${Math.random()}`;
      const old = await openRegister(dbName, version);
      const saved = await (await Register.open(`seed-${dbName}`)).saveCapture(capture(), terms);
      await old.put('records', saved.record as never);
      old.close();
      const reopened = await Register.open(dbName);
      expect((await reopened.all()).map((r) => r.reference)).toEqual(['X-1001']);
      reopened.close();
    }
  });
});

describe('proof screenshots', () => {
  it('attaches a screenshot to a captured proof, validated', async () => {
    const { record } = await register.saveCapture(capture(), terms);
    await register.attachScreenshot(record.id, 'data:image/jpeg;base64,AAAA');
    expect((await register.proof(record.id))!.screenshot).toBe('data:image/jpeg;base64,AAAA');
    await expect(register.attachScreenshot(record.id, 'javascript:alert(1)')).rejects.toThrow(/screenshot/);
    expect((await register.proof(record.id))!.screenshot).toBe('data:image/jpeg;base64,AAAA');
  });
  it('says so when the record has no captured page', async () => {
    const { record } = await register.saveCapture(capture({ proof: null, reference: 'NO-PROOF' }), terms);
    await expect(register.attachScreenshot(record.id, 'data:image/png;base64,AAAA')).rejects.toThrow(/no captured page/);
  });
});
