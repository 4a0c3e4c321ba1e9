import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { has, lacks, waitForFindings, waitForGuide } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

// Issue 10 part 1: on a page the heuristics misread, the investigator teaches the page kind and the narrative field;
// the emergency checks then run on it, also after a reload. One profile for the file: what is taught persists.
const portal = usePortalBrowser();
const FIXTURE = 'zoom-taught-additional-info';
const NARRATIVE = '#zf-2745';
const EMERGENCY_RULES = ['emergency/harm', 'emergency/imminence', 'emergency/timeframe', 'emergency/nexus', 'emergency/person-at-risk'];
const THIN = 'Please send everything you have, urgently.';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const guide = (page: Page, selector: string) => page.locator(`quickfreeze-guide ${selector}`);

/**
 * Choose an option of a guide list as a person does with the keyboard: focus it and type the option's first words.
 * (Playwright's selectOption makes untrusted events, which the guide ignores like any page script's.)
 */
async function choose(page: Page, list: string, typed: string): Promise<void> {
  const select = guide(page, `select[data-teach=${list}]`);
  await select.focus();
  await page.keyboard.type(typed);
  const chosen = await select.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  expect(chosen.toLowerCase().startsWith(typed.toLowerCase()), `${list}: ${chosen}`).toBe(true);
}

async function openPanel(page: Page): Promise<void> {
  await guide(page, '[data-action=teach-open]').click();
  await guide(page, 'select[data-teach=page-kind]').waitFor({ timeout: 3000 });
}

async function teachEmergencyKind(page: Page): Promise<void> {
  await choose(page, 'page-kind', 'Emergency');
  await guide(page, '[data-action=teach-page-kind]').click();
  await waitForGuide(page, { provider: 'zoom', page: 'emergency' });
}

async function narrativeChecksRun(page: Page): Promise<void> {
  await page.fill(NARRATIVE, THIN);
  await waitForFindings(page, (fs) => EMERGENCY_RULES.every((r) => has(r)(fs)), 'the five emergency findings on the taught narrative');
}

/** The text of the field list's chosen option. */
const chosenField = (page: Page) => guide(page, 'select[data-teach=field]').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

async function resetTaught(page: Page): Promise<void> {
  const reset = guide(page, '[data-action=reset-taught]');
  if (await reset.count()) await reset.click();
  await waitForGuide(page, { provider: 'zoom', page: 'other' });
}

describe('teaching the guide', () => {
  it('the heuristics misread the page: kind other, no narrative, so no emergency checks', async () => {
    const page = await portal.open(FIXTURE);
    await page.fill(NARRATIVE, THIN);
    await page.waitForTimeout(800);
    await waitForFindings(page, (fs) => EMERGENCY_RULES.every((r) => lacks(r)(fs)), 'no emergency findings');
    await page.close();
  });

  it('with the mouse: pick the narrative in the page (highlighted on hover, Escape cancels), checks run, still right after a reload', async () => {
    const page = await portal.open(FIXTURE);
    await openPanel(page);
    await teachEmergencyKind(page);

    // Escape cancels picking: a click afterwards reaches the page and picks nothing.
    await guide(page, '[data-action=pick-field]').click();
    await page.keyboard.press('Escape');
    await guide(page, '[data-action=pick-field]').waitFor({ timeout: 2000 });
    await page.click('#zf-2746');
    expect(await chosenField(page)).toBe('Choose a field…');

    await guide(page, '[data-action=pick-field]').click();
    await page.hover(NARRATIVE);
    await guide(page, '[data-pick-highlight]').waitFor({ timeout: 2000 });
    await page.click(NARRATIVE);
    expect(await chosenField(page)).toMatch(/^Additional information/);
    expect(await guide(page, '[data-pick-highlight]').count()).toBe(0);
    await choose(page, 'role', 'is the emergency');
    await guide(page, '[data-action=teach-field]').click();
    await guide(page, '[data-taught-item="field:0"]').waitFor({ timeout: 3000 });
    expect(await guide(page, '[data-taught-item]').allTextContents()).toEqual([
      expect.stringContaining('This page is: Emergency disclosure request'),
      expect.stringContaining('“Additional information” is the emergency description'),
    ]);
    await narrativeChecksRun(page);

    await page.reload();
    await waitForGuide(page, { provider: 'zoom', page: 'emergency' });
    await narrativeChecksRun(page);

    await openPanel(page);
    await resetTaught(page);
    await page.close();
  });

  it('with the keyboard: choose the field from the list by its label, teach with Enter; undo takes it back', async () => {
    const page = await portal.open(FIXTURE);
    await openPanel(page);
    await teachEmergencyKind(page);
    await choose(page, 'field', 'Additional information');
    await choose(page, 'role', 'is the emergency');
    await guide(page, '[data-action=teach-field]').focus();
    await page.keyboard.press('Enter');
    await guide(page, '[data-taught-item="field:0"]').waitFor({ timeout: 3000 });
    await narrativeChecksRun(page);

    await guide(page, '[data-taught-item="field:0"] [data-action=undo-taught]').focus();
    await page.keyboard.press('Enter');
    await waitForFindings(page, (fs) => EMERGENCY_RULES.every((r) => lacks(r)(fs)), 'emergency findings gone with the teaching');
    await resetTaught(page);
    await page.close();
  });

  it('picks a field inside a same-origin frame, highlighted where it is on screen', async () => {
    const page = await portal.open('apple-framed-emergency');
    await openPanel(page);
    const field = page.frameLocator('#workspace').locator('#ctl00_Main_txtCallback');
    await guide(page, '[data-action=pick-field]').click();
    await field.hover();
    await guide(page, '[data-pick-highlight]').waitFor({ timeout: 2000 });
    const [box, highlight] = await Promise.all([field.boundingBox(), guide(page, '[data-pick-highlight]').boundingBox()]);
    expect(Math.abs(box!.x - highlight!.x)).toBeLessThan(8);
    expect(Math.abs(box!.y - highlight!.y)).toBeLessThan(8);
    await field.click();
    expect(await chosenField(page)).toMatch(/^Your call-back number/);
    await page.close();
  });

  it('copies a shape report of the taught page: kind and role marked taught, no typed value, nothing sent', async () => {
    const page = await portal.open(FIXTURE);
    await portal.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://lers.zoom.us' });
    await openPanel(page);
    await teachEmergencyKind(page);
    await choose(page, 'field', 'Additional information');
    await choose(page, 'role', 'is the emergency');
    await guide(page, '[data-action=teach-field]').click();
    await guide(page, '[data-taught-item="field:0"]').waitFor({ timeout: 3000 });
    await page.fill('#zf-2743', 'CASE-2026-4417');
    await page.fill(NARRATIVE, 'He threatened jane.doe@example.org at 21:40.');
    await guide(page, '[data-action=copy-shape-report]').click();
    await guide(page, '.teach-status').filter({ hasText: /Shape report copied|clipboard refused/ }).waitFor({ timeout: 3000 });
    const shown = guide(page, '[data-shape-report]');
    const text = (await shown.count()) ? await shown.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
    const report = JSON.parse(text) as { page: { kind: string; taught: boolean }; fields: Array<{ label: string; role: string | null; taught: boolean }> };
    expect(report.page).toMatchObject({ kind: 'emergency', taught: true });
    expect(report.fields.find((f) => f.label === 'Additional information')).toMatchObject({ role: 'emergency-description', taught: true });
    for (const typed of ['4417', 'jane.doe', 'threatened', '21:40']) expect(text).not.toContain(typed);
    expect(portal.browser.unexpectedRequests).toEqual([]);
    await resetTaught(page);
    await page.close();
  });

  it('a page script can neither teach nor pick', async () => {
    const page = await portal.open(FIXTURE);
    await openPanel(page);
    await page.evaluate(() => {
      const root = document.querySelector('quickfreeze-guide')!.shadowRoot!;
      (root.querySelector('select[data-teach=page-kind]') as HTMLSelectElement).value = 'emergency';
      (root.querySelector('[data-action=teach-page-kind]') as HTMLElement).click();
      (root.querySelector('[data-action=pick-field]') as HTMLElement).click();
    });
    await page.waitForTimeout(800);
    expect(await page.locator('quickfreeze-guide').getAttribute('data-page')).toBe('other');
    expect(await guide(page, '[data-action=cancel-pick]').count()).toBe(0);
    expect(await guide(page, '[data-taught-item]').count()).toBe(0);

    // While the investigator picks, a click the page makes on a field picks nothing.
    await guide(page, '[data-action=pick-field]').click();
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).click(), NARRATIVE);
    await page.waitForTimeout(300);
    expect(await chosenField(page)).toBe('Choose a field…');
    expect(await guide(page, '[data-taught-item]').count()).toBe(0);
    await page.close();
  });

  it('the open "Fix recognition" panel, with taught items, has no serious or critical accessibility violation', async () => {
    const page = await portal.open(FIXTURE);
    await openPanel(page);
    await teachEmergencyKind(page);
    await guide(page, '[data-taught-item="page-kind"]').waitFor({ timeout: 3000 });
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run({ include: [['quickfreeze-guide']] } as never, { resultTypes: ['violations'] });
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);
    await resetTaught(page);
    await page.close();
  });
});
