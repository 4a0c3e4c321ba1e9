import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser.mjs';
import { fixtureKey, loadFixtures, type Fixture } from '../../scripts/lib/fixtures.mjs';
import { guideState, has, lacks, waitForFindings, waitForGuide } from './support/guide';

/**
 * Hostile portal pages (tests/fixtures/hostile, same format as tests/fixtures/portals, served only here): markup
 * and script-like text everywhere, huge and deep pages, a body replaced every 50 ms, listeners that throw,
 * prototype pollution, reference numbers wrapped in markup and attribute-injection attempts.
 *
 * Extra keys in these fixtures' JSON: `findings` (rule ids that must be shown once the page and its steps are
 * done), `noFindings` (rule ids that must then be absent) and `shownText` (page text that must appear in the
 * guide, as text).
 *
 * The helpers that run in the page avoid Array.prototype.map/filter and friends: one fixture replaces them in the
 * page's main world, where page.evaluate runs.
 */
interface HostileFixture extends Fixture {
  findings?: string[];
  noFindings?: string[];
  shownText?: string[];
}

const HOSTILE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');
const fixtures = loadFixtures(HOSTILE_DIR) as HostileFixture[];
/** What an offered reference may look like: a plain token, nothing a page could smuggle an attribute in with. */
const PLAIN_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ pages: new Map(fixtures.map((f) => [fixtureKey(f.url), f.html])) });
});
afterAll(async () => {
  await browser?.close();
});

/** Resolves with the page's answer, or rejects when the page's main thread does not answer within `ms`. */
async function answerWithin<T>(page: Page, fn: () => T, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The page did not answer within ${ms} ms (${what}): its main thread is blocked.`)), ms);
  });
  try {
    return await Promise.race([page.evaluate(fn), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The page answers a trivial script within 2 s, again and again, for `duration` ms. */
async function staysResponsive(page: Page, duration: number): Promise<void> {
  const start = Date.now();
  do {
    await answerWithin(page, () => 1, 2000, `${Date.now() - start} ms into a ${duration} ms watch`);
    await page.waitForTimeout(200);
  } while (Date.now() - start < duration);
}

interface GuideMarkup {
  hosts: number;
  dangerous: string[];
  text: string;
  references: string[];
  saved: string[];
  roles: string[];
}

/** What QuickFreeze put in the page: every quickfreeze-* shadow root, inspected for markup that came from page text. */
async function guideMarkup(page: Page): Promise<GuideMarkup> {
  return answerWithin(
    page,
    () => {
      const out = { hosts: 0, dangerous: [] as string[], text: '', references: [] as string[], saved: [] as string[], roles: [] as string[] };
      const bad = new Set(['IMG', 'SCRIPT', 'SVG', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'LINK', 'META', 'BASE', 'MATH', 'VIDEO', 'AUDIO', 'SOURCE', 'IMAGE', 'FORM']);
      const all = document.querySelectorAll('*');
      for (let i = 0; i < all.length; i++) {
        const host = all[i]!;
        if (host.tagName.toLowerCase().indexOf('quickfreeze-') !== 0 || !host.shadowRoot) continue;
        out.hosts++;
        const root = host.shadowRoot;
        out.text += ` ${root.textContent ?? ''}`;
        const inside = root.querySelectorAll('*');
        for (let j = 0; j < inside.length; j++) {
          const el = inside[j]!;
          const tag = el.tagName.toUpperCase();
          if (bad.has(tag)) out.dangerous.push(`<${el.tagName.toLowerCase()}>`);
          for (let k = 0; k < el.attributes.length; k++) {
            const { name, value } = el.attributes[k]!;
            const n = name.toLowerCase();
            if (n.indexOf('on') === 0) out.dangerous.push(`${el.tagName.toLowerCase()}[${name}]`);
            if (n === 'src' || n === 'srcdoc' || n === 'action' || n === 'formaction' || n === 'xlink:href' || (n === 'style' && /url\(|expression/i.test(value))) {
              out.dangerous.push(`${el.tagName.toLowerCase()}[${name}=${value.slice(0, 60)}]`);
            }
            if (n === 'href' && !/^https:\/\//.test(value)) out.dangerous.push(`${el.tagName.toLowerCase()}[href=${value.slice(0, 60)}]`);
          }
          if (el.hasAttribute('data-reference')) out.references.push(el.getAttribute('data-reference') ?? '');
          if (el.hasAttribute('data-saved')) out.saved.push(`${el.getAttribute('data-reference')}=${el.getAttribute('data-saved')}`);
          if (el.hasAttribute('data-field-role')) out.roles.push(el.getAttribute('data-field-role') ?? '');
        }
      }
      return out;
    },
    2000,
    'reading the guide',
  );
}

async function pwned(page: Page): Promise<unknown> {
  return answerWithin(page, () => (window as unknown as { __pwned?: unknown }).__pwned, 2000, 'reading window.__pwned');
}

describe('hostile portal pages', () => {
  it('there are 4 to 6 hostile fixtures, none of them among the portal fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
    expect(fixtures.length).toBeLessThanOrEqual(6);
    const portalUrls = new Set(loadFixtures().map((f) => fixtureKey(f.url)));
    for (const f of fixtures) expect(portalUrls.has(fixtureKey(f.url))).toBe(false);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    try {
      await page.goto(fixture.url, { waitUntil: 'domcontentloaded' });
      // The page keeps answering while QuickFreeze reads it (the content script shares the page's thread).
      await staysResponsive(page, 3000);
      if (fixture.provider) {
        await waitForGuide(page, { provider: fixture.provider, page: fixture.page! }, 5000);
        const state = await guideState(page);
        expect(state.count).toBe(1);
        expect(state.shadowMode).toBe('open');
      }
      const wantedRoles = (fixture.fields ?? []).map((f) => f.role).sort();
      if (wantedRoles.length) {
        await expect.poll(async () => (await guideMarkup(page)).roles.sort(), { timeout: 5000 }).toEqual(expect.arrayContaining(wantedRoles));
      }
      for (const step of fixture.steps ?? []) {
        if (step.do === 'fill') await page.fill(step.selector!, step.value ?? '');
        if (step.expect?.page) await waitForGuide(page, { provider: fixture.provider!, page: step.expect.page }, 5000);
      }
      for (const rule of fixture.findings ?? []) await waitForFindings(page, has(rule), `${rule} shown`, 5000);
      for (const rule of fixture.noFindings ?? []) await waitForFindings(page, lacks(rule), `${rule} gone`, 5000);
      if (fixture.references?.length) {
        await expect.poll(async () => (await guideMarkup(page)).references, { timeout: 5000 }).toEqual(expect.arrayContaining(fixture.references));
      }

      const markup = await guideMarkup(page);
      // No page text became markup in QuickFreeze's UI: no elements that load or run anything, no handlers, no
      // javascript: links.
      expect(markup.dangerous).toEqual([]);
      // Hostile text the guide shows, it shows as text.
      for (const text of fixture.shownText ?? []) expect(markup.text).toContain(text);
      // Every offered reference is a plain token; none of the page's attribute-injection attempts got through.
      for (const reference of markup.references) expect(reference).toMatch(PLAIN_TOKEN);
      for (const not of fixture.notReferences ?? []) expect(markup.references).not.toContain(not);
      expect(markup.saved).toEqual([]);

      if (markup.references.length) {
        // Saving one reference marks that one, and only that one, as saved.
        const first = markup.references[0]!;
        await page.locator(`quickfreeze-guide [data-reference="${first}"] [data-action="save-reference"]`).click();
        await expect.poll(async () => (await guideMarkup(page)).saved, { timeout: 5000 }).toEqual([`${first}=true`]);
      }

      // Nothing of the page's text ran: not in the main world, not as a dialog.
      expect(await pwned(page)).toBeUndefined();
      expect(dialogs).toEqual([]);
      await staysResponsive(page, 1000);
    } finally {
      await page.close();
    }
  });
});

describe('privacy', () => {
  it('the extension made no network request while the hostile pages ran', () => {
    expect(browser.unexpectedRequests).toEqual([]);
  });
});
