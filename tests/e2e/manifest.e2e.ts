import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/browser.mjs';
import { portalMatchPatterns } from '../../providers/match-patterns';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

describe('built manifest: least privilege', () => {
  it('host permissions and content-script matches are exactly the registry’s portal patterns', () => {
    const patterns = portalMatchPatterns();
    expect([...manifest.host_permissions].sort()).toEqual(patterns);
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual(patterns);
  });

  it('asks for no permission beyond what the features use', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('keeps the default strict extension CSP (no remote code, no eval)', () => {
    const csp = manifest.content_security_policy?.extension_pages;
    if (csp !== undefined) expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });
});
