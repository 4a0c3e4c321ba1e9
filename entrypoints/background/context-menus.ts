import { browser, type Browser } from 'wxt/browser';
import { marText } from '../../register/mar-text';
import { providerById } from '../../providers/registry';
import { register } from './register-service';

export const SAVE_SELECTION = 'quickfreeze-save-selection';
export const INSERT_DETAILS = 'quickfreeze-insert-details';

export function createContextMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: SAVE_SELECTION, title: 'Save selection as preservation reference', contexts: ['selection'] });
    browser.contextMenus.create({ id: INSERT_DETAILS, title: 'Insert preservation details', contexts: ['editable'] });
  });
}

/** Put text at the caret of the focused field, as typing would. Runs in the page, only on the menu click. */
export function insertAtCaret(text: string): boolean {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    const next = el.value.slice(0, start) + text + el.value.slice(end);
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, next);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  return el.isContentEditable ? document.execCommand('insertText', false, text) : false;
}

/** The MAR text for the case last selected in the dashboard, or for every record. */
async function detailsText(): Promise<string> {
  const selected = (await browser.storage.local.get('dashboard.selectedCase'))['dashboard.selectedCase'] as string | undefined;
  const all = await (await register()).all();
  const chosen = selected ? all.filter((r) => r.caseNumber === selected) : all;
  return marText(chosen, (id) => {
    const p = providerById(id);
    return { name: p?.name ?? id, legalEntity: p?.facts.legalEntity?.value ?? null };
  });
}

export async function onContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === SAVE_SELECTION && info.selectionText) {
    // Kept in the extension's session storage (memory), read once by the dashboard's paste box.
    await browser.storage.session.set({ pendingSelection: info.selectionText.slice(0, 100_000) });
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  }
  if (info.menuItemId === INSERT_DETAILS && tab?.id !== undefined) {
    const text = await detailsText();
    if (!text) return;
    await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: info.frameId !== undefined ? [info.frameId] : undefined },
      func: insertAtCaret,
      args: [text],
    });
  }
}
