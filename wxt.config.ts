import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { portalMatchPatterns } from './providers/match-patterns';

/**
 * Extension pages (dashboard, popup, options, insert page) may load only their own scripts and may open no network
 * connection at all: QuickFreeze has no server, so a fetch from one of its pages can only be an injection or a bug.
 * Pinned by tests/e2e/manifest.e2e.ts and tests/e2e/background-trust.e2e.ts.
 */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'none'; base-uri 'none'; frame-ancestors 'none'";

// Host permissions are exactly the portal hosts of the provider registry; nothing broader.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion, command }) => ({
    // Name and description in the browser's language, from public/_locales (browser.i18n); the investigator's own
    // choice of language (options) applies to QuickFreeze's pages and the guide: see i18n/README.md.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; alarms + notifications: expiry reminders; contextMenus + scripting + activeTab: the two
    // menu items, which act only on the page where the investigator clicked them; scripting also registers the
    // guide on the portals the investigator added and the stylesheet that reserves the guide's width on the known ones.
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting', 'activeTab'],
    host_permissions: portalMatchPatterns(),
    // Portals the investigator adds (options page): each origin is requested on their click, one at a time, and
    // removed with the portal. Nothing beyond the registry's hosts is granted at install.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    // The dev server (wxt dev) reloads pages over a local connection, so the policy applies to builds.
    ...(command === 'build'
      ? { content_security_policy: manifestVersion === 2 ? (EXTENSION_PAGES_CSP as never) : { extension_pages: EXTENSION_PAGES_CSP } }
      : {}),
    browser_specific_settings: {
      gecko: {
        id: 'quickfreeze@quickfreeze.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
