import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GUIDE_CSS } from '../../../components/guide-styles';
import { handlers } from '../../../entrypoints/background/handlers';
import { register } from '../../../entrypoints/background/register-service';
import { classifySender, route } from '../../../entrypoints/background/router';

const ID = 'quickfreeze-id';
const BASE = 'chrome-extension://quickfreeze-id/';
/** A guide message as the browser delivers it: the sender is what the browser says, whatever the message claims. */
const fromTab = (tabId: number, url: string, message: object) =>
  route(message, classifySender({ id: ID, url, tab: { id: tabId } as never, frameId: 0 }, ID, BASE), handlers);
const metaPortal = 'https://www.facebook.com/records/x';
const googlePortal = 'https://lers.google.com/request/confirmation';

describe('the background trusts the sender, not the message', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a saved reference gets the provider and address of the sending tab, whatever the message says', async () => {
    const answer = await fromTab(7, googlePortal, { type: 'save-reference', providerId: 'meta', url: 'https://evil.example/', reference: 'G-123', pageText: 'Reference G-123' });
    expect(answer).toEqual({ ok: true, created: true });
    expect(await (await register()).findByReference('meta', 'G-123')).toBeUndefined();
    const record = (await (await register()).findByReference('google', 'G-123'))!;
    expect(record).toBeDefined();
    expect((await (await register()).proof(record.id))?.url).toBe(googlePortal);
  });

  it('a tab cannot read the form typed in another tab, nor one typed for another provider', async () => {
    await fromTab(7, metaPortal, { type: 'remember-form', providerId: 'google', requestType: 'preservation', caseNumber: 'CASE-7', accountIdentifiers: ['@jane'] });
    expect(await fromTab(8, metaPortal, { type: 'recall-form', tabId: 7 })).toBeNull();
    expect(await fromTab(7, googlePortal, { type: 'recall-form' })).toBeNull();
    expect(await fromTab(7, metaPortal, { type: 'recall-form' })).toMatchObject({ providerId: 'meta', caseNumber: 'CASE-7' });
  });

  it('the form is remembered for the sending tab’s provider, not the one the message names', async () => {
    await fromTab(7, metaPortal, { type: 'remember-form', providerId: 'google', requestType: 'preservation', caseNumber: 'CASE-8', accountIdentifiers: [] });
    expect(Object.values(await fakeBrowser.storage.session.get(null))).toEqual([expect.objectContaining({ providerId: 'meta' })]);
  });

  it('checks run with the sending tab’s provider', async () => {
    const snapshot = { providerId: 'nobody', page: 'emergency', fields: [{ key: 'f0', role: 'emergency-description', kind: 'textarea', label: 'Describe', value: 'help', checked: null, files: [] }] };
    const answer = (await fromTab(7, 'https://www.tiktok.com/legal/report/lawenforcementrequest', { type: 'check-form', snapshot })) as { findings?: unknown[] };
    expect(answer.findings?.length ?? 0).toBeGreaterThan(0);
  });

  it('the guide gets its messages and its stylesheet from the background (guide.js carries neither)', async () => {
    const answer = (await fromTab(7, metaPortal, { type: 'guide-language' })) as { locale: string; styles: string; messages: object };
    expect(answer.locale).toBe('en');
    expect(answer.styles).toBe(GUIDE_CSS);
    expect(answer.styles).toContain('prefers-color-scheme: dark');
    expect(Object.keys(answer.messages).length).toBeGreaterThan(10);
  });

  it('a content script may not ask for a screenshot, nor for another tab’s saved record', async () => {
    const capture = vi.fn();
    (fakeBrowser.tabs as unknown as { captureVisibleTab: unknown }).captureVisibleTab = capture;
    expect(await fromTab(7, metaPortal, { type: 'attach-screenshot', tabId: 7, windowId: 1 })).toHaveProperty('refused');
    expect(await fromTab(7, metaPortal, { type: 'screenshot-candidate', tabId: 9 })).toHaveProperty('refused');
    expect(await fromTab(7, metaPortal, { type: 'insert-details', text: 'x' })).toHaveProperty('refused');
    expect(capture).not.toHaveBeenCalled();
  });

  it('the options page gets the checks’ list from the background; a portal page may not ask for it', async () => {
    const { rules } = await import('../../../rules/registry');
    const fromOptions = (message: object) => route(message, classifySender({ id: ID, url: `${BASE}options.html` }, ID, BASE), handlers);
    const list = (await fromOptions({ type: 'rule-list' })) as Array<{ id: string; title: string }>;
    expect(list.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(list[0]).toEqual({ id: rules[0]!.id, title: rules[0]!.docs.title, severity: rules[0]!.severity, why: rules[0]!.docs.why, fix: rules[0]!.docs.fix });
    expect(await fromTab(7, metaPortal, { type: 'rule-list' })).toHaveProperty('refused');
  });

  it('references are read from the text the guide sends, never from the register', async () => {
    await fromTab(7, googlePortal, { type: 'save-reference', reference: 'G-123', pageText: 'Reference G-123' });
    const text = 'Request received. Reference: LE-2026-0412. Your case number: CASE-7. Extends earlier ticket 00519002.';
    expect(await fromTab(9, googlePortal, { type: 'find-references', pageText: text, exclude: ['CASE-7'] })).toEqual(['LE-2026-0412']);
    expect(await fromTab(9, googlePortal, { type: 'find-references', pageText: 'Nothing here.', exclude: [] })).toEqual([]);
    expect(await fromTab(9, googlePortal, { type: 'find-references', pageText: 'x'.repeat(200_001), exclude: [] })).toHaveProperty('refused');
  });

  it('the guide learns only the settings it needs, and may change only its collapsed state', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledProviders: ['x'], guideCollapsed: false, disabledRules: ['emergency/harm'], reminderDays: [3] } });
    expect(await fromTab(7, metaPortal, { type: 'get-guide-settings' })).toEqual({ disabledProviders: ['x'], guideCollapsed: false, dir: 'ltr' });
    expect(await fromTab(7, metaPortal, { type: 'set-guide-collapsed', collapsed: true, disabledProviders: [] })).toEqual({ disabledProviders: ['x'], guideCollapsed: true, dir: 'ltr' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ disabledProviders: ['x'], disabledRules: ['emergency/harm'] });
  });
});
