import { describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { markInsertTarget } from '../../entrypoints/background/insert-details';
import { waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

interface Chrome {
  tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
  scripting: { executeScript(d: { target: { tabId: number }; func: (...args: never[]) => unknown; args?: unknown[] }): Promise<Array<{ result: unknown }>> };
  storage: { session: { set(v: object): Promise<void> } };
  runtime: { sendMessage(m: object): Promise<unknown> };
}

const extension = usePortalBrowser();

async function worker(): Promise<Worker> {
  return extension.browser.context.serviceWorkers()[0] ?? (await extension.browser.context.waitForEvent('serviceworker'));
}

async function tabIdOf(page: Page): Promise<number> {
  return (await worker()).evaluate(async (url) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await chrome.tabs.query({})).find((t) => t.url === url)!.id;
  }, page.url());
}

/** Seed the register the way the guide does: messages from the content-script world of a confirmation page. */
async function seed(tabId: number, messages: object[]): Promise<void> {
  await (await worker()).evaluate(
    async ({ tabId, messages }) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.scripting.executeScript({
        target: { tabId },
        func: async (list: object[]) => {
          for (const m of list) await (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m);
        },
        args: [messages],
      });
    },
    { tabId, messages },
  );
}

/**
 * What the menu click does before the insert page opens (the native menu cannot be clicked in headless Chromium):
 * the product's own markInsertTarget runs in the right-clicked frame, and the pending target is recorded.
 */
async function rightClickMenu(tabId: number, pageUrl: string): Promise<void> {
  await (await worker()).evaluate(`(async () => {
    const mark = ${markInsertTarget.toString()};
    const [marked] = await chrome.scripting.executeScript({ target: { tabId: ${tabId}, frameIds: [0] }, func: mark, args: ['e2e-token'] });
    if (marked.result !== true) throw new Error('no field marked');
    await chrome.storage.session.set({ 'insert.pending': { tabId: ${tabId}, frameId: 0, token: 'e2e-token', pageUrl: ${JSON.stringify(pageUrl)} } });
  })()`);
}

describe('"Insert preservation details": a chosen case, shown first, into the right-clicked field only', () => {
  it('shows the cases with nothing chosen, previews the exact text and count, and inserts only into the marked field', async () => {
    const confirmation = await extension.browser.context.newPage();
    const google = extension.fixture('google-confirmation');
    await confirmation.goto(google.url);
    await waitForGuide(confirmation, { provider: 'google', page: 'confirmation' });
    await seed(await tabIdOf(confirmation), [
      { type: 'remember-form', requestType: 'preservation', caseNumber: 'CASE-A', accountIdentifiers: ['alpha@example.com'] },
      { type: 'save-reference', reference: 'INS-A1', pageText: 'INS-A1' },
      { type: 'save-reference', reference: 'INS-A2', pageText: 'INS-A2' },
      { type: 'remember-form', requestType: 'preservation', caseNumber: 'CASE-B', accountIdentifiers: ['bravo@example.com'] },
      { type: 'save-reference', reference: 'INS-B1', pageText: 'INS-B1' },
    ]);

    const draft = await extension.browser.context.newPage();
    const form = extension.fixture('meta-preservation-react');
    await draft.goto(form.url);
    await waitForGuide(draft, { provider: 'meta', page: 'preservation' });
    const target = draft.locator("[id=':r5:']");
    const elsewhere = draft.locator("[id=':r3:']");
    await target.click({ button: 'right' });
    await rightClickMenu(await tabIdOf(draft), draft.url());
    await elsewhere.focus(); // focus moves on: the text must still go only where the menu was opened

    const insert = await extension.browser.context.newPage();
    await insert.goto(extension.extensionPage('insert.html'));
    const choose = insert.locator('select[name="case"]');
    await choose.waitFor({ timeout: 5000 });
    expect(await insert.locator('[data-insert-target]').textContent()).toBe(draft.url());
    expect(await choose.inputValue()).toBe('');
    expect(await insert.locator('[data-insert-preview]').count()).toBe(0);
    expect(await insert.locator('button[data-action="insert-details"]').isDisabled()).toBe(true);

    await choose.selectOption('CASE-A');
    const preview = (await insert.locator('[data-insert-preview]').textContent()) ?? '';
    expect(preview).toContain('INS-A1');
    expect(preview).toContain('INS-A2');
    expect(preview).not.toContain('INS-B1');
    expect(await insert.locator('[data-record-count]').getAttribute('data-record-count')).toBe('2');

    await insert.locator('button[data-action="insert-details"]').click();
    await insert.getByText('Inserted', { exact: false }).first().waitFor({ timeout: 5000 });
    expect(await target.inputValue()).toBe(preview);
    expect(await elsewhere.inputValue()).toBe('');
    await Promise.all([confirmation.close(), draft.close(), insert.close()]);
  });

  it('with no right-clicked field waiting, the insert page inserts nothing', async () => {
    const insert = await extension.browser.context.newPage();
    await insert.goto(extension.extensionPage('insert.html'));
    await insert.getByRole('alert').waitFor({ timeout: 5000 });
    expect(await insert.locator('button[data-action="insert-details"]').isDisabled()).toBe(true);
    await insert.close();
  });
});

describe('privacy', () => {
  it('no network request from the extension', () => {
    expect(extension.browser.unexpectedRequests).toEqual([]);
  });
});
