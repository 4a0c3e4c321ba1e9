import { describe, expect, it } from 'vitest';
import {
  WrongPassphraseError,
  blindIndex,
  createVaultKeys,
  importDataKey,
  openAsOwner,
  openJson,
  rewrapDataKey,
  sealForOwner,
  sealJson,
  unwrapDataKey,
} from '../../../storage/vault/crypto';

// A low PBKDF2 cost keeps these tests quick; the product uses KDF_ITERATIONS (600,000).
const FAST = 1000;
const SECRET = { reference: 'LE-2026-000812', caseNumber: 'RPD-2026-0917', accounts: ['jane.example.42'] };

describe('vault crypto', () => {
  it('unwraps the data key with the right passphrase only', async () => {
    const { keys, rawDataKey } = await createVaultKeys('correct horse battery', FAST);
    expect(await unwrapDataKey(keys, 'correct horse battery')).toEqual(rawDataKey);
    await expect(unwrapDataKey(keys, 'correct horse batterY')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(JSON.stringify(keys)).not.toContain('correct horse');
  });

  it('seals JSON so that none of it is readable, and opens it with the data key', async () => {
    const { rawDataKey } = await createVaultKeys('pass phrase one', FAST);
    const key = await importDataKey(rawDataKey);
    const sealed = await sealJson(key, SECRET);
    for (const value of ['LE-2026-000812', 'RPD-2026-0917', 'jane.example.42']) expect(JSON.stringify(sealed)).not.toContain(value);
    expect(await openJson(key, sealed)).toEqual(SECRET);
    const other = await importDataKey((await createVaultKeys('another one', FAST)).rawDataKey);
    await expect(openJson(other, sealed)).rejects.toThrow();
    // A flipped bit of ciphertext fails the tag: tampering is detected, never silently decoded.
    const bytes = atob(sealed.ct);
    const flipped = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    await expect(openJson(key, { ...sealed, ct: flipped })).rejects.toThrow();
  });

  it('uses a fresh IV for every sealing', async () => {
    const key = await importDataKey((await createVaultKeys('pass phrase one', FAST)).rawDataKey);
    const a = await sealJson(key, SECRET);
    const b = await sealJson(key, SECRET);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('lets a capture be sealed with the public key alone and opened after unlocking', async () => {
    const { keys, rawDataKey } = await createVaultKeys('pass phrase one', FAST);
    const sealed = await sealForOwner(keys.publicKey, SECRET);
    expect(JSON.stringify(sealed)).not.toContain('LE-2026-000812');
    expect(await openAsOwner(keys, await importDataKey(rawDataKey), sealed)).toEqual(SECRET);
  });

  it('re-wraps the same data key under a new passphrase', async () => {
    const { keys, rawDataKey } = await createVaultKeys('old passphrase', FAST);
    const next = await rewrapDataKey(keys, rawDataKey, 'new passphrase');
    expect(await unwrapDataKey(next, 'new passphrase')).toEqual(rawDataKey);
    await expect(unwrapDataKey(next, 'old passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(next.kdf.salt).not.toBe(keys.kdf.salt);
  });

  it('gives equal values equal blind indexes under one key and different ones under another', async () => {
    const a = (await createVaultKeys('one passphrase', FAST)).rawDataKey;
    const b = (await createVaultKeys('two passphrase', FAST)).rawDataKey;
    expect(await blindIndex(a, 'x\u0000LE-1')).toBe(await blindIndex(a, 'x\u0000LE-1'));
    expect(await blindIndex(a, 'x\u0000LE-1')).not.toBe(await blindIndex(a, 'x\u0000LE-2'));
    expect(await blindIndex(a, 'x\u0000LE-1')).not.toBe(await blindIndex(b, 'x\u0000LE-1'));
  });
});
