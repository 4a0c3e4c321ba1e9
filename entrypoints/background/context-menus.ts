import { browser, type Browser } from 'wxt/browser';
import { onInsertMenuClick } from './insert-details';

export const SAVE_SELECTION = 'quickfreeze-save-selection';
export const INSERT_DETAILS = 'quickfreeze-insert-details';

export function createContextMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: SAVE_SELECTION, title: 'Save selection as preservation reference', contexts: ['selection'] });
    browser.contextMenus.create({ id: INSERT_DETAILS, title: 'Insert preservation details…', contexts: ['editable'] });
  });
}

export async function onContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId === SAVE_SELECTION && info.selectionText) {
    // Kept in the extension's session storage (memory), read once by the dashboard's paste box.
    await browser.storage.session.set({ pendingSelection: info.selectionText.slice(0, 100_000) });
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  }
  // Nothing is inserted on the click itself: the investigator first chooses a case in the insert page.
  if (info.menuItemId === INSERT_DETAILS) await onInsertMenuClick(info, tab);
}
