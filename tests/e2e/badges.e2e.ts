import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePortalBrowser } from './support/portal-browser';

const portal = usePortalBrowser();

/** Each badge's place on the page (its translate), in page order. */
const places = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('quickfreeze-badge')).map((badge) => {
      const [x, y] = (badge.style.transform.match(/-?\d+/g) ?? []).map(Number);
      return { x: x!, y: y! };
    }),
  );

describe('badges stay beside their fields when the page is laid out again', () => {
  it('a banner the page puts above its form, then a margin it adds, move every badge with its field', async () => {
    const page = await portal.open('google-preservation-angular');
    await page.locator('quickfreeze-badge').first().waitFor({ state: 'attached', timeout: 5000 });
    // The guide drawn and its width reserved: in a browser just started, the page may be laid out before the
    // background has registered the reserving style, and the guide then reserves it at its first draw.
    await page.waitForFunction(
      () => !!document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector('.panel') && getComputedStyle(document.documentElement).marginRight === '340px',
      null,
      { timeout: 5000 },
    );
    // Settled: the same places twice, 300 ms apart.
    let before = await places(page);
    for (let settled = false; !settled; ) {
      await page.waitForTimeout(300);
      const again = await places(page);
      settled = JSON.stringify(again) === JSON.stringify(before);
      before = again;
    }
    expect(before.length).toBeGreaterThan(0);

    // The page's own script, as a single-page app does it: no scroll, no window resize.
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '120px';
      banner.textContent = 'Scheduled maintenance tonight';
      document.body.prepend(banner);
    });
    await expect.poll(() => places(page), { timeout: 3000 }).toEqual(before.map(({ x, y }) => ({ x, y: y + 120 })));

    await page.evaluate(() => (document.body.style.marginLeft = '200px'));
    const shifted = await page.evaluate(() => document.body.getBoundingClientRect().width);
    expect(shifted).toBeGreaterThan(0);
    await expect.poll(async () => (await places(page)).map(({ y }) => y), { timeout: 3000 }).toEqual(before.map(({ y }) => y + 120));
    await expect.poll(async () => (await places(page)).every(({ x }, i) => x !== before[i]!.x), { timeout: 3000 }).toBe(true);
    await page.close();
  });
});
