import type { Browser, Page } from 'puppeteer-core';
import { pollUntil } from './guide';

/**
 * WebDriver BiDi refuses to navigate to `moz-extension:` pages, so a test never opens one itself: the extension
 * opens it (runtime.openOptionsPage, tabs.create) on a trusted click, and the test finds that tab here. Puppeteer
 * keeps such a tab's URL at `about:blank`, so each tab is asked where it is.
 */
export async function waitForExtensionTab(browser: Browser, file: string, timeout = 10_000): Promise<Page> {
  const where = async (page: Page) => page.evaluate(() => location.href).catch(() => '');
  const found = await pollUntil(
    async () => {
      for (const page of await browser.pages()) {
        const href = await where(page);
        if (href.startsWith('moz-extension://') && new URL(href).pathname === `/${file}`) return page;
      }
      return null;
    },
    (page) => page !== null,
    `the extension to open ${file}`,
    timeout,
  );
  return found!;
}
