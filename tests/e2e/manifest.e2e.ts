import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/browser.mjs';
import { portalMatchPatterns } from '../../providers/match-patterns';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

describe('built manifest: least privilege', () => {
  it('host permissions are exactly the registry’s portal patterns, and no script is declared for any page', () => {
    expect([...manifest.host_permissions].sort()).toEqual(portalMatchPatterns());
    // The guide is injected after load by the background, only into portal pages (inject-guide.ts).
    expect(manifest.content_scripts ?? []).toEqual([]);
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
