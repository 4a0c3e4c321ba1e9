import type { Page } from 'playwright-core';

/** Wait until the guide shows this provider and page kind (the contract allows 1 s; slow CI gets some slack). */
export async function waitForGuide(page: Page, expected: { provider: string; page: string }, timeout = 3000): Promise<void> {
  await page.waitForFunction(
    ({ provider, kind }) => {
      const guide = document.querySelector('quickfreeze-guide') as HTMLElement | null;
      return guide?.dataset.provider === provider && guide.dataset.page === kind;
    },
    { provider: expected.provider, kind: expected.page },
    { timeout },
  ).catch(async (error: Error) => {
    const actual = await guideState(page);
    throw new Error(`Expected guide ${JSON.stringify(expected)}, got ${JSON.stringify(actual)} at ${page.url()}: ${error.message}`);
  });
}

export async function guideState(page: Page): Promise<{ count: number; provider?: string; page?: string; shadowMode?: string }> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('quickfreeze-guide');
    const guide = all[0] as HTMLElement | undefined;
    return { count: all.length, provider: guide?.dataset.provider, page: guide?.dataset.page, shadowMode: guide?.shadowRoot?.mode };
  });
}
