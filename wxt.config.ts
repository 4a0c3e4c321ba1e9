import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { portalMatchPatterns } from './providers/match-patterns';

// Host permissions are exactly the portal hosts of the provider registry; nothing broader.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'QuickFreeze',
    description:
      'Guidance on law-enforcement portals and a local register of preservation references. Sends nothing anywhere.',
    // storage: settings; alarms + notifications: expiry reminders; contextMenus + scripting + activeTab: the two
    // menu items, which act only on the page where the investigator clicked them.
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting', 'activeTab'],
    host_permissions: portalMatchPatterns(),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'QuickFreeze' },
    browser_specific_settings: {
      gecko: {
        id: 'quickfreeze@quickfreeze.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
