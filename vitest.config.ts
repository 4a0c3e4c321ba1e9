import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

/**
 * Pure logic (no mocks, no DOM or storage state another file reads) shares one module graph across its files: the
 * e-mail reader's tables are built and its patterns warmed once, not once per file. That reads the suite several times
 * faster on CI's 2-core machine (a register test file: about 0.4 s instead of 2.5 s). Everything else keeps a fresh
 * module graph per file.
 */
const REGISTER = ['tests/register/**/*.test.{ts,tsx}'];
// The checks apart from the e-mail reader: their CPU-time bounds are not read in a heap the corpus tests have grown.
const LOGIC = ['tests/rules/**/*.test.{ts,tsx}', 'tests/providers/**/*.test.{ts,tsx}', 'tests/legal/**/*.test.{ts,tsx}', 'tests/fuzz/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'happy-dom',
    // Stylesheets imported as text (`?inline`, components/guide.css) are their real text in tests, not empty.
    css: { include: [/\.css(\?|$)/] },
    // Timing properties carry their own bounds; this only keeps a loaded 2-core machine from failing slow, correct tests.
    testTimeout: 30_000,
    // Property tests replay a fixed seed unless FC_SEED says otherwise (`npm run fuzz`).
    setupFiles: ['tests/support/fast-check-seed.ts'],
    projects: [
      { extends: true, test: { name: 'register', include: REGISTER, isolate: false } },
      { extends: true, test: { name: 'logic', include: LOGIC, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/e2e/**', 'node_modules/**', ...REGISTER, ...LOGIC] } },
    ],
  },
});
