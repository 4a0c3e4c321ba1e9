import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/lib/browser.mjs';
import { fixtureKey, loadFixtures, type Fixture } from '../../../scripts/lib/fixtures.mjs';
import { waitForGuide } from './guide';

export interface PortalBrowser {
  readonly fixtures: Fixture[];
  /** The browser of this test file, launched before its first test and closed after its last. */
  readonly browser: ExtensionBrowser;
  fixture(name: string): Fixture;
  /** A new tab on the fixture's portal URL, once the guide shows the fixture's provider and page kind. */
  open(name: string): Promise<Page>;
  /** The URL of one of the extension's own pages (`dashboard.html`, `options.html`...). */
  extensionPage(file: string): string;
  /** Close the browser and start it again on the same profile (needs `keepProfile`): a browser restart. */
  restart(): Promise<ExtensionBrowser>;
  /** Requests the extension made in browsers closed by `restart()` (each must be none). */
  readonly earlierUnexpectedRequests: string[];
}

/** The HTML of every fixture page, keyed as the request router looks them up. */
export function fixturePages(fixtures: Fixture[] = loadFixtures()): Map<string, string> {
  return new Map(fixtures.map((f) => [fixtureKey(f.url), f.html]));
}

/**
 * One Chromium with the built extension for a whole e2e file, serving every fixture page at its real portal URL
 * (nothing reaches the network). Call at the top level of the file.
 */
export function usePortalBrowser(options: { keepProfile?: boolean; pages?: Map<string, string> } = {}): PortalBrowser {
  const fixtures = loadFixtures();
  const byName = new Map(fixtures.map((f) => [f.name, f]));
  const pages = fixturePages(fixtures);
  for (const [url, html] of options.pages ?? []) pages.set(url, html);
  // A kept profile survives close(), so a restart finds what the extension stored; it is removed after the file.
  const profile = options.keepProfile ? mkdtempSync(join(tmpdir(), 'quickfreeze-profile-')) : undefined;
  const earlierUnexpectedRequests: string[] = [];
  let launched: ExtensionBrowser | undefined;

  beforeAll(async () => {
    launched = await launchWithExtension({ pages, userDataDir: profile });
  });
  afterAll(async () => {
    await launched?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const portal: PortalBrowser = {
    fixtures,
    get browser() {
      if (!launched) throw new Error('The browser is not launched yet: use it inside a test or hook.');
      return launched;
    },
    fixture(name) {
      const fixture = byName.get(name);
      if (!fixture) throw new Error(`No fixture named ${name}`);
      return fixture;
    },
    async open(name) {
      const fixture = portal.fixture(name);
      const page = await portal.browser.context.newPage();
      await page.goto(fixture.url);
      await waitForGuide(page, { provider: fixture.provider!, page: fixture.page! });
      return page;
    },
    extensionPage: (file) => `chrome-extension://${portal.browser.extensionId}/${file}`,
    async restart() {
      if (!profile) throw new Error('restart() needs usePortalBrowser({ keepProfile: true })');
      earlierUnexpectedRequests.push(...portal.browser.unexpectedRequests);
      await portal.browser.close();
      launched = await launchWithExtension({ pages, userDataDir: profile });
      return launched;
    },
    earlierUnexpectedRequests,
  };
  return portal;
}
