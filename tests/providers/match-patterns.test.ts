import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_WIDTH, TAB_WIDTH } from '../../components/guide-styles';
import { guideSpacePatterns, portalMatchPatterns } from '../../providers/match-patterns';
import { providerForUrl, providers } from '../../providers/registry';

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

describe('where the guide’s width is reserved before the page’s first layout', () => {
  const covers = (patterns: { matches: string[]; excludeMatches: string[] }, url: string) =>
    patterns.matches.some((p) => patternMatches(p, url)) && !patterns.excludeMatches.some((p) => patternMatches(p, url));

  it('covers every example URL of every provider while none is turned off', () => {
    const all = guideSpacePatterns(providers, []);
    expect(all.excludeMatches).toEqual([]);
    for (const provider of providers) for (const url of provider.exampleUrls) expect(covers(all, url), url).toBe(true);
  });

  it('leaves out exactly the portals of a turned-off provider', () => {
    const noGoogle = guideSpacePatterns(providers, ['google']);
    for (const provider of providers) {
      for (const url of provider.exampleUrls) expect(covers(noGoogle, url), url).toBe(providerForUrl(url)?.id !== 'google');
    }
  });

  it('cuts a turned-off Kodex tenant out of the Kodex host, and keeps a tenant whose provider stays on', () => {
    const noDiscord = guideSpacePatterns(providers, ['discord']);
    expect(covers(noDiscord, 'https://app.kodexglobal.com/discord/signin')).toBe(false);
    expect(covers(noDiscord, 'https://app.kodexglobal.com/some-unknown-tenant/requests')).toBe(true);
    const noKodex = guideSpacePatterns(providers, ['kodex']);
    expect(covers(noKodex, 'https://app.kodexglobal.com/discord/signin')).toBe(true);
    expect(covers(noKodex, 'https://app.kodexglobal.com/some-unknown-tenant/requests')).toBe(false);
  });

  it('never covers the public sites that share a host with a portal', () => {
    const all = guideSpacePatterns(providers, []);
    for (const url of ['https://www.facebook.com/', 'https://www.facebook.com/recordsmusic', 'https://www.airbnb.com/rooms/1']) expect(covers(all, url), url).toBe(false);
  });

  it('reserves the guide’s and the tab’s own widths', () => {
    const width = (file: string) => /margin-right:\s*(\d+)px/.exec(readFileSync(join(__dirname, '../../public', file), 'utf8'))?.[1];
    expect(width('guide-space.css')).toBe(String(GUIDE_WIDTH));
    expect(width('guide-space-collapsed.css')).toBe(String(TAB_WIDTH));
  });
});
