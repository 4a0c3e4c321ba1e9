// `npm test`: typecheck, lint, unit tests, build, end-to-end tests in real Chromium and in Firefox ESR.
// Ends with one line `N passed, N failed`, summed over every check and test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './lib/chromium.mjs';
import { findFirefox } from './lib/firefox.mjs';

const REPORT_DIR = 'test-results';
rmSync(REPORT_DIR, { recursive: true, force: true });
mkdirSync(REPORT_DIR, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
/** Each failed test's file, name and first message line: CI keeps only the tail of a long log, so they are repeated there. */
const failedTests = [];

function run(title, command, args) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  // CI has a time limit: each step's time shows where a run's time went.
  console.log(`=== ${title}: ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status === 0;
}

/** A step that is one check (typecheck, lint, build). */
function check(title, command, args) {
  if (run(title, command, args)) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

/** A vitest run: counts its tests from the JSON report; a run that reports nothing counts as one failure. */
function vitest(title, args) {
  const report = `${REPORT_DIR}/${title}.json`;
  const ok = run(title, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${title} (no report)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numTotalTests === 0 || (!ok && json.numFailedTests === 0)) {
    failed++;
    failures.push(`${title} (suite error)`);
  } else if (json.numFailedTests > 0) failures.push(`${title} (${json.numFailedTests} failed)`);
  for (const file of json.testResults ?? []) {
    const where = file.name.replace(`${process.cwd()}/`, '');
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed')) {
      failedTests.push(`${title}: ${where}: ${firstLine(file.message)}`);
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failedTests.push(`${title}: ${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
}

function firstLine(message) {
  return String(message ?? '').split('\n')[0].slice(0, 300);
}

/** An end-to-end suite in a real browser: a missing browser fails the run loudly, it never skips. */
function e2e(title, browserName, findBrowser, config) {
  let path;
  try {
    path = findBrowser();
  } catch (error) {
    console.error(`\n!!! ${browserName} end-to-end tests cannot run: ${error.message}`);
    failed++;
    failures.push(`${title} (no ${browserName})`);
    return;
  }
  console.log(`\n${browserName}: ${path}`);
  vitest(title, ['--config', config]);
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
vitest('unit', []);
check('build:firefox + web-ext lint', 'npm', ['run', '--silent', 'lint:firefox']);
check('build', 'npx', ['wxt', 'build']);

e2e('e2e', 'Chromium', findChromium, 'vitest.e2e.config.ts');
// The same flows in Firefox ESR, on the Firefox build that `build:firefox + web-ext lint` made above.
e2e('e2e-firefox', 'Firefox', findFirefox, 'vitest.e2e-firefox.config.ts');

if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((line) => `  ${line}`).join('\n')}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
