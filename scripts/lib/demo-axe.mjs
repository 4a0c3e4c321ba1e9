// axe-core over a demo page, as tests/e2e/accessibility.e2e.ts runs it: printed, and serious or critical violations
// returned so the demo can fail on them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
const FAILING = new Set(['serious', 'critical']);

/**
 * axe-core into the page's main world. A portal page takes the script tag; an extension page's CSP refuses inline
 * script, and there the source is evaluated over the DevTools protocol instead, which CSP does not govern.
 */
async function injectAxe(page) {
  const present = () => page.evaluate(() => typeof window.axe === 'object');
  if (await present()) return;
  await page.addScriptTag({ path: AXE_PATH }).catch(() => undefined);
  if (!(await present())) await page.evaluate(AXE_SOURCE);
  if (!(await present())) throw new Error(`axe-core could not be injected into ${page.url()}`);
}

/** Run axe over the page (or `include`: lists of host, then selectors in its shadow root); print; return the failing. */
export async function axeScan(page, what, include = null) {
  await injectAxe(page);
  const violations = await page.evaluate(async (context) => {
    const results = await window.axe.run(context ?? document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include && { include });
  const count = violations.reduce((n, v) => n + v.targets.length, 0);
  const failing = violations.filter((v) => FAILING.has(v.impact));
  console.log(`  axe: ${what}: ${count} violation(s)${failing.length ? `, ${failing.length} serious or critical` : ''}`);
  for (const v of violations) console.log(`    ${v.id} [${v.impact}] ${v.help}: ${v.targets.join(' ')}`);
  return failing.map((v) => `${what}: ${v.id} [${v.impact}] ${v.targets.join(' ')}`);
}

/**
 * axe over the in-page guide. QuickFreeze's elements hang on <html>, and axe looks for the background of text only
 * among the elements of <body>: for the scan they are moved to the end of <body> (fixed, all styles reset, so they
 * look the same there) and put back afterwards; the window is made as tall as the guide, so nothing is scrolled away.
 */
export async function axeScanGuide(page, what) {
  const include = [['quickfreeze-guide']];
  if (await page.locator('quickfreeze-badge').count()) include.push(['quickfreeze-badge']);
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.querySelector('quickfreeze-guide')?.shadowRoot?.querySelector('.panel')?.scrollHeight ?? 0);
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height: height + 40 });
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('quickfreeze-guide, quickfreeze-badge'))) document.body.append(el);
  });
  try {
    return await axeScan(page, what, include);
  } finally {
    await page.evaluate(() => {
      for (const el of Array.from(document.body.querySelectorAll(':scope > quickfreeze-guide, :scope > quickfreeze-badge'))) document.documentElement.append(el);
    });
    if (viewport) await page.setViewportSize(viewport);
  }
}
