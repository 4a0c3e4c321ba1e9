import { describe, expect, it } from 'vitest';
import { US_PRESERVATION_DEFAULT } from '../../providers/baselines';
import { providers } from '../../providers/registry';
import type { Provider } from '../../providers/schema';
import { SOURCES, type CatalogSource } from '../../providers/sources';
import { rules } from '../../rules/registry';

interface Citation {
  where: string;
  url: string;
  title: string;
  kind?: string;
}

function providerCitations(provider: Provider): Citation[] {
  const cited: Citation[] = provider.portal.sources.map((s) => ({ where: `${provider.id}.portal`, ...s }));
  for (const [key, fact] of Object.entries(provider.facts)) {
    for (const s of fact?.sources ?? []) cited.push({ where: `${provider.id}.facts.${key}`, ...s });
  }
  for (const [i, channel] of (provider.channels ?? []).entries()) {
    for (const s of channel.sources) cited.push({ where: `${provider.id}.channels[${i}]`, ...s });
  }
  for (const format of provider.accountFormats ?? []) cited.push({ where: `${provider.id}.accountFormats`, ...format.source });
  if (provider.snowflakeIds) cited.push({ where: `${provider.id}.snowflakeIds`, ...provider.snowflakeIds.source });
  return cited;
}

const citations: Citation[] = [
  ...providers.flatMap(providerCitations),
  ...US_PRESERVATION_DEFAULT.sources.map((s) => ({ where: 'baselines', ...s })),
  ...rules.flatMap((rule) => rule.docs.sources.map((s) => ({ where: `rule ${rule.id}`, ...s }))),
];

const catalogue: CatalogSource[] = Object.values(SOURCES);
const byUrl = new Map(catalogue.map((s) => [s.url, s]));

describe('one source catalogue', () => {
  it('holds each URL once', () => {
    const urls = catalogue.map((s) => s.url);
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
  });

  it('every entry is an https page with a title and a kind', () => {
    for (const s of catalogue) {
      expect(s.url, s.url).toMatch(/^https:\/\/\S+$/);
      expect(s.title.length, s.url).toBeGreaterThan(2);
      expect(['official', 'secondary']).toContain(s.kind);
    }
  });

  it('every fact, default and rule cites a catalogue entry, with its title and kind', () => {
    const wrong = citations.filter((c) => {
      const entry = byUrl.get(c.url);
      return !entry || entry.title !== c.title || (c.kind !== undefined && entry.kind !== c.kind);
    });
    expect(wrong.map((c) => `${c.where}: ${c.url} "${c.title}"`)).toEqual([]);
  });

  it('catches one URL cited with two titles or kinds', () => {
    const entry = catalogue[0]!;
    const forged = { where: 'test', url: entry.url, title: `${entry.title} (other)`, kind: entry.kind };
    const clash = byUrl.get(forged.url)!.title !== forged.title;
    expect(clash).toBe(true);
  });
});
