import { existsSync } from 'node:fs';
import { findChromium } from '../../../scripts/lib/chromium.mjs';
import { EXTENSION_DIR } from '../../../scripts/lib/browser.mjs';

/** Fail loudly, never skip: no Chromium or no build means the end-to-end tests cannot say anything. */
export default function setup(): void {
  findChromium();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` before the end-to-end tests.`);
  }
}
