// Service-worker requests only show up in Playwright's network events with this flag: we want to see them all.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, existsSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.mjs';
import { fixtureKey } from './fixtures.mjs';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Browsers open right now: the e2e suite checks after every test that none of them saw a stray request. */
export const openBrowsers = new Set();

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, hex digits spelled a..p. */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Chromium with the built extension loaded. Every http(s) request is answered from `pages` (URL -> HTML) or
 * aborted; `unexpectedRequests` lists every request that was not a page the caller served, so a test can
 * assert that the extension itself made none.
 */
export async function launchWithExtension({ pages = new Map(), headless = true, extensionDir = EXTENSION_DIR, userDataDir: profile, withExtension = true } = {}) {
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  // A given profile survives close() (to test a browser restart); a fresh one is removed with it.
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'quickfreeze-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: [
      ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const served = new Set();
  const unexpectedRequests = [];
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const request = route.request();
      if (new URL(request.url()).pathname === '/favicon.ico') {
        // The browser's own favicon probe, not the extension's: answer it and do not count it.
        served.add(request.url());
        await route.fulfill({ status: 404, body: '' });
        return;
      }
      const html = request.isNavigationRequest() ? pages.get(fixtureKey(request.url())) : undefined;
      if (html !== undefined) {
        served.add(request.url());
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else {
        unexpectedRequests.push(`${request.method()} ${request.url()}`);
        await route.abort('blockedbyclient');
      }
    },
  );
  context.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !served.has(url) && !pages.has(fixtureKey(url))) {
      if (!unexpectedRequests.includes(`${request.method()} ${url}`)) unexpectedRequests.push(`${request.method()} ${url}`);
    }
  });
  const extensionId = unpackedExtensionId(extensionDir);
  const handle = {
    context,
    extensionId,
    unexpectedRequests,
    async close() {
      openBrowsers.delete(handle);
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  openBrowsers.add(handle);
  return handle;
}
