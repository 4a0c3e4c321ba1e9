import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README and the security model name the files that hold each guarantee in place: a renamed or removed file
 * must take its mention along, or the docs point a reviewer at nothing.
 */
const DOCS = ['README.md', 'docs/security.md'];
const NAMED_PATH = /`([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+\.(?:ts|tsx|mjs|md|json))`/g;
/** What a build, the demo or the benchmark writes: named in the docs, absent from a fresh clone. */
const MADE_BY_RUNS = /^(?:\.output|demo-output|bench-output)\//;

describe('files the docs name', () => {
  for (const doc of DOCS) {
    it(`${doc}: every file named in backticks exists`, () => {
      const named = [...readFileSync(doc, 'utf8').matchAll(NAMED_PATH)].map((m) => m[1]!).filter((path) => !MADE_BY_RUNS.test(path));
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((path) => !existsSync(path))).toEqual([]);
    });
  }

  it('the layout names where recognition reads frames and shadow roots, and the report-to-fixture script', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/\| `recognition\/` \|[^\n]*`page-roots\.ts`[^\n]*shadow roots[^\n]*frames/);
    expect(readme).toMatch(/\| `scripts\/` \|[^\n]*`shape-to-fixture\.mjs`/);
  });

  it('the security model has rows for what is taught and for added portals', () => {
    const security = readFileSync('docs/security.md', 'utf8');
    expect(security).toMatch(/\| What the investigator taught[^\n]*storage\.local[^\n]*no case data|\| What the investigator taught[^\n]*no case data[^\n]*storage\.local/);
    expect(security).toMatch(/\| What the investigator taught[^\n]*its own page[^\n]*trusted events/);
    expect(security).toMatch(/\| Portals the investigator added[^\n]*optional host permission[^\n]*gives it back[^\n]*sender/);
  });
});
