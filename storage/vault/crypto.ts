/**
 * The register's encryption, on WebCrypto only (no library: the browser's own implementation is audited and fast).
 * - A random 256-bit data key encrypts the sensitive fields with AES-GCM (fresh 96-bit IV per sealing).
 * - The passphrase, stretched with PBKDF2-SHA-256 (600,000 iterations, OWASP 2023), wraps the data key.
 * - An ECDH P-256 key pair lets the background seal a capture while the register is locked: the public key is kept
 *   in the clear, the private key only sealed under the data key. So a capture is never refused or lost.
 */
export const KDF_ITERATIONS = 600_000;
const AES = { name: 'AES-GCM', length: 256 } as const;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

export interface Sealed {
  iv: string;
  ct: string;
}

export interface SealedForOwner extends Sealed {
  /** The sender's one-time public key (JWK, P-256). */
  epk: JsonWebKey;
}

export interface VaultKeys {
  /** The passphrase's salt and the PBKDF2 cost, to derive the wrapping key again. */
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The data key, encrypted under the passphrase's key. */
  wrappedDataKey: Sealed;
  /** For sealing captures while locked. */
  publicKey: JsonWebKey;
  /** The private half, encrypted under the data key. */
  sealedPrivateKey: Sealed;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase does not open this register.');
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

async function passphraseKey(passphrase: string, kdf: VaultKeys['kdf']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations }, material, AES, false, ['encrypt', 'decrypt']);
}

async function encryptBytes(key: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes));
  return { iv: toBase64(iv), ct: toBase64(ct) };
}

async function decryptBytes(key: CryptoKey, sealed: Sealed): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.ct)));
}

export function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, AES, false, ['encrypt', 'decrypt']);
}

/** New keys for a register: returns what is stored (wrapped) and the raw data key (kept in memory only). */
export async function createVaultKeys(passphrase: string, iterations = KDF_ITERATIONS): Promise<{ keys: VaultKeys; rawDataKey: Uint8Array<ArrayBuffer> }> {
  const rawDataKey = randomBytes(32);
  const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(16)) } as const;
  const wrappedDataKey = await encryptBytes(await passphraseKey(passphrase, kdf), rawDataKey);
  const pair = (await crypto.subtle.generateKey(ECDH, true, ['deriveKey'])) as CryptoKeyPair;
  const publicKey = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const privatePkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const sealedPrivateKey = await encryptBytes(await importDataKey(rawDataKey), privatePkcs8);
  return { keys: { kdf, wrappedDataKey, publicKey, sealedPrivateKey }, rawDataKey };
}

/** The raw data key, or WrongPassphraseError (AES-GCM's tag fails on a wrong key: no separate check value). */
export async function unwrapDataKey(keys: VaultKeys, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await decryptBytes(await passphraseKey(passphrase, keys.kdf), keys.wrappedDataKey);
  } catch {
    throw new WrongPassphraseError();
  }
}

/** The same data key under a new passphrase (new salt); records need no re-encryption. */
export async function rewrapDataKey(keys: VaultKeys, rawDataKey: Uint8Array<ArrayBuffer>, newPassphrase: string, iterations = keys.kdf.iterations): Promise<VaultKeys> {
  const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(16)) } as const;
  return { ...keys, kdf, wrappedDataKey: await encryptBytes(await passphraseKey(newPassphrase, kdf), rawDataKey) };
}

export async function sealJson(dataKey: CryptoKey, value: unknown): Promise<Sealed> {
  return encryptBytes(dataKey, encoder.encode(JSON.stringify(value)));
}

export async function openJson(dataKey: CryptoKey, sealed: Sealed): Promise<unknown> {
  return JSON.parse(decoder.decode(await decryptBytes(dataKey, sealed)));
}

async function sharedKey(privateKey: CryptoKey, publicKey: CryptoKey): Promise<CryptoKey> {
  return crypto.subtle.deriveKey({ name: 'ECDH', public: publicKey }, privateKey, AES, false, ['encrypt', 'decrypt']);
}

/** Seal for the register's owner with only the public key: what the background does with a capture while locked. */
export async function sealForOwner(publicKey: JsonWebKey, value: unknown): Promise<SealedForOwner> {
  const owner = await crypto.subtle.importKey('jwk', publicKey, ECDH, false, []);
  const ephemeral = (await crypto.subtle.generateKey(ECDH, true, ['deriveKey'])) as CryptoKeyPair;
  const sealed = await sealJson(await sharedKey(ephemeral.privateKey, owner), value);
  return { ...sealed, epk: await crypto.subtle.exportKey('jwk', ephemeral.publicKey) };
}

/** Open what `sealForOwner` sealed: needs the unlocked data key (to open the private key). */
export async function openAsOwner(keys: VaultKeys, dataKey: CryptoKey, sealed: SealedForOwner): Promise<unknown> {
  const pkcs8 = await decryptBytes(dataKey, keys.sealedPrivateKey);
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ECDH, false, ['deriveKey']);
  const sender = await crypto.subtle.importKey('jwk', sealed.epk, ECDH, false, []);
  return openJson(await sharedKey(privateKey, sender), sealed);
}

/** A keyed hash for looking up a sealed value by equality (reference, case number) without storing it readable. */
export async function blindIndex(rawDataKey: Uint8Array<ArrayBuffer>, value: string): Promise<string> {
  const macKey = await crypto.subtle.importKey('raw', rawDataKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toBase64(new Uint8Array(await crypto.subtle.sign('HMAC', macKey, encoder.encode(`blind-index\u0000${value}`))));
}
