import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { INSERT_DETAILS, SAVE_SELECTION, onContextMenuClick } from '../../../entrypoints/background/context-menus';
import { insertDetails, insertIntoMarked, insertTarget, markInsertTarget } from '../../../entrypoints/background/insert-details';
import { register } from '../../../entrypoints/background/register-service';

describe('context menus', () => {
  beforeEach(() => fakeBrowser.reset());

  it('"Save selection as preservation reference" hands the selection to the dashboard through session storage', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onContextMenuClick({ menuItemId: SAVE_SELECTION, selectionText: 'Reference: DISC-48213', editable: false, pageUrl: 'https://mail.example.org/' } as never);
    expect((await fakeBrowser.storage.session.get('pendingSelection')).pendingSelection).toBe('Reference: DISC-48213');
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/dashboard.html') });
  });

  it('"Insert preservation details" inserts nothing on the click: it marks the clicked field and opens the insert page', async () => {
    const r = await register();
    await r.saveCapture({ providerId: 'x', reference: 'MENU-1', caseNumber: 'C-9', accountIdentifiers: ['@a'], requestType: 'preservation', requestedAt: '2026-11-20T10:00:00.000Z', source: 'manual' }, { periodDays: 90, extensionDays: 90 });
    await fakeBrowser.storage.session.set({ 'dashboard.selectedCase': 'C-9' });
    const execute = vi.fn().mockResolvedValue([{ result: true }]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: execute };
    const openWindow = vi.fn().mockResolvedValue({});
    (fakeBrowser as unknown as { windows: unknown }).windows = { create: openWindow };
    await onContextMenuClick({ menuItemId: INSERT_DETAILS, frameId: 3, editable: true, pageUrl: 'https://mar.example.org/draft' } as never, { id: 12 } as never);
    expect(execute).toHaveBeenCalledTimes(1);
    const call = execute.mock.calls[0]![0] as { target: unknown; func: unknown; args: string[] };
    expect(call.target).toEqual({ tabId: 12, frameIds: [3] });
    expect(call.func).toBe(markInsertTarget);
    expect(call.args.join(' ')).not.toContain('MENU-1');
    expect(openWindow).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/insert.html') }));
    expect(await insertTarget()).toEqual({ pageUrl: 'https://mar.example.org/draft' });

    // The investigator chose the case and clicked "Insert": the text goes to the marked field of that frame, once.
    expect(await insertDetails('Provider: X, reference MENU-1')).toEqual({ ok: true });
    const insert = execute.mock.calls[1]![0] as { target: unknown; func: unknown; args: string[] };
    expect(insert.target).toEqual({ tabId: 12, frameIds: [3] });
    expect(insert.func).toBe(insertIntoMarked);
    expect(insert.args).toEqual([call.args[0], 'Provider: X, reference MENU-1']);
    expect(await insertDetails('again')).toMatchObject({ ok: false });
    expect(execute).toHaveBeenCalledTimes(2);
  });

  it('with no editable field focused at the click, nothing waits to be inserted', async () => {
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn().mockResolvedValue([{ result: false }]) };
    (fakeBrowser as unknown as { windows: unknown }).windows = { create: vi.fn().mockResolvedValue({}) };
    await onContextMenuClick({ menuItemId: INSERT_DETAILS, frameId: 0, editable: true, pageUrl: 'https://a.example/' } as never, { id: 5 } as never);
    expect(await insertTarget()).toBeNull();
    expect(await insertDetails('x')).toMatchObject({ ok: false });
  });
});

describe('the field mark (runs in the right-clicked frame’s isolated world)', () => {
  const setup = () => {
    document.body.replaceChildren();
    const draft = document.createElement('textarea');
    draft.value = 'Dear colleagues,\n\nRegards';
    const other = document.createElement('textarea');
    document.body.append(draft, other);
    return { draft, other };
  };

  it('inserts at the caret of the right-clicked field, even after focus moved, and tells the page’s framework', () => {
    const { draft, other } = setup();
    draft.focus();
    draft.setSelectionRange(18, 18);
    expect(markInsertTarget('t1')).toBe(true);
    other.focus();
    const inputs = vi.fn();
    draft.addEventListener('input', inputs);
    expect(insertIntoMarked('t1', 'Provider: X\n')).toBe(true);
    expect(draft.value).toBe('Dear colleagues,\n\nProvider: X\nRegards');
    expect(other.value).toBe('');
    expect(inputs).toHaveBeenCalledTimes(1);
  });

  it('inserts nothing with a wrong token, twice with one mark, or into a field that left the page', () => {
    const { draft } = setup();
    draft.focus();
    expect(markInsertTarget('t2')).toBe(true);
    expect(insertIntoMarked('forged', 'x')).toBe(false);
    expect(markInsertTarget('t3')).toBe(true);
    draft.remove();
    expect(insertIntoMarked('t3', 'x')).toBe(false);
    expect(insertIntoMarked('t3', 'x')).toBe(false);
  });

  it('marks nothing where no editable field has focus', () => {
    setup();
    (document.activeElement as HTMLElement | null)?.blur?.();
    expect(markInsertTarget('t4')).toBe(false);
  });
});
