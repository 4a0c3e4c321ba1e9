import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** Firefox at FIREFOX_PATH or a usual install path; throws a clear message when there is none. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but nothing is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Firefox found. The Firefox end-to-end tests need a real Firefox (ESR 128 or later): install it (Debian: ' +
      '`apt-get install -y firefox-esr`) or set FIREFOX_PATH. Tried: ' + CANDIDATES.join(', '),
  );
}
