import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openDB } from 'idb';
import { DB_VERSION } from '../../../storage/db';
import { Register } from '../../../storage/register';
import { RegisterLockedError } from '../../../storage/vault/codec';
import { WrongPassphraseError } from '../../../storage/vault/crypto';
import { ACTIVE_AT, DATA_KEY, lockIfIdle, memoryKeyStore, sessionKeyStore } from '../../../storage/vault/key-store';

const PASS = 'correct horse battery';
const terms = { periodDays: 90, extensionDays: 90 };
const SECRETS = ['XREF-UNIQUE-7731', 'CASE-SECRET-4410', '@hidden.account.55', 'Proof text of XREF-UNIQUE-7731', 'a private note 9921'];
const capture = (over: Record<string, unknown> = {}) => ({
  providerId: 'x',
  reference: 'XREF-UNIQUE-7731',
  caseNumber: 'CASE-SECRET-4410',
  accountIdentifiers: ['@hidden.account.55'],
  requestType: 'preservation',
  requestedAt: '2026-11-20T14:03:00.000Z',
  source: 'confirmation-page',
  notes: 'a private note 9921',
  proof: { url: 'https://legalrequests.x.com/done', capturedAt: '2026-11-20T14:03:05.000Z', text: 'Proof text of XREF-UNIQUE-7731' },
  ...over,
});

let name = '';
let register: Register;
beforeEach(async () => {
  name = `lock-${Math.random()}`;
  register = await Register.open(name, memoryKeyStore(), 1000);
});
afterEach(() => register.close());

/** Everything the database holds, every store of it (a store added later is read too), as text. */
async function rawText(): Promise<string> {
  const db = await openDB(name, DB_VERSION);
  const stores = [...db.objectStoreNames].filter((s) => s !== 'vault');
  expect(stores).toContain('words');
  const all = await Promise.all(stores.map((s) => db.getAll(s)));
  db.close();
  return JSON.stringify(all);
}

describe('register lock', () => {
  it('seals every record, proof, case and audit entry already stored, and still reads them when unlocked', async () => {
    const { record } = await register.saveCapture(capture(), terms);
    await register.update({ ...record, notes: 'a private note 9921 edited' });
    for (const secret of SECRETS) expect(await rawText()).toContain(secret);
    await register.vault.setPassphrase(PASS);
    const raw = await rawText();
    for (const secret of SECRETS) expect(raw).not.toContain(secret);
    expect(await register.vault.state()).toBe('unlocked');
    expect((await register.get(record.id))!.caseNumber).toBe('CASE-SECRET-4410');
    expect((await register.proof(record.id))!.text).toBe('Proof text of XREF-UNIQUE-7731');
    expect((await register.findByReference('x', 'XREF-UNIQUE-7731'))!.id).toBe(record.id);
    expect(await register.queries.caseNumbers()).toEqual(['CASE-SECRET-4410']);
    // Sealed, records without a case are indexed under a blind value with no case row of its own: still listed.
    const { record: caseless } = await register.saveCapture(capture({ reference: 'XREF-NO-CASE-1', caseNumber: '' }), terms);
    expect((await register.queries.caseNumbers()).sort()).toEqual(['', 'CASE-SECRET-4410']);
    await register.remove(caseless.id);
    expect((await register.queries.ofCase('CASE-SECRET-4410')).map((r) => r.id)).toEqual([record.id]);
    expect((await register.queries.withTokenPrefix('hidden')).map((r) => r.id)).toEqual([record.id]);
    expect((await register.audit(record.id)).flatMap((e) => e.detail.map((d) => d.to))).toContain('a private note 9921 edited');
  });

  it('writes new records sealed once a passphrase is set, and keeps the unique reference per provider', async () => {
    await register.vault.setPassphrase(PASS);
    const { record } = await register.saveCapture(capture(), terms);
    expect((await register.saveCapture(capture(), terms)).created).toBe(false);
    await register.update({ ...record, accountIdentifiers: ['@hidden.account.55', '@second.hidden.66'] });
    const raw = await rawText();
    for (const secret of [...SECRETS, '@second.hidden.66']) expect(raw).not.toContain(secret);
    expect((await register.all())[0]!.accountIdentifiers).toEqual(['@hidden.account.55', '@second.hidden.66']);
    const page = await register.queries.scan({ order: 'expiry', limit: 10 });
    expect(page.map((r) => r.reference)).toEqual(['XREF-UNIQUE-7731']);
  });

  it('reads nothing while locked; a wrong passphrase unlocks nothing; the right one does', async () => {
    await register.saveCapture(capture(), terms);
    await register.vault.setPassphrase(PASS);
    await register.vault.lock();
    expect(await register.vault.state()).toBe('locked');
    await expect(register.all()).rejects.toBeInstanceOf(RegisterLockedError);
    await expect(register.vault.unlock('not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await register.vault.state()).toBe('locked');
    await register.vault.unlock(PASS);
    expect((await register.all()).map((r) => r.reference)).toEqual(['XREF-UNIQUE-7731']);
  });

  it('keeps a capture made while locked, sealed, and saves it on unlock (a duplicate is a no-op)', async () => {
    await register.vault.setPassphrase(PASS);
    await register.saveCapture(capture(), terms);
    await register.vault.lock();
    await register.vault.keepWhileLocked({ capture: capture({ reference: 'LOCKED-REF-5150' }), terms, at: '2026-11-21T10:00:00.000Z' });
    await register.vault.keepWhileLocked({ capture: capture(), terms, at: '2026-11-21T10:00:00.000Z' });
    expect(await register.vault.pendingCount()).toBe(2);
    expect(await rawText()).not.toContain('LOCKED-REF-5150');
    await register.vault.unlock(PASS);
    expect(await register.savePendingCaptures()).toBe(1);
    expect(await register.vault.pendingCount()).toBe(0);
    expect((await register.all()).map((r) => r.reference).sort()).toEqual(['LOCKED-REF-5150', 'XREF-UNIQUE-7731']);
  });

  it('changes the passphrase by re-wrapping the key: the old one no longer opens, records stay readable', async () => {
    await register.vault.setPassphrase(PASS);
    await register.saveCapture(capture(), terms);
    await expect(register.vault.changePassphrase('wrong passphrase', 'another long passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await register.vault.changePassphrase(PASS, 'another long passphrase');
    await register.vault.lock();
    await expect(register.vault.unlock(PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    await register.vault.unlock('another long passphrase');
    expect((await register.all())[0]!.caseNumber).toBe('CASE-SECRET-4410');
  });

  it('refuses a short passphrase and a second one', async () => {
    await expect(register.vault.setPassphrase('short')).rejects.toThrow(/at least/);
    await register.vault.setPassphrase(PASS);
    await expect(register.vault.setPassphrase('another long passphrase')).rejects.toThrow(/already set/);
  });
});

describe('idle auto-lock', () => {
  beforeEach(() => fakeBrowser.reset());

  it('forgets the unlocked key after the idle time, not before', async () => {
    await sessionKeyStore.save(new Uint8Array(32));
    await fakeBrowser.storage.session.set({ [ACTIVE_AT]: 1_000_000 });
    expect(await lockIfIdle(15, 1_000_000 + 14 * 60_000)).toBe(false);
    expect(await sessionKeyStore.load()).not.toBeNull();
    expect(await lockIfIdle(15, 1_000_000 + 15 * 60_000)).toBe(true);
    expect(await sessionKeyStore.load()).toBeNull();
    expect((await fakeBrowser.storage.session.get(DATA_KEY))[DATA_KEY]).toBeUndefined();
  });
});
