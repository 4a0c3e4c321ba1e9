import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from './crypto';

/**
 * Where the unlocked data key lives: `browser.storage.session` (in memory, gone when the browser closes, so the
 * register is locked on restart; TRUSTED_CONTEXTS, so content scripts cannot read it). The background and the
 * extension pages share it: unlocking in the dashboard unlocks the background's captures too.
 */
export interface KeyStore {
  load(): Promise<Uint8Array<ArrayBuffer> | null>;
  save(rawDataKey: Uint8Array<ArrayBuffer> | null): Promise<void>;
}

export const DATA_KEY = 'vault.dataKey';
/** When the register was last used (ms since the epoch), for the idle auto-lock. */
export const ACTIVE_AT = 'vault.activeAt';

export const sessionKeyStore: KeyStore = {
  async load() {
    const stored = (await browser.storage.session.get(DATA_KEY))[DATA_KEY];
    return typeof stored === 'string' && stored ? fromBase64(stored) : null;
  },
  async save(rawDataKey) {
    if (rawDataKey) await browser.storage.session.set({ [DATA_KEY]: toBase64(rawDataKey), [ACTIVE_AT]: Date.now() });
    else await browser.storage.session.remove(DATA_KEY);
  },
};

/** For tests and tools: a key held by this object only. */
export function memoryKeyStore(): KeyStore {
  let key: Uint8Array<ArrayBuffer> | null = null;
  return {
    load: () => Promise.resolve(key),
    save: (raw) => {
      key = raw;
      return Promise.resolve();
    },
  };
}

/** The register was used now: the idle auto-lock counts from here. */
export async function markActive(now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [ACTIVE_AT]: now });
}

/** Lock when the register has been idle longer than `idleMinutes`; true when it locked. */
export async function lockIfIdle(idleMinutes: number, now = Date.now()): Promise<boolean> {
  const stored = await browser.storage.session.get([DATA_KEY, ACTIVE_AT]);
  if (!stored[DATA_KEY]) return false;
  const activeAt = typeof stored[ACTIVE_AT] === 'number' ? stored[ACTIVE_AT] : 0;
  if (now - activeAt < idleMinutes * 60_000) return false;
  await browser.storage.session.remove(DATA_KEY);
  return true;
}

/** Calls back when another part of the extension locks or unlocks the register. */
export function onLockChanged(callback: (unlocked: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && changes[DATA_KEY]) callback(typeof changes[DATA_KEY].newValue === 'string');
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
