// The demo's languages (issue 14): the register with its timeline, the first-run page and the guide on a portal page
// in English, German, French and Spanish, in light and dark colours; each page screenshotted and checked with axe.
// The language is set in the extension's settings storage, as the options page does.
import { axeScan, axeScanGuide } from './demo-axe.mjs';
import { DemoStepFailed, SLOW_MACHINE_MS } from './demo-guide.mjs';

export const LANGUAGE_FIXTURE = 'tiktok-emergency';
/** The emergency description on that fixture, and a narrative thin enough that the checks speak. */
const NARRATIVE = '#tt-3';
const THIN_NARRATIVE = 'help';
const LANGUAGES = ['en', 'de', 'fr', 'es'];
const SCHEMES = ['light', 'dark'];

/** Merge `language` into the stored settings from an extension page (the options page's own storage area). */
async function chooseLanguage(browser, language) {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.evaluate(async (value) => {
      const stored = (await chrome.storage.local.get('settings')).settings ?? {};
      await chrome.storage.local.set({ settings: { ...stored, language: value } });
    }, language);
  } finally {
    await page.close();
  }
}

/** Open `url` in `scheme` colours and wait until the page speaks `language` (its <html lang>) and shows `ready`. */
async function openIn(browser, url, scheme, language, ready) {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  await page.waitForSelector(ready, { state: 'attached', timeout: SLOW_MACHINE_MS }).catch(() => {
    throw new DemoStepFailed(`${url} (${language}, ${scheme}): ${ready} not shown`);
  });
  if (url.startsWith('chrome-extension://')) {
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language, { timeout: SLOW_MACHINE_MS }).catch(() => {
      throw new DemoStepFailed(`${url}: the page did not switch to ${language}`);
    });
  }
  return page;
}

async function guideInLanguage(browser, fixture, scheme, language) {
  const page = await openIn(browser, fixture.url, scheme, language, 'quickfreeze-guide[data-page]');
  if (await page.locator('quickfreeze-guide button.tab').count()) await page.locator('quickfreeze-guide button.tab').evaluate((b) => b.click());
  await page.fill(NARRATIVE, THIN_NARRATIVE);
  await page.waitForSelector('quickfreeze-guide [data-rule="emergency/person-at-risk"]', { state: 'attached', timeout: SLOW_MACHINE_MS }).catch(() => {
    throw new DemoStepFailed(`the guide on ${fixture.url} (${language}) showed no emergency finding`);
  });
  return page;
}

/** Every language in both colour schemes; throws on the serious or critical axe violations, listing them. */
export async function demoLanguages(browser, fixture, out) {
  const extensionPage = (name) => `chrome-extension://${browser.extensionId}/${name}`;
  const failing = [];
  console.log('\nLanguages: the register (timeline), the first-run page and the guide, light and dark, with axe-core');
  for (const language of LANGUAGES) {
    await chooseLanguage(browser, language);
    for (const scheme of SCHEMES) {
      const shots = [
        ['dashboard', () => openIn(browser, extensionPage('dashboard.html'), scheme, language, '[data-timeline]'), (page, what) => axeScan(page, what)],
        ['first-run', () => openIn(browser, extensionPage('welcome.html'), scheme, language, 'main[data-welcome]'), (page, what) => axeScan(page, what)],
        ['guide', () => guideInLanguage(browser, fixture, scheme, language), (page, what) => axeScanGuide(page, what)],
      ];
      for (const [name, open, scan] of shots) {
        const page = await open();
        const file = `lang-${language}-${scheme}-${name}.png`;
        await page.screenshot({ path: `${out}/${file}`, fullPage: name !== 'guide' });
        failing.push(...(await scan(page, `${name} ${language} ${scheme}`)));
        await page.close();
      }
    }
  }
  await chooseLanguage(browser, 'browser');
  if (failing.length) throw new DemoStepFailed(`axe-core found serious or critical violations:\n${failing.join('\n')}`);
  console.log(`  ${LANGUAGES.length * SCHEMES.length * 3} screenshots (lang-<language>-<scheme>-<page>.png), no serious or critical violation`);
}
