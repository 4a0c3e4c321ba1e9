import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/lib/firefox.mjs';
import { fixtureKey, loadFixtures, type Fixture } from '../../../scripts/lib/fixtures.mjs';
import { waitForGuide } from './guide';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/**
 * Whatever slips past the request interception (the extension's background page is not a tab, so its requests are
 * not intercepted) goes to a closed local port: nothing reaches the network.
 */
const NO_NETWORK_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
};

export interface FirefoxPortal {
  readonly fixtures: Fixture[];
  readonly browser: Browser;
  /** Requests from portal tabs that were neither a fixture page nor the favicon probe (each must be none). */
  readonly unexpectedRequests: string[];
  fixture(name: string): Fixture;
  /** A new tab whose http(s) requests are answered from the fixtures (and aborted otherwise). */
  newTab(): Promise<Page>;
  /** A new tab on the fixture's portal URL, once the guide shows the fixture's provider and page kind. */
  open(name: string): Promise<Page>;
}

/**
 * One Firefox ESR with the Firefox build installed as a temporary add-on for a whole test file, driven over WebDriver
 * BiDi, serving every fixture page at its real portal URL. Call at the top level of the file.
 */
export function useFirefoxPortal(): FirefoxPortal {
  const fixtures = loadFixtures();
  const byName = new Map(fixtures.map((f) => [f.name, f]));
  const pages = new Map(fixtures.map((f) => [fixtureKey(f.url), f.html]));
  const unexpectedRequests: string[] = [];
  let launched: Browser | undefined;

  beforeAll(async () => {
    launched = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: NO_NETWORK_PREFS });
    await launched.installExtension(FIREFOX_EXTENSION_DIR);
  });
  afterAll(async () => {
    await launched?.close();
  });
  afterEach(() => expect(unexpectedRequests, 'network requests made during this test').toEqual([]));

  async function answer(request: HTTPRequest): Promise<void> {
    const url = request.url();
    if (!/^https?:/.test(url)) return request.continue();
    if (new URL(url).pathname === '/favicon.ico') return request.respond({ status: 404, body: '' });
    const html = request.isNavigationRequest() ? pages.get(fixtureKey(url)) : undefined;
    if (html !== undefined) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    unexpectedRequests.push(`${request.method()} ${url}`);
    return request.abort('blockedbyclient');
  }

  const portal: FirefoxPortal = {
    fixtures,
    unexpectedRequests,
    get browser() {
      if (!launched) throw new Error('Firefox is not launched yet: use it inside a test or hook.');
      return launched;
    },
    fixture(name) {
      const fixture = byName.get(name);
      if (!fixture) throw new Error(`No fixture named ${name}`);
      return fixture;
    },
    async newTab() {
      const page = await portal.browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void answer(request));
      return page;
    },
    async open(name) {
      const fixture = portal.fixture(name);
      const page = await portal.newTab();
      await page.goto(fixture.url);
      await waitForGuide(page, { provider: fixture.provider!, page: fixture.page! });
      return page;
    },
  };
  return portal;
}
