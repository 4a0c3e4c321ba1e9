import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { has, waitForFindings, waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

// Contract section 5: an event that the page's scripts make saves nothing, inserts nothing, changes no setting.
const portal = usePortalBrowser();

const open = (name: string): Promise<Page> => portal.open(name);

/** A page script presses a control inside a QuickFreeze shadow root, every way it can. */
async function forgePress(page: Page, host: string, selector: string): Promise<void> {
  await page.evaluate(
    ([hostTag, sel]) => {
      const target = document.querySelector(hostTag!)!.shadowRoot!.querySelector(sel!) as HTMLElement;
      target.click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    },
    [host, selector],
  );
  await page.waitForTimeout(800);
}

async function registerHas(reference: string): Promise<boolean> {
  const dashboard = await portal.browser.context.newPage();
  await dashboard.goto(portal.extensionPage('dashboard.html'));
  await dashboard.waitForTimeout(1000);
  const count = await dashboard.locator(`[data-record][data-reference="${reference}"]`).count();
  await dashboard.close();
  return count > 0;
}

describe('only the investigator’s own actions count', () => {
  it('a page script cannot save a reference; the investigator’s click does', async () => {
    const page = await open('meta-confirmation');
    const reference = portal.fixture('meta-confirmation').references![0]!;
    const item = page.locator(`quickfreeze-guide [data-reference="${reference}"]`);
    await item.waitFor({ timeout: 3000 });
    await forgePress(page, 'quickfreeze-guide', `[data-reference="${reference}"] [data-action="save-reference"]`);
    expect(await item.getAttribute('data-saved')).toBeNull();
    expect(await registerHas(reference)).toBe(false);

    await item.locator('[data-action="save-reference"]').click();
    await expect.poll(() => item.getAttribute('data-saved'), { timeout: 3000 }).toBe('true');
    expect(await registerHas(reference)).toBe(true);
    await page.close();
  });

  it('a page script cannot insert the suggested structure; the investigator’s click does', async () => {
    const page = await open('tiktok-emergency');
    await page.fill('#tt-3', 'He said he will shoot up the school.');
    const insert = page.locator('quickfreeze-guide [data-action=insert-suggested-structure]');
    await insert.waitFor({ timeout: 3000 });
    await forgePress(page, 'quickfreeze-guide', '[data-action=insert-suggested-structure]');
    expect(await page.locator('#tt-3').innerText()).toBe('He said he will shoot up the school.');
    await insert.click();
    await expect.poll(() => page.locator('#tt-3').innerText()).toContain('Person at risk: [');
    await page.close();
  });

  it('a page script cannot collapse the guide, nor open it from a badge; the investigator can', async () => {
    const page = await open('tiktok-emergency');
    await forgePress(page, 'quickfreeze-guide', 'button.collapse');
    expect(await page.locator('quickfreeze-guide .panel').count()).toBe(1);
    await page.locator('quickfreeze-guide button.collapse').click();
    await page.locator('quickfreeze-guide button.tab').waitFor({ timeout: 3000 });

    // A real attempt (a full sentence): its missing elements are warnings, with a badge beside the field.
    await page.fill('#tt-3', 'Please send the records for this account as soon as you can.');
    await page.locator('quickfreeze-badge').first().waitFor({ timeout: 3000 });
    await forgePress(page, 'quickfreeze-badge', 'button');
    await forgePress(page, 'quickfreeze-guide', 'button.tab');
    expect(await page.locator('quickfreeze-guide .panel').count()).toBe(0);
    await page.locator('quickfreeze-badge button').first().click();
    await page.locator('quickfreeze-guide .panel').waitFor({ timeout: 3000 });
    await page.close();
  });

  it('a page script cannot move the focus through “Go to field”; the investigator can', async () => {
    const page = await open('tiktok-emergency');
    await page.fill('#tt-3', 'help');
    await waitForFindings(page, has('emergency/harm'), 'harm finding');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const jump = '.finding-group:has([data-rule="emergency/harm"]) button.jump';
    await forgePress(page, 'quickfreeze-guide', jump);
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('tt-3');
    await page.locator(`quickfreeze-guide ${jump}`).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tt-3');
    await page.close();
  });
});

describe('the page cannot switch the guide off', () => {
  it('sees no message naming the extension, and WXT’s old stop signal does not stop the guide', async () => {
    const page = await portal.browser.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    const spa = portal.fixture('meta-spa-emergency');
    await page.goto(spa.url);
    await waitForGuide(page, { provider: 'meta', page: 'preservation' });
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((m) => m.includes(portal.browser.extensionId))).toEqual([]);

    // What a page did with the id it learnt: announce a "newer" copy of the guide's script.
    await page.evaluate((id) => {
      const type = `${id}:guide:wxt:content-script-started`;
      const detail = { contentScriptName: 'quickfreeze-guide', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
      window.dispatchEvent(new Event(`${id}:guide:wxt:locationchange`));
    }, portal.browser.extensionId);
    await page.waitForTimeout(300);
    const step = spa.steps![0]!;
    await page.click(step.selector!);
    await waitForGuide(page, { provider: 'meta', page: step.expect!.page! });
    await page.close();
  });
});

describe('privacy', () => {
  it('no network request from the extension', () => {
    expect(portal.browser.unexpectedRequests).toEqual([]);
  });
});
