import { browser, type Browser } from 'wxt/browser';
import { localeFor } from '../../i18n/background';
import { translatorFor } from '../../i18n/catalogues';
import type { LanguageSetting, Locale } from '../../i18n/types';
import { loadSettings, onSettingsChanged } from '../../storage/settings';
import { onInsertMenuClick } from './insert-details';

export const SAVE_SELECTION = 'quickfreeze-save-selection';
export const INSERT_DETAILS = 'quickfreeze-insert-details';

let menuLocale: Locale | null = null;
let followingLanguage = false;

async function buildMenus(language: LanguageSetting): Promise<void> {
  const locale = localeFor(language);
  if (locale === menuLocale) return;
  menuLocale = locale;
  const t = translatorFor(locale);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: SAVE_SELECTION, title: t('menu.saveSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: INSERT_DETAILS, title: t('menu.insertDetails'), contexts: ['editable'] });
}

/** The two menu items, titled in the investigator's language and retitled when it changes in the options. */
export function createContextMenus(): void {
  menuLocale = null;
  void loadSettings().then((settings) => buildMenus(settings.language));
  if (followingLanguage) return;
  followingLanguage = true;
  onSettingsChanged((settings) => void buildMenus(settings.language));
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
