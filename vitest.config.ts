import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'happy-dom',
    // Stylesheets imported as text (`?inline`, components/guide.css) are their real text in tests, not empty.
    css: { include: [/\.css(\?|$)/] },
    // Timing properties carry their own bounds; this only keeps a loaded 2-core machine from failing slow, correct tests.
    testTimeout: 30_000,
    // Property tests replay a fixed seed unless FC_SEED says otherwise (`npm run fuzz`).
    setupFiles: ['tests/support/fast-check-seed.ts'],
  },
});
