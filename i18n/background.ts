import { browser } from 'wxt/browser';
import { loadSettings } from '../storage/settings';
import { translatorFor, type T } from './catalogues';
import { resolveLocale } from './resolve';
import type { LanguageSetting, Locale } from './types';

/** What a browser.i18n call answers, or '' where the API is missing or not implemented (unit tests' fake browser). */
function askBrowser(call: () => string | undefined): string {
  try {
    return call() ?? '';
  } catch {
    return '';
  }
}

/** The browser's UI language. */
export const browserUiLanguage = (): string => askBrowser(() => browser.i18n?.getUILanguage?.());

/** The browser's direction for its UI language, from `@@bidi_dir`. */
export const browserBidiDir = (): string => askBrowser(() => browser.i18n?.getMessage?.('@@bidi_dir'));

export function localeFor(setting: LanguageSetting): Locale {
  return resolveLocale(setting, [browserUiLanguage(), ...(globalThis.navigator?.languages ?? [])]);
}

/** The background's `t` in the investigator's language (notifications, menu titles, findings). */
export async function currentT(): Promise<T> {
  return translatorFor(localeFor((await loadSettings()).language));
}
