import { browser, type Browser } from 'wxt/browser';

/** The part of the toolbar button's API that QuickFreeze uses: the badge. */
export type ToolbarBadge = Pick<typeof Browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

export interface ToolbarApis {
  action?: ToolbarBadge;
  browserAction?: ToolbarBadge;
}

// The MV2 typings spell the same two calls with callback overloads; at run time both take what ToolbarBadge passes.
const fromBrowser = (): ToolbarApis => ({ action: browser.action, browserAction: browser.browserAction as unknown as ToolbarBadge | undefined });

/**
 * The toolbar button: `action` in Manifest V3 (Chromium), `browserAction` in Manifest V2 (the Firefox build), where
 * `action` is undefined and calling it failed the save of a reference.
 */
export function toolbar(api: ToolbarApis = fromBrowser()): ToolbarBadge {
  const found = api.action ?? api.browserAction;
  if (!found) throw new Error('This browser has neither action nor browserAction: is the manifest missing its toolbar button?');
  return found;
}
