import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Size of each built script, raw and gzip, grouped by what loads it. */
export function bundleSizes(dir = '.output/chrome-mv3') {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js') || name.endsWith('.css') || name.endsWith('.html')) files.push(path);
    }
  };
  walk(dir);
  return files
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: path.slice(dir.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/**
 * The budget of the in-page guide (`guide.js`), the script injected into every portal page the investigator
 * opens. It is parsed, compiled and started on the page's main thread after load, and that start-up's cost grows
 * with the script's size. 30 KB gzip is the target of issue 14 (79 KB raw, 28.9 KB gzip when it was set). What the
 * guide needs rarely stays out of it: heavy parsers (dates, phone numbers, IP addresses) and every schema run in the
 * background, which checks forms and validates answers on the guide's behalf; the "Fix recognition" panel and the
 * shape report are `teach.js`, injected on the investigator's first click on it.
 */
export const CONTENT_SCRIPT_BUDGET = { raw: 88 * 1024, gzip: 30 * 1024 };
