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

  it('sets a CSP for extension pages that forbids every network connection and any script not its own', () => {
    const csp: string = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
