import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ReadProfile } from '../../storage/portal-profile';
import type { TaughtPage } from '../../storage/taught';

// A profile import and a teach made at the same moment: neither may overwrite the other. Each test loads the
// storage modules afresh, as a context of the extension (the options page, the background) does.
const NOW = new Date('2025-03-01T10:00:00Z');
const imported: TaughtPage = {
  providerId: 'google',
  pagePattern: '/requests/*/new',
  pageKind: 'preservation',
  fields: [{ signature: { label: 'case reference', name: 'ref', kind: 'text', nth: 0 }, role: 'case-number', not: false }],
  updatedAt: NOW.toISOString(),
};
const profile: ReadProfile = { taught: [imported], addedPortals: [], rejected: [] };
const teachEmergency = { kind: 'page-kind', pageKind: 'emergency' } as const;

type Context = { store: typeof import('../../storage/portal-profile-store'); taught: typeof import('../../storage/taught') };
async function context(): Promise<Context> {
  vi.resetModules();
  return { store: await import('../../storage/portal-profile-store'), taught: await import('../../storage/taught') };
}
const patterns = async (c: Context) => (await c.taught.loadTaughtStore()).pages.map((p) => `${p.providerId} ${p.pagePattern} ${p.pageKind}`).sort();
const BOTH = ['google /requests/*/new preservation', 'zoom /lers/emergency emergency'];

/** Web Locks as a browser gives them to every context of one origin: one holder of a name at a time. */
function installLocks(): void {
  const tails = new Map<string, Promise<unknown>>();
  const locks = {
    request<T>(name: string, task: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(task, task);
      tails.set(name, run.catch(() => undefined));
      return run;
    },
  };
  Object.defineProperty(globalThis.navigator, 'locks', { value: locks, configurable: true });
}

describe('a profile import while the investigator teaches', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    Reflect.deleteProperty(globalThis.navigator, 'locks');
  });

  it('in one context: both land, in either order', async () => {
    const c = await context();
    await Promise.all([c.store.importProfile(profile), c.taught.changeTaughtPage('zoom', '/lers/emergency', teachEmergency, NOW)]);
    expect(await patterns(c)).toEqual(BOTH);
    fakeBrowser.reset();
    await Promise.all([c.taught.changeTaughtPage('zoom', '/lers/emergency', teachEmergency, NOW), c.store.importProfile(profile)]);
    expect(await patterns(c)).toEqual(BOTH);
  });

  it('across contexts (the options page imports, the background teaches): the shared lock keeps both', async () => {
    installLocks();
    const options = await context();
    const background = await context();
    expect(options.taught).not.toBe(background.taught);
    await Promise.all([options.store.importProfile(profile), background.taught.changeTaughtPage('zoom', '/lers/emergency', teachEmergency, NOW)]);
    expect(await patterns(options)).toEqual(BOTH);
  });
});
