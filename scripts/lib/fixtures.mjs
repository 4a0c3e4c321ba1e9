import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/portals');
/** Portal pages written blind and measured as a whole (tests/fixtures/portals-blind/README.md). */
export const BLIND_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/portals-blind');
/** Portal pages written blind and never tuned on: measured in aggregate only (tests/fixtures/portals-held-out/README.md). */
export const HELD_OUT_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/portals-held-out');

/** Every portal fixture: its expectations (the .json) with the page's HTML. */
export function loadFixtures(dir = FIXTURE_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      const spec = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      return { name, ...spec, html: readFileSync(join(dir, `${name}.html`), 'utf8') };
    });
}

/** The URL a fixture answers to: without the hash, which never reaches a server. */
export function fixtureKey(url) {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
