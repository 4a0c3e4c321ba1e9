// Run before `npm test` and `npm run demo`: on a fresh clone, install the locked dependencies first, so each
// README command works as the very first command. Only Node's own modules here: nothing else is installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

const REQUIRED = ['node_modules/.bin/wxt', 'node_modules/.bin/vitest', 'node_modules/playwright-core/package.json', 'node_modules/preact/package.json'];
const LOCK = 'package-lock.json';
const INSTALLED_LOCK = 'node_modules/.package-lock.json';

/** Missing packages, or a lock file newer than the last install: install again from the lock file. */
function needsInstall() {
  if (REQUIRED.some((path) => !existsSync(path)) || !existsSync(INSTALLED_LOCK)) return true;
  return statSync(LOCK).mtimeMs > statSync(INSTALLED_LOCK).mtimeMs && lockedVersionsDiffer();
}

function lockedVersionsDiffer() {
  const wanted = JSON.parse(readFileSync(LOCK, 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(INSTALLED_LOCK, 'utf8')).packages ?? {};
  return Object.entries(wanted).some(([path, entry]) => path !== '' && !entry.optional && have[path]?.version !== entry.version);
}

if (needsInstall()) {
  console.log('Installing the locked dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('npm ci failed: the dependencies could not be installed (the npm registry must be reachable).');
    process.exit(result.status ?? 1);
  }
}
