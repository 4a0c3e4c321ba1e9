import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handlers } from '../../../entrypoints/background/handlers';
import { classifySender, route } from '../../../entrypoints/background/router';
import { changeTaughtPage, loadTaughtStore, type FieldSignature } from '../../../storage/taught';

const ID = 'quickfreeze-id';
const BASE = 'chrome-extension://quickfreeze-id/';
const fromTab = (url: string, message: object, frameId = 0) =>
  route(message, classifySender({ id: ID, url, tab: { id: 3 } as never, frameId }, ID, BASE), handlers);
const fromExtension = (message: object) => route(message, classifySender({ id: ID, url: `${BASE}options.html` }, ID, BASE), handlers);

const ZOOM_FORM = 'https://lers.zoom.us/requests/new';
const NARRATIVE: FieldSignature = { label: 'additional information', name: 'info', kind: 'textarea', nth: 0 };
const teachNarrative = { kind: 'field', teaching: { signature: NARRATIVE, role: 'emergency-description', not: false } };

describe('teaching through the background: identity from the sender', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a guide teaches its own provider and page pattern, whatever the message says', async () => {
    const answer = await fromTab(`${ZOOM_FORM}?draft=81723`, { type: 'teach', providerId: 'meta', pagePattern: '/records', change: teachNarrative });
    expect(answer).toMatchObject({ providerId: 'zoom', pagePattern: '/requests/new', fields: [{ signature: NARRATIVE, role: 'emergency-description', not: false }] });
    expect((await loadTaughtStore()).pages.map((p) => [p.providerId, p.pagePattern])).toEqual([['zoom', '/requests/new']]);
  });

  it('a guide reads what is taught about its own page only', async () => {
    await changeTaughtPage('zoom', '/requests/new', { kind: 'page-kind', pageKind: 'emergency' });
    await changeTaughtPage('snap', '/requests/new', { kind: 'page-kind', pageKind: 'preservation' });
    expect(await fromTab(ZOOM_FORM, { type: 'taught-for-page', providerId: 'snap' })).toMatchObject({ providerId: 'zoom', pageKind: 'emergency' });
    expect(await fromTab('https://lers.zoom.us/requests/other', { type: 'taught-for-page' })).toBeNull();
    expect(await fromTab('https://less.snapchat.com/requests/new', { type: 'taught-for-page' })).toMatchObject({ providerId: 'snap', pageKind: 'preservation' });
  });

  it('a guide cannot reset another page: reset acts on the sender’s page', async () => {
    await changeTaughtPage('snap', '/requests/new', { kind: 'page-kind', pageKind: 'preservation' });
    await fromTab(ZOOM_FORM, { type: 'teach', change: { kind: 'page-kind', pageKind: 'emergency' } });
    expect(await fromTab(ZOOM_FORM, { type: 'teach', change: { kind: 'reset' } })).toBeNull();
    expect((await loadTaughtStore()).pages.map((p) => p.providerId)).toEqual(['snap']);
  });

  it('refuses teaching from pages that are not portals, from frames, from extension pages, and malformed teachings', async () => {
    expect(await fromTab('https://example.com/requests/new', { type: 'teach', change: teachNarrative })).toHaveProperty('refused');
    expect(await fromTab(ZOOM_FORM, { type: 'teach', change: teachNarrative }, 4)).toHaveProperty('refused');
    expect(await fromExtension({ type: 'teach', change: teachNarrative })).toHaveProperty('refused');
    expect(await fromTab(ZOOM_FORM, { type: 'teach', change: { kind: 'field', teaching: { signature: NARRATIVE, role: 'steal-everything', not: false } } })).toHaveProperty('refused');
    expect(await fromTab(ZOOM_FORM, { type: 'teach', change: { kind: 'page-kind', pageKind: 'admin' } })).toHaveProperty('refused');
    expect((await loadTaughtStore()).pages).toEqual([]);
  });
});
