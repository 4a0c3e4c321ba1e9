// The demo's taught page (issue 10): a Zoom emergency form the heuristics misread is taught through the guide's
// "Fix recognition" panel with trusted mouse and keyboard input, as an investigator would; the emergency checks then
// run on the taught field, also after a reload, and the options list what was taught. Any step that does not
// happen throws DemoStepFailed.
import { DemoStepFailed, SLOW_MACHINE_MS, chooseByKeyboard, chosenOption, inGuide, readGuide, waitForFindings, waitForGuide } from './demo-guide.mjs';

export const TAUGHT_FIXTURE = 'zoom-taught-additional-info';
const NARRATIVE = '#zf-2745';
const NARRATIVE_LABEL = 'Additional information';
const THIN_NARRATIVE = 'Please send everything you have, urgently.';
const EMERGENCY_RULES = ['emergency/harm', 'emergency/imminence', 'emergency/timeframe', 'emergency/nexus', 'emergency/person-at-risk'];
/** Findings are due within 1 s of typing: waiting this long and seeing none means the checks do not run. */
const QUIET_MS = 2500;

const emergencyOnly = (findings) => findings.filter((f) => f.startsWith('emergency/'));
const fieldsText = (fields) => fields.map((f) => `${f.role} (“${f.label}”)`).join(', ') || 'none';

/** Run the taught-page demo on `fixture` in a fresh-profile `browser`; screenshots go to `out`. */
export async function demoTaughtPage(browser, fixture, out) {
  const say = (line) => console.log(line);
  const page = await browser.context.newPage();
  try {
    say(`\nTaught page: ${fixture.url}`);
    await page.goto(fixture.url);
    await waitForGuide(page, { provider: 'zoom', page: 'other' });
    const before = await readGuide(page);
    if (before.fields.some((f) => f.role === 'emergency-description')) throw new DemoStepFailed('the heuristics already read the narrative: nothing to teach');
    say(`  as QuickFreeze reads it: page ${before.page}; fields ${fieldsText(before.fields)}; “${NARRATIVE_LABEL}” has no role`);
    await page.fill(NARRATIVE, THIN_NARRATIVE);
    await page.waitForTimeout(QUIET_MS);
    await waitForFindings(page, (fs) => emergencyOnly(fs).length === 0, 'no emergency findings before teaching', 1000);
    say(`  typed a thin narrative into “${NARRATIVE_LABEL}”: no emergency findings (the checks do not know the field)`);
    await page.screenshot({ path: `${out}/taught-1-misread.png` });

    await teachThroughTheGuide(page, say);
    await page.screenshot({ path: `${out}/taught-2-taught.png` });
    await showChecksRun(page, say, 'after teaching');

    await page.reload();
    await waitForGuide(page, { provider: 'zoom', page: 'emergency' });
    const after = await readGuide(page);
    if (!after.fields.some((f) => f.role === 'emergency-description' && f.label.startsWith(NARRATIVE_LABEL))) {
      throw new DemoStepFailed(`after a reload the guide lost the taught field: ${fieldsText(after.fields)}`);
    }
    say(`  after a reload: page ${after.page}; fields ${fieldsText(after.fields)}`);
    await showChecksRun(page, say, 'after the reload');
    await page.screenshot({ path: `${out}/taught-3-after-reload.png` });

    await showOptionsList(browser, out, say);
  } finally {
    await page.close();
  }
}

/** Page kind by the keyboard list; the narrative picked in the page with the mouse; its role by the keyboard. */
async function teachThroughTheGuide(page, say) {
  await inGuide(page, '[data-action=teach-open]').click();
  await inGuide(page, 'select[data-teach=page-kind]').waitFor({ timeout: SLOW_MACHINE_MS });
  const kind = await chooseByKeyboard(page, 'page-kind', 'Emergency');
  await inGuide(page, '[data-action=teach-page-kind]').click();
  await waitForGuide(page, { provider: 'zoom', page: 'emergency' });
  say(`  taught with the keyboard: this page is “${kind}” -> data-page emergency`);

  await inGuide(page, '[data-action=pick-field]').click();
  await page.hover(NARRATIVE);
  await inGuide(page, '[data-pick-highlight]').waitFor({ timeout: SLOW_MACHINE_MS });
  await page.click(NARRATIVE);
  const picked = await chosenOption(page, 'field');
  if (!picked.startsWith(NARRATIVE_LABEL)) throw new DemoStepFailed(`picking ${NARRATIVE} with the mouse chose “${picked}”`);
  const role = await chooseByKeyboard(page, 'role', 'is the emergency');
  await inGuide(page, '[data-action=teach-field]').click();
  await inGuide(page, '[data-taught-item="field:0"]').waitFor({ timeout: SLOW_MACHINE_MS });
  say(`  taught with the mouse: picked “${picked}” in the page, chose “${role}”`);
  const items = await inGuide(page, '[data-taught-item]').allTextContents();
  const itemText = (t) => t.replace(/\s*Undo$/, '').replace(/\s*taught by you$/, ' (taught by you)').trim();
  say(`  the guide shows: ${items.map(itemText).join(' | ')}`);
}

/** Type the thin narrative again and wait for all five emergency findings on the taught field. */
async function showChecksRun(page, say, when) {
  await page.fill(NARRATIVE, '');
  await page.fill(NARRATIVE, THIN_NARRATIVE);
  const shown = await waitForFindings(
    page,
    (fs) => EMERGENCY_RULES.every((rule) => fs.some((f) => f.startsWith(`${rule} `))),
    `the five emergency findings on the taught field ${when}`,
  );
  say(`  ${when}, the emergency checks run on “${NARRATIVE_LABEL}”: ${emergencyOnly(shown).join(', ')}`);
}

/** The options page lists the taught portal page with what was taught on it. */
async function showOptionsList(browser, out, say) {
  const options = await browser.context.newPage();
  try {
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const entry = options.locator('[data-section=taught] [data-taught-page^="zoom "]');
    await entry.waitFor({ timeout: SLOW_MACHINE_MS }).catch(() => {
      throw new DemoStepFailed('the options do not list the taught Zoom page');
    });
    const taught = await entry.locator('li').allTextContents();
    // The options show the field's signature, whose label is kept in lower case.
    if (!taught.some((t) => t.toLowerCase().includes(NARRATIVE_LABEL.toLowerCase()))) throw new DemoStepFailed(`the options' taught list lacks the narrative: ${taught.join(' | ')}`);
    await entry.scrollIntoViewIfNeeded();
    await options.screenshot({ path: `${out}/taught-4-options.png` });
    say(`  the options list it: Zoom ${(await entry.getAttribute('data-taught-page')).slice('zoom '.length)}: ${taught.join(' | ')}`);
  } finally {
    await options.close();
  }
}
