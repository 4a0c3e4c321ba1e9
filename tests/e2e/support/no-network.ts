import { afterEach, expect } from 'vitest';
import { openBrowsers } from '../../../scripts/lib/browser.mjs';

// After every end-to-end test: the extension made no network request, in any browser the test has open.
afterEach(() => {
  for (const browser of openBrowsers) expect(browser.unexpectedRequests, 'network requests made during this test').toEqual([]);
});
