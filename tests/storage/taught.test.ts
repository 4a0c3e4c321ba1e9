import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  EMPTY_TAUGHT,
  TAUGHT_KEY,
  applyTaughtChange,
  changeTaughtPage,
  fieldSignatures,
  generaliseName,
  loadTaughtStore,
  normaliseLabel,
  pagePatternOf,
  parseTaughtStore,
  removeTaughtPage,
  replaceAllTaught,
  resetAllTaught,
  taughtForPage,
  type FieldSignature,
} from '../../storage/taught';

const NARRATIVE: FieldSignature = { label: 'additional information', name: 'extra', kind: 'textarea', nth: 0 };
const NOW = new Date('2026-11-29T10:00:00Z');

describe('page patterns: ids and digits generalised', () => {
  it.each([
    ['https://lers.google.com/requests/7731/status', '/requests/*/status'],
    ['https://lers.google.com/requests/8802/status?tab=2', '/requests/*/status'],
    ['https://app.kodexglobal.com/discord/requests/0e6f1c52-91b7-4d1a-a4a8-5a0d8c3b2f10', '/discord/requests/*'],
    ['https://legalrequests.x.com/s/request-submitted?recordId=500Hs00001AbCdE', '/s/request-submitted'],
    ['https://www.facebook.com/records/x/request/', '/records/x/request/'],
    ['https://lers.google.com/app#/form', '/app#/form'],
    ['https://lers.google.com/app#/case/123/edit', '/app#/case/*/edit'],
    ['https://lers.zoom.us/', '/'],
    ['https://lers.zoom.us/u/deadbeefdeadbeefdead/form', '/u/*/form'],
  ])('%s -> %s', (url, pattern) => {
    expect(pagePatternOf(url)).toBe(pattern);
  });
});

describe('field signatures: robust to generated ids', () => {
  it('drops digits and random tokens from names', () => {
    expect(generaliseName('mui-75')).toBe('mui');
    expect(generaliseName(':r5:')).toBe('');
    expect(generaliseName('target_accounts[]')).toBe('target-accounts');
    expect(generaliseName('mat-input-3')).toBe('mat-input');
    expect(generaliseName('deadbeefcafe1234')).toBe('');
    expect(generaliseName('caseNumber')).toBe('casenumber');
  });

  it('normalises label decoration', () => {
    expect(normaliseLabel('  Additional   Information *: ')).toBe('additional information');
  });

  it('gives the same signatures to the same form rendered with fresh ids', () => {
    const load1 = [
      { label: 'Additional information', name: 'fld-1123', kind: 'textarea' as const },
      { label: 'Email', name: 'input-7', kind: 'text' as const },
      { label: 'Email', name: 'input-8', kind: 'text' as const },
    ];
    const load2 = load1.map((f, i) => ({ ...f, name: f.name.replace(/\d+/, String(900 + i)) }));
    expect(fieldSignatures(load2)).toEqual(fieldSignatures(load1));
    // Two fields with one label are told apart by their order.
    expect(fieldSignatures(load1).map((s) => s.nth)).toEqual([0, 0, 1]);
  });

  it('tells unlabelled fields apart by their generalised name', () => {
    const sigs = fieldSignatures([
      { label: '', name: 'details_9', kind: 'textarea' },
      { label: '', name: 'notes_3', kind: 'textarea' },
    ]);
    expect(sigs.map((s) => [s.name, s.nth])).toEqual([['details', 0], ['notes', 0]]);
  });
});

describe('changes to what is taught (pure)', () => {
  it('sets a role, replaces it, and forgets it; a page with nothing taught is dropped', () => {
    let store = applyTaughtChange(EMPTY_TAUGHT, 'zoom', '/emergency', { kind: 'field', teaching: { signature: NARRATIVE, role: 'emergency-description', not: false } }, NOW);
    expect(store.pages).toHaveLength(1);
    store = applyTaughtChange(store, 'zoom', '/emergency', { kind: 'field', teaching: { signature: NARRATIVE, role: 'case-number', not: true } }, NOW);
    expect(store.pages[0]!.fields).toEqual([{ signature: NARRATIVE, role: 'case-number', not: true }]);
    store = applyTaughtChange(store, 'zoom', '/emergency', { kind: 'forget-field', signature: NARRATIVE }, NOW);
    expect(store.pages).toEqual([]);
  });

  it('keeps pages of other providers and patterns apart', () => {
    let store = applyTaughtChange(EMPTY_TAUGHT, 'zoom', '/a', { kind: 'page-kind', pageKind: 'emergency' }, NOW);
    store = applyTaughtChange(store, 'snap', '/a', { kind: 'page-kind', pageKind: 'preservation' }, NOW);
    store = applyTaughtChange(store, 'zoom', '/a', { kind: 'reset' }, NOW);
    expect(store.pages.map((p) => [p.providerId, p.pageKind])).toEqual([['snap', 'preservation']]);
  });

  it('refuses what the schema refuses', () => {
    expect(() => applyTaughtChange(EMPTY_TAUGHT, 'Zoom!', '/a', { kind: 'page-kind', pageKind: 'emergency' }, NOW)).toThrow();
    expect(() => applyTaughtChange(EMPTY_TAUGHT, 'zoom', 'no-slash', { kind: 'page-kind', pageKind: 'emergency' }, NOW)).toThrow();
  });
});

describe('taught storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes validated teachings into the extension storage and reads them per page', async () => {
    await changeTaughtPage('zoom', '/emergency', { kind: 'page-kind', pageKind: 'emergency' }, NOW);
    await changeTaughtPage('zoom', '/emergency', { kind: 'field', teaching: { signature: NARRATIVE, role: 'emergency-description', not: false } }, NOW);
    const page = await taughtForPage('zoom', '/emergency');
    expect(page).toEqual({ providerId: 'zoom', pagePattern: '/emergency', pageKind: 'emergency', fields: [{ signature: NARRATIVE, role: 'emergency-description', not: false }], updatedAt: NOW.toISOString() });
    expect(await taughtForPage('zoom', '/other')).toBeNull();
    expect(await taughtForPage('snap', '/emergency')).toBeNull();
  });

  it('two quick changes both land (writes are serial)', async () => {
    await Promise.all([
      changeTaughtPage('zoom', '/a', { kind: 'page-kind', pageKind: 'emergency' }),
      changeTaughtPage('zoom', '/b', { kind: 'page-kind', pageKind: 'preservation' }),
    ]);
    expect((await loadTaughtStore()).pages).toHaveLength(2);
  });

  it('removes one page, resets all, replaces all (validated whole)', async () => {
    await changeTaughtPage('zoom', '/a', { kind: 'page-kind', pageKind: 'emergency' });
    await changeTaughtPage('zoom', '/b', { kind: 'page-kind', pageKind: 'emergency' });
    await removeTaughtPage('zoom', '/a');
    expect((await loadTaughtStore()).pages.map((p) => p.pagePattern)).toEqual(['/b']);
    await expect(replaceAllTaught({ version: 1, pages: [{ providerId: 'BAD', pagePattern: '/', pageKind: null, fields: [], updatedAt: '' }] })).rejects.toThrow();
    expect((await loadTaughtStore()).pages).toHaveLength(1);
    await resetAllTaught();
    expect(await loadTaughtStore()).toEqual(EMPTY_TAUGHT);
  });

  it('keeps the valid pages of a damaged store', async () => {
    const good = { providerId: 'zoom', pagePattern: '/a', pageKind: 'emergency', fields: [], updatedAt: NOW.toISOString() };
    await fakeBrowser.storage.local.set({ [TAUGHT_KEY]: { version: 1, pages: [good, { providerId: 7 }] } });
    expect((await loadTaughtStore()).pages).toEqual([good]);
    expect(parseTaughtStore('garbage')).toEqual(EMPTY_TAUGHT);
  });
});
