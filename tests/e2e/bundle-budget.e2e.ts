import { describe, expect, it } from 'vitest';
import { bundleSizes, CONTENT_SCRIPT_BUDGET } from '../../scripts/lib/bundles.mjs';

describe('bundle budget', () => {
  it('the in-page guide script stays within its budget (see scripts/lib/bundles.mjs for why)', () => {
    const portal = bundleSizes().find((b) => b.file === 'guide.js');
    expect(portal, 'guide.js is built').toBeDefined();
    expect(portal!.raw).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET.raw);
    expect(portal!.gzip).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET.gzip);
  });

  it('the guide script does not bundle the background’s heavy parsers', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync('.output/chrome-mv3/guide.js', 'utf8');
    // Strings that only these modules carry: the narrative analysis, libphonenumber's metadata, ipaddr.js, IndexedDB.
    for (const marker of ['paracetamol', 'country_calling_codes', 'isValidFourPartDecimal', 'indexedDB']) expect(source, marker).not.toContain(marker);
  });

  it('the guide script holds no Zod and no recognition panel: those are teach.js, loaded on demand', async () => {
    const { readFileSync } = await import('node:fs');
    const guide = readFileSync('.output/chrome-mv3/guide.js', 'utf8');
    const teach = readFileSync('.output/chrome-mv3/teach.js', 'utf8');
    // Zod's error class, the shape report's format name, the panel's controls: one marker from each part moved.
    for (const marker of ['ZodError', 'quickfreeze-shape-report', 'data-teach']) {
      expect(guide, marker).not.toContain(marker);
      expect(teach, marker).toContain(marker);
    }
  });
});
