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
});
