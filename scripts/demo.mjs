// `npm run demo`: build QuickFreeze and run it in Chromium over bundled portal pages served at the real portal
// URLs (request interception: nothing reaches the network). With a display, a window opens for you to use;
// without one (or with --headless), it walks the pages, saves screenshots under demo-output/ and prints
// what it recognized and showed on each page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { launchWithExtension } from './lib/browser.mjs';
import { DemoStepFailed, SLOW_MACHINE_MS } from './lib/demo-guide.mjs';
import { LANGUAGE_FIXTURE, demoLanguages } from './lib/demo-languages.mjs';
import { REGISTER_FIXTURES, demoRegister } from './lib/demo-register.mjs';
import { TAUGHT_FIXTURE, demoTaughtPage } from './lib/demo-taught.mjs';
import { fixtureKey, loadFixtures } from './lib/fixtures.mjs';

const OUT = 'demo-output';
const INDEX_URL = 'https://quickfreeze-demo.invalid/';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY || process.env.CI === 'true';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const fixtures = loadFixtures();
const pages = new Map(fixtures.map((f) => [fixtureKey(f.url), f.html]));
pages.set(INDEX_URL, indexPage(fixtures));
const browser = await launchWithExtension({ pages, headless });

if (!headless) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(INDEX_URL);
  console.log('Chromium is open with QuickFreeze loaded. Pick a demo portal page from the list; close the window to end.');
  await new Promise((resolve) => browser.context.on('close', resolve));
  process.exit(0);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let shown = 0;
for (const fixture of fixtures) {
  const page = await browser.context.newPage();
  await page.goto(fixture.url);
  if (fixture.provider) {
    await page.waitForFunction(() => document.querySelector('quickfreeze-guide')?.getAttribute('data-page'), null, { timeout: SLOW_MACHINE_MS }).catch(() => {});
  } else {
    await page.waitForTimeout(800);
  }
  const seen = await page.evaluate(() => {
    const guide = document.querySelector('quickfreeze-guide');
    if (!guide) return null;
    const root = guide.shadowRoot;
    return {
      provider: guide.getAttribute('data-provider'),
      page: guide.getAttribute('data-page'),
      facts: Array.from(root?.querySelectorAll('[data-fact]') ?? []).map(
        (el) => `${el.getAttribute('data-fact')}${el.getAttribute('data-confidence') ? ` (${el.getAttribute('data-confidence')})` : ' (unknown)'}`,
      ),
      fields: Array.from(root?.querySelectorAll('[data-field-role]') ?? []).map((el) => el.getAttribute('data-field-role')),
    };
  });
  await page.screenshot({ path: `${OUT}/${fixture.name}.png` });
  console.log(`\n${fixture.url}`);
  if (!seen) console.log('  no guide (not a recognized portal page)');
  else {
    shown++;
    console.log(`  provider: ${seen.provider}   page: ${seen.page}`);
    console.log(`  facts shown: ${seen.facts.join(', ')}`);
    console.log(`  fields recognized: ${seen.fields.length ? seen.fields.join(', ') : 'none'}`);
  }
  await page.close();
}
console.log(`\nGuide shown on ${shown} of ${fixtures.length} pages.`);

const byName = new Map(fixtures.map((f) => [f.name, f]));
const fixtureNamed = (name) => {
  const fixture = byName.get(name);
  if (!fixture) throw new DemoStepFailed(`no fixture ${name} in tests/fixtures/portals`);
  return fixture;
};
try {
  await demoRegister(browser, fixtureNamed(REGISTER_FIXTURES.form), fixtureNamed(REGISTER_FIXTURES.confirmation), OUT);
  await demoTaughtPage(browser, fixtureNamed(TAUGHT_FIXTURE), OUT);
  await demoLanguages(browser, fixtureNamed(LANGUAGE_FIXTURE), OUT);
} catch (error) {
  await fail(error);
}
console.log(`\nScreenshots: ${OUT}/`);
if (browser.unexpectedRequests.length) await fail(new DemoStepFailed(`unexpected network requests: ${browser.unexpectedRequests.join(', ')}`));
console.log('Network requests by the extension: none.');
await browser.close();

/** A demo step did not happen: say which, and end non-zero. */
async function fail(error) {
  console.error(`\nDEMO FAILED: ${error instanceof DemoStepFailed ? error.message : (error?.stack ?? error)}`);
  await browser.close().catch(() => {});
  process.exit(1);
}

function indexPage(list) {
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const items = list.map((f) => `<li><a href="${esc(f.url)}">${esc(f.url)}</a> — ${esc(f.description)}</li>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>QuickFreeze demo</title><h1>QuickFreeze demo portal pages</h1><p>Pages are served locally at the real portal addresses; nothing reaches the network.</p><ul>${items}</ul>`;
}
