import { defineConfig } from 'vitest/config';

// The e2e flows in Firefox ESR (puppeteer-core over WebDriver BiDi); one browser at a time on a 2-core machine.
// A Firefox start takes 10-25 s here, so each file shares one browser and hooks get room for it.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e-firefox/support/global-setup.ts'],
  },
});
