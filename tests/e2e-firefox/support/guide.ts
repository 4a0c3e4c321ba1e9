import type { Page } from 'puppeteer-core';
import type { ShownFinding } from '../../e2e/support/guide';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface GuideState {
  count: number;
  provider?: string;
  page?: string;
  shadowMode?: string;
}

export async function guideState(page: Page): Promise<GuideState> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('quickfreeze-guide');
    const guide = all[0] as HTMLElement | undefined;
    return { count: all.length, provider: guide?.dataset.provider, page: guide?.dataset.page, shadowMode: guide?.shadowRoot?.mode };
  });
}

/** Poll `read` until `done` holds for what it returns; on timeout, say what was last seen. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 5000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = await read();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Last seen: ${JSON.stringify(last)}`);
    await pause(100);
    last = await read();
  }
  return last;
}

/** Wait until the guide shows this provider and page kind (the contract allows 1 s; a loaded machine gets slack). */
export async function waitForGuide(page: Page, expected: { provider: string; page: string }, timeout = 5000): Promise<void> {
  await pollUntil(
    () => guideState(page),
    (state) => state.provider === expected.provider && state.page === expected.page,
    `guide ${JSON.stringify(expected)} at ${page.url()}`,
    timeout,
  );
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

export const waitForFindings = (page: Page, predicate: (findings: ShownFinding[]) => boolean, what: string, timeout = 5000) =>
  pollUntil(() => shownFindings(page), predicate, `findings: ${what}`, timeout);

/** The references the guide offers on a confirmation page (contract section 5). */
export async function offeredReferences(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelectorAll('[data-reference]') ?? []).map(
      (el) => el.getAttribute('data-reference') ?? '',
    ),
  );
}

/**
 * Replace a field's text with real key presses: trusted input, as an investigator types it (puppeteer's `fill`
 * sets long values directly, with untrusted events that QuickFreeze rightly ignores for what it carries).
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/**
 * Click an element once it is there. Puppeteer's waitForSelector watches the document with a MutationObserver,
 * which never sees a change inside the guide's shadow root, so deep selectors are polled.
 */
export async function clickWhenThere(page: Page, selector: string, timeout = 5000): Promise<void> {
  await pollUntil(async () => (await page.$(selector)) !== null, (found) => found, `${selector} to appear`, timeout);
  await page.click(selector);
}
