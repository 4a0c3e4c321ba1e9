// `npm run bench`: QuickFreeze's speed, measured in real Chromium. Every figure is a ratio against a baseline
// taken in the same run (these machines are noisy); absolute milliseconds are printed beside it for reference.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchWithExtension } from './lib/browser.mjs';
import { backupWithRecords } from './lib/seed.mjs';

const OUT = 'bench-output';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_REGISTER_SIZES ?? '100,10000').split(',').map(Number);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeIt(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Dashboard open, search, MAR text and export with `count` records in the register. */
async function registerFigures(count) {
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  const dashboardUrl = `chrome-extension://${browser.extensionId}/dashboard.html`;
  await page.goto(dashboardUrl);
  await page.setInputFiles('#import-backup', { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backupWithRecords(count))) });
  await page.waitForFunction((n) => document.querySelectorAll('[data-record]').length > 0 && document.body.innerText.includes(String(n)), count, { timeout: 600_000 });
  const figures = { open: [], search: [], mar: [], export: [] };
  for (let run = 0; run < RUNS; run++) {
    figures.open.push(await timeIt(async () => {
      await page.goto(dashboardUrl);
      await page.locator('[data-record]').first().waitFor({ timeout: 600_000 });
    }));
    const target = `REF-${String(Math.floor(count / 2)).padStart(7, '0')}`;
    figures.search.push(await timeIt(async () => {
      await page.fill('#filter-query', target);
      await page.waitForFunction((ref) => {
        const rows = document.querySelectorAll('[data-record]');
        return rows.length === 1 && rows[0].getAttribute('data-reference') === ref;
      }, target, { timeout: 600_000 });
    }));
    figures.mar.push(await timeIt(async () => {
      await page.fill('#filter-query', '');
      await page.waitForFunction((n) => (document.querySelector('[data-mar-text]')?.textContent ?? '').includes(`(${n} preservations)`), count, { timeout: 600_000 });
    }));
    figures.export.push(await timeIt(async () => {
      const download = page.waitForEvent('download', { timeout: 600_000 });
      await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
      await (await download).path();
    }));
  }
  const unexpected = browser.unexpectedRequests.length;
  await browser.close();
  return { count, unexpected, ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, median(v)])) };
}

const results = { when: new Date().toISOString(), runs: RUNS, register: [] };
for (const size of SIZES) {
  console.log(`register with ${size} records...`);
  results.register.push(await registerFigures(size));
}

const base = results.register[0];
const lines = [`# QuickFreeze benchmark (${results.when}, median of ${RUNS} runs)`, '', `## Register (ratios against ${base.count} records)`, '', '| records | dashboard open | search | MAR text | export JSON |', '| --- | --- | --- | --- | --- |'];
for (const r of results.register) {
  const cell = (k) => `${(r[k] / base[k]).toFixed(2)}× (${r[k].toFixed(0)} ms)`;
  lines.push(`| ${r.count} | ${cell('open')} | ${cell('search')} | ${cell('mar')} | ${cell('export')} |`);
}
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/results.json`, JSON.stringify(results, null, 2));
writeFileSync(`${OUT}/results.md`, `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n\nWritten to ${OUT}/results.md`);
if (results.register.some((r) => r.unexpected)) {
  console.error('The extension made network requests during the benchmark.');
  process.exit(1);
}
