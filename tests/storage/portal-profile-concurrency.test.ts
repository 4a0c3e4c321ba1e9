import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { portalAddress, type AddedPortal } from '../../storage/added-portals';
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

type Context = {
  store: typeof import('../../storage/portal-profile-store');
  taught: typeof import('../../storage/taught');
  portals: typeof import('../../storage/added-portals-store');
};
async function context(): Promise<Context> {
  vi.resetModules();
  return {
    store: await import('../../storage/portal-profile-store'),
    taught: await import('../../storage/taught'),
    portals: await import('../../storage/added-portals-store'),
  };
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

const portal = (host: string, providerName: string): AddedPortal => ({
  providerId: `custom-${providerName.toLowerCase()}`,
  providerName,
  host,
  entered: {},
  addedOn: '2025-03-01',
});
const importedPortal = portal('lers.imported.test', 'Imported');
const typedPortal = portal('lers.typed.test', 'Typed');
const withPortal: ReadProfile = { taught: [], addedPortals: [importedPortal], rejected: [] };
const hosts = async (c: Context) => (await c.portals.loadAddedPortals()).map((p) => p.host).sort();
const addTyped = (c: Context) => c.portals.changeAddedPortals((current) => ({ ok: true, value: [...current, typedPortal] }));

describe('a profile import while the investigator adds or removes a portal in the options', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ host_permissions: [] } as unknown as ReturnType<typeof fakeBrowser.runtime.getManifest>);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(globalThis.navigator, 'locks');
  });

  /** Start the import, hold its write until `other` has had every chance to read and write, then let it finish. */
  async function whileImportWrites(importer: Context, other: () => Promise<unknown>): Promise<void> {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(async (items) => {
      await gate;
      return set(items);
    });
    const importing = importer.store.importProfile(withPortal);
    await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    const meanwhile = other();
    await new Promise((resolve) => setTimeout(resolve, 30));
    release();
    await Promise.all([importing, meanwhile]);
    spy.mockRestore();
  }

  it('an add made while the import writes waits for it, in one context and across contexts', async () => {
    const c = await context();
    await whileImportWrites(c, () => addTyped(c));
    expect(await hosts(c)).toEqual(['lers.imported.test', 'lers.typed.test']);
    fakeBrowser.reset();
    installLocks();
    const options = await context();
    await whileImportWrites(await context(), () => addTyped(options));
    expect(await hosts(options)).toEqual(['lers.imported.test', 'lers.typed.test']);
  });

  it('in one context: an add and the import both land, in either order', async () => {
    const c = await context();
    await Promise.all([c.store.importProfile(withPortal), addTyped(c)]);
    expect(await hosts(c)).toEqual(['lers.imported.test', 'lers.typed.test']);
    fakeBrowser.reset();
    await Promise.all([addTyped(c), c.store.importProfile(withPortal)]);
    expect(await hosts(c)).toEqual(['lers.imported.test', 'lers.typed.test']);
  });

  it('across contexts: an add and a removal in the options page do not undo the import of another page', async () => {
    installLocks();
    const options = await context();
    const importer = await context();
    await Promise.all([importer.store.importProfile(withPortal), addTyped(options)]);
    expect(await hosts(options)).toEqual(['lers.imported.test', 'lers.typed.test']);
    const imported2 = portal('lers.second.test', 'Second');
    await Promise.all([importer.store.importProfile({ ...withPortal, addedPortals: [imported2] }), options.portals.removeAddedPortal(portalAddress(typedPortal))]);
    expect(await hosts(options)).toEqual(['lers.imported.test', 'lers.second.test']);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://lers.typed.test/*'] });
  });

  it('a change that answers why not writes nothing', async () => {
    const c = await context();
    await c.portals.saveAddedPortals([importedPortal]);
    expect(await c.portals.changeAddedPortals(() => ({ ok: false, error: 'already added' }))).toEqual({ ok: false, error: 'already added' });
    expect(await hosts(c)).toEqual(['lers.imported.test']);
  });
});
