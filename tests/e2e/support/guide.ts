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

export interface ShownFinding {
  rule: string;
  severity: string;
}

/** Every finding element inside QuickFreeze's shadow roots (contract section 3). */
export async function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.evaluate(() => {
    const out: Array<{ rule: string; severity: string }> = [];
    for (const host of Array.from(document.querySelectorAll('*'))) {
      if (!host.tagName.toLowerCase().startsWith('quickfreeze-') || !host.shadowRoot) continue;
      for (const el of Array.from(host.shadowRoot.querySelectorAll('[data-rule]'))) {
        out.push({ rule: el.getAttribute('data-rule') ?? '', severity: el.getAttribute('data-severity') ?? '' });
      }
    }
    return out;
  });
}

/** Wait until `predicate` holds for the findings shown (the contract allows 1 s; CI gets slack). */
export async function waitForFindings(page: Page, predicate: (findings: ShownFinding[]) => boolean, what: string, timeout = 3000): Promise<ShownFinding[]> {
  const deadline = Date.now() + timeout;
  let last: ShownFinding[] = [];
  while (Date.now() < deadline) {
    last = await shownFindings(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`Timed out waiting for findings: ${what}. Shown: ${JSON.stringify(last)}`);
}

export const has = (rule: string, severity?: string) => (fs: ShownFinding[]) => fs.some((f) => f.rule === rule && (!severity || f.severity === severity));
export const lacks = (rule: string, severity?: string) => (fs: ShownFinding[]) => !has(rule, severity)(fs);

/** Rectangles of the page's own visible controls that lie under the guide. */
export async function controlsUnderGuide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const guide = document.querySelector('quickfreeze-guide');
    const parts = guide?.shadowRoot ? Array.from(guide.shadowRoot.querySelectorAll('.panel, .tab')) : [];
    const boxes = parts.map((p) => p.getBoundingClientRect());
    const hits: string[] = [];
    for (const el of Array.from(document.querySelectorAll('input, select, textarea, button, a[href], [contenteditable=true]'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (boxes.some((b) => r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)) {
        hits.push(`${el.tagName.toLowerCase()}#${el.id || (el as HTMLInputElement).name || ''}`);
      }
    }
    return hits;
  });
}

export async function offeredReferences(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelectorAll('[data-reference]') ?? []).map(
      (el) => el.getAttribute('data-reference') ?? '',
    ),
  );
}
