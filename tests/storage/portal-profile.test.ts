import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addedPortalFromInput, type AddedPortal } from '../../storage/added-portals';
import { loadAddedPortals, saveAddedPortals } from '../../storage/added-portals-store';
import { exportProfile, mergeProfile, PROFILE_FORMAT, readProfile } from '../../storage/portal-profile';
import { currentProfileText, importProfile } from '../../storage/portal-profile-store';
import { changeTaughtPage, EMPTY_TAUGHT, fieldSignatures, loadTaughtStore, pagePatternOf, type TaughtPage } from '../../storage/taught';

const NOW = new Date('2025-03-01T10:00:00Z');
function portal(provider: string, name: string, address: string): AddedPortal {
  const result = addedPortalFromInput({ provider, name, address, preservationDays: '120' }, [], '2025-03-01');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const custom = portal('', 'Example Provider', 'https://lers.example-provider.test/lers');
const taughtPage = (patch: Partial<TaughtPage> = {}): TaughtPage => ({
  providerId: 'google',
  pagePattern: '/requests/*/new',
  pageKind: 'preservation',
  fields: [{ signature: { label: 'case reference', name: 'ref', kind: 'text', nth: 0 }, role: 'case-number', not: false }],
  updatedAt: NOW.toISOString(),
  ...patch,
});

describe('a portal profile file', () => {
  it('round-trips what was taught and added', () => {
    const text = exportProfile({ ...EMPTY_TAUGHT, pages: [taughtPage()] }, [custom], NOW);
    expect(JSON.parse(text)).toMatchObject({ format: PROFILE_FORMAT, version: 1, exportedAt: NOW.toISOString() });
    expect(readProfile(text, [])).toEqual({ ok: true, value: { taught: [taughtPage()], addedPortals: [custom], rejected: [] } });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['another kind of file', JSON.stringify({ format: 'quickfreeze-backup', records: [] }), /not a QuickFreeze portal profile/],
    ['a later version', JSON.stringify({ format: PROFILE_FORMAT, version: 2, taught: [], addedPortals: [] }), /version 2/],
    ['a profile without its lists', JSON.stringify({ format: PROFILE_FORMAT, version: 1 }), /Malformed/],
  ])('refuses %s whole', (_what, text, reason) => {
    const read = readProfile(text, []);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(reason);
  });

  it('rejects each bad entry with its reason and keeps the others', () => {
    const text = JSON.stringify({
      format: PROFILE_FORMAT,
      version: 1,
      taught: [
        taughtPage(),
        taughtPage({ pageKind: 'bogus' as never }),
        taughtPage({ providerId: 'custom-nobody' }),
        taughtPage({ providerId: custom.providerId, pagePattern: '/lers/preservation/new' }),
        taughtPage(),
      ],
      addedPortals: [custom, { ...custom, host: 'https://*.evil.test' }, { ...custom, providerId: 'custom-other', providerName: 'Other', host: 'lers.google.com' }],
    });
    const read = readProfile(text, []);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.taught.map((t) => `${t.providerId} ${t.pagePattern}`)).toEqual(['google /requests/*/new', 'custom-example-provider /lers/preservation/new']);
    expect(read.value.addedPortals).toEqual([custom]);
    expect(read.value.rejected).toEqual([
      { entry: 'added portal 2', reason: expect.stringMatching(/^host/) },
      { entry: 'added portal 3', reason: expect.stringMatching(/already a portal QuickFreeze knows \(Google\)/) },
      { entry: 'taught 2', reason: expect.stringMatching(/^pageKind/) },
      { entry: 'taught 3', reason: expect.stringMatching(/custom-nobody is neither known/) },
      { entry: 'taught 5', reason: expect.stringMatching(/appears twice/) },
    ]);
  });

  it('an imported entry replaces the stored one for the same page or address, and leaves the rest', () => {
    const stored = { ...EMPTY_TAUGHT, pages: [taughtPage({ pageKind: 'emergency' }), taughtPage({ pagePattern: '/other' })] };
    const merged = mergeProfile(stored, [{ ...custom, entered: {} }], { taught: [taughtPage()], addedPortals: [custom], rejected: [] });
    expect(merged.taught.pages).toEqual([taughtPage({ pagePattern: '/other' }), taughtPage()]);
    expect(merged.addedPortals).toEqual([custom]);
  });
});

describe('export and import through storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never holds a value typed into a form', async () => {
    document.body.innerHTML = `<form>
      <label for="a">Case reference</label><input id="a" name="ref_4471">
      <label for="b">Target accounts</label><textarea id="b" name="accounts"></textarea></form>`;
    const typed = ['CASE-TYPED-99812', 'typed.suspect@example.test'];
    (document.getElementById('a') as HTMLInputElement).value = typed[0]!;
    (document.getElementById('b') as HTMLTextAreaElement).value = typed[1]!;
    const controls = Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'));
    const signatures = fieldSignatures(
      controls.map((c) => ({ label: document.querySelector(`label[for="${c.id}"]`)!.textContent!, name: c.name, kind: c.tagName === 'TEXTAREA' ? 'textarea' : 'text' })),
    );
    const pattern = pagePatternOf('https://lers.google.com/requests/7731/new?case=CASE-TYPED-99812');
    await changeTaughtPage('google', pattern, { kind: 'field', teaching: { signature: signatures[0]!, role: 'case-number', not: false } }, NOW);
    await changeTaughtPage('google', pattern, { kind: 'field', teaching: { signature: signatures[1]!, role: 'account-identifier', not: false } }, NOW);
    await saveAddedPortals([custom]);
    const text = await currentProfileText(NOW);
    expect(text).toContain('case reference');
    for (const value of [...typed, '7731', '4471', '99812']) expect(text).not.toContain(value);
  });

  it('writes what was accepted in one storage call, and a fresh profile reads back the same', async () => {
    await saveAddedPortals([custom]);
    await changeTaughtPage(custom.providerId, '/lers/preservation/new', { kind: 'page-kind', pageKind: 'preservation' }, NOW);
    const text = await currentProfileText(NOW);
    fakeBrowser.reset();
    const read = readProfile(text, await loadAddedPortals());
    if (!read.ok) throw new Error(read.error);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await importProfile(read.value);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await loadAddedPortals()).toEqual([custom]);
    expect((await loadTaughtStore()).pages).toEqual([expect.objectContaining({ providerId: custom.providerId, pageKind: 'preservation' })]);
  });

  it('writes nothing when what it would write is invalid', async () => {
    await saveAddedPortals([custom]);
    const tooMany = Array.from({ length: 201 }, (_, i) => ({ ...custom, host: `lers${i}.example.test` }));
    await expect(importProfile({ taught: [taughtPage()], addedPortals: tooMany, rejected: [] })).rejects.toThrow();
    expect(await loadAddedPortals()).toEqual([custom]);
    expect((await loadTaughtStore()).pages).toEqual([]);
  });
});
