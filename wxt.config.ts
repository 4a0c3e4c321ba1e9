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
    permissions: ['storage'],
    host_permissions: portalMatchPatterns(),
    browser_specific_settings: {
      gecko: {
        id: 'quickfreeze@quickfreeze.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
