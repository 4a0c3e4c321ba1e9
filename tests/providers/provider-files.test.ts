import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providers } from '../../providers/registry';
import type { ProviderInput } from '../../providers/schema';

/**
 * Like refined-github's features test: a provider is one file `providers/<id>.ts` whose default export is that
 * provider, registered in `providers/registry.ts`, with fixture pages. Other modules here are listed as support.
 */
const SUPPORT = new Set([
  'baselines', 'define', 'directory-view', 'fact-age', 'fact-counts', 'fact-keys', 'kodex-shared', 'match-patterns', 'page-facts', 'page-kinds', 'registry', 'schema', 'source-hosts',
  'sources', 'portals', 'portal-match', 'portal-index.generated', 'username-characters',
]);
const modules = import.meta.glob<{ default?: ProviderInput }>('../../providers/*.ts', { eager: true });
const files = readdirSync('providers')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => !SUPPORT.has(name));

describe('provider files', () => {
  it.each(files)('%s is a registered provider with that id', (name) => {
    const provider = modules[`../../providers/${name}.ts`]?.default;
    expect(provider?.id, `providers/${name}.ts default-exports the provider "${name}"`).toBe(name);
    expect(providers.map((p) => p.id), `${name} is registered in providers/registry.ts`).toContain(name);
  });

  it('every registered provider has its own file', () => {
    for (const provider of providers) expect(files).toContain(provider.id);
  });

  it('every support module exists (a stale entry hides nothing)', () => {
    for (const name of SUPPORT) expect(existsSync(`providers/${name}.ts`), name).toBe(true);
  });
});
