import { describe, expect, it } from 'vitest';
import { providers } from '../../providers/registry';
import type { Provider, Source } from '../../providers/schema';
import { isOwnOrArchiveOrStatute } from '../../providers/source-hosts';
import { SOURCES } from '../../providers/sources';

interface OfficialCitation {
  where: string;
  source: Source;
}

/** Every source that an official fact (portal, channel or policy fact) leans on as official. */
function officialCitations(provider: Provider): OfficialCitation[] {
  const facts: [string, { confidence: string; sources: Source[] } | null][] = [
    ['portal', provider.portal],
    ...(provider.channels ?? []).map((c, i) => [`channels[${i}]`, c] as [string, typeof c]),
    ...Object.entries(provider.facts),
  ];
  return facts.flatMap(([where, fact]) =>
    fact && fact.confidence === 'official'
      ? fact.sources.filter((s) => s.kind === 'official').map((source) => ({ where: `${provider.id}.${where}`, source }))
      : [],
  );
}

describe('official facts cite the provider itself', () => {
  it.each(providers.map((p) => [p.id, p] as const))('%s: each official fact\'s official sources are its own pages, archives of them, or statutes', (_id, provider) => {
    const foreign = officialCitations(provider).filter((c) => !isOwnOrArchiveOrStatute(c.source.url, provider.ownDomains));
    expect(foreign.map((c) => `${c.where}: ${c.source.url}`)).toEqual([]);
  });

  it('accepts own pages, archives and statutes, and rejects uploads and mirrors', () => {
    const domains = ['snap.com', 'snapchat.com'];
    expect(isOwnOrArchiveOrStatute('https://www.snap.com/en-US/safety/safety-enforcement', domains)).toBe(true);
    expect(isOwnOrArchiveOrStatute('https://less.snapchat.com/', domains)).toBe(true);
    expect(isOwnOrArchiveOrStatute('https://web.archive.org/web/2024/https://www.snap.com/en-US/safety', domains)).toBe(true);
    expect(isOwnOrArchiveOrStatute('https://web.archive.org/web/2024/https://www.pdfdrive.to/snap', domains)).toBe(false);
    expect(isOwnOrArchiveOrStatute('https://github.com/OpenTermsArchive/pga-versions/blob/main/Snap/x.md', domains)).toBe(true);
    expect(isOwnOrArchiveOrStatute('https://www.law.cornell.edu/uscode/text/18/2703', domains)).toBe(true);
    expect(isOwnOrArchiveOrStatute('https://www.pdfdrive.to/dl/snapchat-law-enforcement-guide', domains)).toBe(false);
    expect(isOwnOrArchiveOrStatute('https://snap.com.evil.example/guide', domains)).toBe(false);
    expect(isOwnOrArchiveOrStatute('https://notsnap.com/guide', domains)).toBe(false);
    expect(isOwnOrArchiveOrStatute('https://github.com/someone/snap-guide', domains)).toBe(false);
  });
});

describe('the catalogue calls official only what a provider, an archive or a statute published', () => {
  it('every official catalogue entry is on some provider\'s own domain, an archive of it, or a statute host', () => {
    const allOwnDomains = providers.flatMap((p) => p.ownDomains);
    const foreign = Object.values(SOURCES).filter((s) => s.kind === 'official' && !isOwnOrArchiveOrStatute(s.url, allOwnDomains));
    expect(foreign.map((s) => s.url)).toEqual([]);
  });
});
