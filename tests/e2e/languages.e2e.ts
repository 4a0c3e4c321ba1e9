import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePortalBrowser } from './support/portal-browser';

const portal = usePortalBrowser();

/** Store a language setting the way the options page does: merged into the stored settings, from an extension page. */
async function chooseLanguage(language: string): Promise<void> {
  const page = await portal.browser.context.newPage();
  await page.goto(portal.extensionPage('options.html'));
  await page.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const stored = (await api.storage.local.get('settings')).settings ?? {};
    await api.storage.local.set({ settings: { ...(stored as object), language: value } });
  }, language);
  await page.close();
}

/** The `dir` of the guide's root inside its shadow root. */
const guideDir = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.querySelector('quickfreeze-guide')?.shadowRoot;
    return Array.from(shadow?.children ?? []).find((el) => el.tagName === 'DIV')?.getAttribute('dir') ?? null;
  });

const findingText = (page: Page, rule: string) =>
  page.evaluate((id) => document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector(`[data-rule="${id}"]`)?.textContent ?? '', rule);

describe('the guide in the investigator’s language', () => {
  it('English and left to right by default', async () => {
    const page = await portal.open('tiktok-emergency');
    await page.fill('#tt-3', 'help');
    await page.waitForFunction(() => document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector('[data-rule="emergency/person-at-risk"]'), null, { timeout: 3000 });
    expect(await findingText(page, 'emergency/person-at-risk')).toContain('The description does not identify who is at risk.');
    expect(await guideDir(page)).toBe('ltr');
    await page.close();
  });

  it('German chosen in the settings: the findings are German', async () => {
    await chooseLanguage('de');
    const page = await portal.open('tiktok-emergency');
    await page.fill('#tt-3', 'help');
    await page.waitForFunction(
      () => document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector('[data-rule="emergency/person-at-risk"]')?.textContent?.includes('Die Beschreibung nennt nicht, wer gefährdet ist.'),
      null,
      { timeout: 3000 },
    );
    expect(await findingText(page, 'emergency/harm')).toContain('Gefahr für Leib oder Leben');
    expect(await guideDir(page)).toBe('ltr');
    // The guide's own words, not only the findings: title, headings, buttons, provider facts labelled as English.
    await page.waitForFunction(() => document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector('.fact .in-english'), null, { timeout: 3000 });
    const own = await page.evaluate(() => {
      const shadow = document.querySelector('quickfreeze-guide')!.shadowRoot!;
      const text = (selector: string) => shadow.querySelector(selector)?.textContent?.trim() ?? '';
      return {
        page: text('h2 .page'),
        checks: text('.checks h3'),
        insert: text('[data-action="insert-suggested-structure"]'),
        teach: text('[data-action="teach-open"]'),
        collapse: shadow.querySelector('.collapse')?.getAttribute('title'),
        inEnglish: text('.fact .in-english'),
        footnote: text('.footnote'),
      };
    });
    expect(own).toEqual({
      page: '· Eilersuchen (Notfall-Herausgabe)',
      checks: 'Prüfungen',
      insert: 'Vorgeschlagene Gliederung in die Schilderung einfügen',
      teach: 'Erkennung korrigieren …',
      collapse: 'Leitfaden einklappen',
      inEnglish: 'auf Englisch',
      footnote: 'Nur Hinweise. QuickFreeze füllt das Formular des Portals nie aus und sendet es nie ab.',
    });
    await page.close();
  });

  it('the right-to-left pseudo-locale: the guide’s root is dir="rtl", also when chosen while the guide is open', async () => {
    await chooseLanguage('en');
    const page = await portal.open('tiktok-emergency');
    expect(await guideDir(page)).toBe('ltr');
    await chooseLanguage('ar-XB');
    await page.waitForFunction(
      () => Array.from(document.querySelector('quickfreeze-guide')?.shadowRoot?.children ?? []).some((el) => el.tagName === 'DIV' && el.getAttribute('dir') === 'rtl'),
      null,
      { timeout: 3000 },
    );
    await page.fill('#tt-3', 'help');
    await page.waitForFunction(
      () => document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector('[data-rule="emergency/person-at-risk"]')?.textContent?.includes('\u202E'),
      null,
      { timeout: 3000 },
    );
    // The guide's own words mirrored too, and the layout with them: the header's title sits at the right, its
    // collapse button at the left.
    const layout = await page.evaluate(() => {
      const shadow = document.querySelector('quickfreeze-guide')!.shadowRoot!;
      const title = shadow.querySelector('header h2')!.getBoundingClientRect();
      const collapse = shadow.querySelector('header .collapse')!.getBoundingClientRect();
      return { footnote: shadow.querySelector('.footnote')?.textContent ?? '', titleRight: title.right, collapseRight: collapse.right };
    });
    expect(layout.footnote).toContain('\u202E');
    expect(layout.collapseRight).toBeLessThan(layout.titleRight);
    await page.close();
  });
});
