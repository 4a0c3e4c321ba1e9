import { describe, expect, it } from 'vitest';
import { portalMatchPatterns } from '../../providers/match-patterns';
import { providers } from '../../providers/registry';

/** A WebExtension match pattern as the browser reads it (scheme, host, path with * wildcards). */
function patternMatches(pattern: string, url: string): boolean {
  const m = /^(https):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad pattern ${pattern}`);
  const u = new URL(url);
  const path = `${u.pathname}${u.search}`;
  const pathRe = new RegExp(`^${m[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return u.protocol === `${m[1]}:` && u.hostname === m[2] && pathRe.test(path);
}

describe('manifest match patterns come from the registry', () => {
  const patterns = portalMatchPatterns();

  it('are https, host-specific and never wildcard hosts', () => {
    for (const p of patterns) {
      expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      expect(p).not.toMatch(/\*\./);
      expect(p).not.toContain('<all_urls>');
    }
  });

  it('cover every example URL of every provider', () => {
    for (const provider of providers) {
      for (const url of provider.exampleUrls) expect(patterns.some((p) => patternMatches(p, url)), url).toBe(true);
    }
  });

  it('do not cover the public sites that share a host with a portal', () => {
    for (const url of ['https://www.facebook.com/', 'https://www.facebook.com/recordsmusic', 'https://www.airbnb.com/rooms/1']) {
      expect(patterns.some((p) => patternMatches(p, url)), url).toBe(false);
    }
  });
});
