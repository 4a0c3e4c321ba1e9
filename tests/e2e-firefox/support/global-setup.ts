import { existsSync } from 'node:fs';
import { findFirefox } from '../../../scripts/lib/firefox.mjs';
import { FIREFOX_EXTENSION_DIR } from './firefox-portal';

/** Fail loudly, never skip: no Firefox or no Firefox build means these tests cannot say anything. */
export default function setup(): void {
  findFirefox();
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` before the Firefox end-to-end tests.`);
  }
}
