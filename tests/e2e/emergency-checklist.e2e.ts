import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { has, lacks, shownFindings, waitForFindings, type ShownFinding } from './support/guide';
import { usePortalBrowser } from './support/portal-browser';

// Issue 13: guidance before warnings. An empty or begun description shows the five emergency elements as one
// checklist of notes; a real attempt (a full sentence, or leaving the field with text) turns the missing ones into
// warnings; the elements found are listed with the investigator's own words.
const portal = usePortalBrowser();

const FIELD = '#tt-3';
const EMERGENCY_RULES = ['emergency/harm', 'emergency/imminence', 'emergency/timeframe', 'emergency/nexus', 'emergency/person-at-risk'];
const MISSING_IMMINENCE =
  'At 21:40 UTC on 1 Nov 2026 the account holder sent a message threatening to kill his ex-partner J.D. (34). ' +
  'We need the subscriber details and recent IP addresses of the account to identify and locate him.';

const SALES =
  "This is an investigation into the sale of counterfeit trainers. The seller advertised 'killer prices' and said the " +
  "stock would 'blow up' this Black Friday weekend. We ask for subscriber details of the account for our prosecution " +
  'file. No person is at risk.';

const emergencyOnly = (fs: ShownFinding[]) => fs.filter((f) => EMERGENCY_RULES.includes(f.rule));
const allFive = (severity: string) => (fs: ShownFinding[]) => EMERGENCY_RULES.every((r) => has(r, severity)(fs)) && emergencyOnly(fs).length === 5;

/** Text of the guide's parts matching `selector`, inside its shadow root. */
function guideTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) => Array.from(document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelectorAll(sel) ?? []).map((el) => el.textContent ?? ''),
    selector,
  );
}

describe('emergency checklist before warnings', () => {
  it('an empty description: the five elements as one checklist of notes', async () => {
    const page = await portal.open('tiktok-emergency');
    await waitForFindings(page, allFive('info'), 'five info findings');
    expect(await guideTexts(page, '.checklist[data-checklist="to-write"]')).toHaveLength(1);
    const inChecklist = await page.evaluate(
      () => document.querySelector('quickfreeze-guide')!.shadowRoot!.querySelectorAll('.checklist [data-rule^="emergency/"][data-severity="info"]').length,
    );
    expect(inChecklist).toBe(5);
    await page.close();
  });

  it('a full narrative missing imminence: that warning only, and the words understood for the others', async () => {
    const page = await portal.open('tiktok-emergency');
    await page.fill(FIELD, MISSING_IMMINENCE);
    await waitForFindings(
      page,
      (fs) => has('emergency/imminence', 'warning')(fs) && emergencyOnly(fs).length === 1,
      'imminence warning, the others gone',
    );
    const understood = await guideTexts(page, '[data-understood="emergency/harm"]');
    expect(understood).toHaveLength(1);
    expect(understood[0]).toMatch(/Danger: “[^”]*kill[^”]*”/);
    expect((await guideTexts(page, '[data-understood="emergency/nexus"]'))[0]).toContain('subscriber details');
    await page.close();
  });

  it('a one-liner stays a checklist while typed, and escalates to warnings when the investigator leaves the field', async () => {
    const page = await portal.open('tiktok-emergency');
    await page.click(FIELD);
    await page.keyboard.type('Threat to kill');
    await waitForFindings(page, (fs) => lacks('emergency/harm')(fs) && has('emergency/nexus', 'info')(fs), 'still notes while typing');
    expect(emergencyOnly(await shownFindings(page)).every((f) => f.severity === 'info')).toBe(true);
    await page.keyboard.press('Tab');
    await waitForFindings(page, (fs) => has('emergency/nexus', 'warning')(fs) && emergencyOnly(fs).every((f) => f.severity === 'warning'), 'warnings once left');
    expect((await guideTexts(page, '[data-understood="emergency/harm"]'))[0]).toContain('kill');
    await page.close();
  });

  it('a focus change made by the page script does not escalate', async () => {
    const page = await portal.open('tiktok-emergency');
    await page.click(FIELD);
    await page.keyboard.type('Threat to kill');
    await waitForFindings(page, (fs) => lacks('emergency/harm')(fs) && has('emergency/nexus', 'info')(fs), 'notes while typing');
    // Long after the investigator's last key press, the page moves the focus itself (Chromium marks that focusout trusted).
    await page.waitForTimeout(2500);
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).blur(), FIELD);
    await page.waitForTimeout(1200);
    expect(emergencyOnly(await shownFindings(page)).every((f) => f.severity === 'info')).toBe(true);
    await page.close();
  });

  it('the suggested structure asks only for what is missing, and is inserted only on a click', async () => {
    const page = await portal.open('tiktok-emergency');
    await page.fill(FIELD, MISSING_IMMINENCE);
    const insert = page.locator('quickfreeze-guide [data-action=insert-suggested-structure]');
    await waitForFindings(page, (fs) => emergencyOnly(fs).length === 1, 'the narrative checked');
    // What the text says (danger, person, time, data) is left to the text: only the missing element is asked for.
    await expect.poll(async () => (await guideTexts(page, '.suggestion pre'))[0] ?? '').toMatch(/^Why it cannot wait: \[/);
    const suggestion = (await guideTexts(page, '.suggestion pre'))[0]!;
    for (const stated of ['Nature of the emergency', 'Person at risk', 'Timeframe', 'How the data will help']) expect(suggestion).not.toContain(stated);
    expect(await page.$eval(FIELD, (el) => (el as HTMLElement).innerText.trim())).toBe(MISSING_IMMINENCE);
    await insert.click();
    await expect.poll(() => page.$eval(FIELD, (el) => (el as HTMLElement).innerText)).toContain('Why it cannot wait: [');
    await page.close();
  });

  it('a long narrative is also read by the narrative model: what it finds is quoted, what it denies is asked for', async () => {
    // A dispatch log whose person at risk the phrase rules miss (tests/rules/emergency/lib/model-override.test.ts).
    const log = (JSON.parse(readFileSync('tests/fixtures/narratives/holdout-15.json', 'utf8')) as { id: string; text: string }[]).find(
      (e) => e.id === 'cad-knife-all-content-36',
    )!.text;
    const page = await portal.open('tiktok-emergency');
    await page.fill(FIELD, log);
    await page.locator(FIELD).blur();
    await waitForFindings(page, (fs) => lacks('emergency/person-at-risk')(fs) && lacks('emergency/harm')(fs), 'the person understood');
    expect((await guideTexts(page, '[data-understood="emergency/person-at-risk"]'))[0]).toContain('KITCHEN KNIFE');
    // Figurative words in a sales case: the rules read a danger in "blow up", the model denies it with confidence.
    await page.fill(FIELD, SALES);
    await waitForFindings(page, (fs) => has('emergency/harm', 'warning')(fs) && has('emergency/imminence', 'warning')(fs), 'no danger taken as stated');
    expect(await guideTexts(page, '[data-understood="emergency/harm"]')).toEqual([]);
    await page.close();
  });

  it('no network request from the extension', () => {
    expect(portal.browser.unexpectedRequests).toEqual([]);
  });
});
