import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { INSERT_DETAILS, SAVE_SELECTION, onContextMenuClick } from '../../../entrypoints/background/context-menus';
import { register } from '../../../entrypoints/background/register-service';

describe('context menus', () => {
  beforeEach(() => fakeBrowser.reset());

  it('"Save selection as preservation reference" hands the selection to the dashboard through session storage', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onContextMenuClick({ menuItemId: SAVE_SELECTION, selectionText: 'Reference: DISC-48213', editable: false, pageUrl: 'https://mail.example.org/' } as never);
    expect((await fakeBrowser.storage.session.get('pendingSelection')).pendingSelection).toBe('Reference: DISC-48213');
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/dashboard.html') });
  });

  it('"Insert preservation details" inserts the selected case’s MAR text into the clicked frame, only then', async () => {
    const r = await register();
    await r.saveCapture({ providerId: 'x', reference: 'MENU-1', caseNumber: 'C-9', accountIdentifiers: ['@a'], requestType: 'preservation', requestedAt: '2026-11-20T10:00:00.000Z', source: 'manual' }, { periodDays: 90, extensionDays: 90 });
    await r.saveCapture({ providerId: 'x', reference: 'MENU-2', caseNumber: 'C-10', accountIdentifiers: ['@b'], requestType: 'preservation', requestedAt: '2026-11-20T10:00:00.000Z', source: 'manual' }, { periodDays: 90, extensionDays: 90 });
    await fakeBrowser.storage.local.set({ 'dashboard.selectedCase': 'C-9' });
    const execute = vi.fn().mockResolvedValue([]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: execute };
    await onContextMenuClick({ menuItemId: INSERT_DETAILS, frameId: 3, editable: true, pageUrl: 'https://mar.example.org/' } as never, { id: 12 } as never);
    expect(execute).toHaveBeenCalledTimes(1);
    const call = execute.mock.calls[0]![0] as { target: { tabId: number; frameIds: number[] }; args: string[] };
    expect(call.target).toEqual({ tabId: 12, frameIds: [3] });
    expect(call.args[0]).toContain('MENU-1');
    expect(call.args[0]).not.toContain('MENU-2');
  });
});

describe('insertAtCaret (runs in the page on the menu click)', () => {
  it('inserts at the caret of the focused textarea and tells the page’s framework', async () => {
    const { insertAtCaret } = await import('../../../entrypoints/background/context-menus');
    document.body.replaceChildren();
    const area = document.createElement('textarea');
    area.value = 'Dear colleagues,\n\nRegards';
    document.body.append(area);
    area.focus();
    area.setSelectionRange(18, 18);
    const inputs = vi.fn();
    area.addEventListener('input', inputs);
    expect(insertAtCaret('Provider: X\n')).toBe(true);
    expect(area.value).toBe('Dear colleagues,\n\nProvider: X\nRegards');
    expect(inputs).toHaveBeenCalledTimes(1);
  });
  it('does nothing where no field has focus', async () => {
    const { insertAtCaret } = await import('../../../entrypoints/background/context-menus');
    document.body.replaceChildren();
    (document.activeElement as HTMLElement | null)?.blur?.();
    expect(insertAtCaret('x')).toBe(false);
  });
});
