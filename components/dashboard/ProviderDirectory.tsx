import { useState } from 'preact/hooks';
import { US_PRESERVATION_DEFAULT } from '../../providers/baselines';
import { legalLines, needsCheckAgain, portalPlaces, searchProviders } from '../../providers/directory-view';
import { FACT_TITLES, type FactView } from '../../providers/page-facts';
import type { FactKey, Provider } from '../../providers/schema';
import { FactCard } from '../FactCard';

type AnyFact = NonNullable<FactView['fact']>;
type Channel = NonNullable<Provider['channels']>[number];

const CHANNEL_KIND_TEXT = { portal: 'Portal', email: 'E-mail', 'web-form': 'Web form', postal: 'Post' } as const;
const CONFIDENCE_TEXT = { official: 'official source', secondary: 'secondary source: verify' } as const;

/** Every fact of a provider, in FACT_TITLES order; the statutory default stands in for an unknown preservation period. */
export function allFacts(provider: Provider): FactView[] {
  return (Object.keys(FACT_TITLES) as FactKey[]).map((key) => {
    const own = (provider.facts[key] ?? null) as AnyFact | null;
    if (!own && key === 'preservation') return { key, title: FACT_TITLES[key], fact: US_PRESERVATION_DEFAULT, isDefault: true };
    return { key, title: FACT_TITLES[key], fact: own, isDefault: false };
  });
}

function Sources({ sources, today }: { sources: Channel['sources']; today: Date }) {
  return (
    <span class="sources-inline">
      {sources.map((s) => (
        <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">
          {s.title}
        </a>
      ))}{' '}
      <span class="checked">checked {sources.map((s) => s.checked).sort().at(-1)}</span>
      {needsCheckAgain(sources, today) && <span class="tag check-again">check again</span>}
    </span>
  );
}

function HowToSend({ provider, today }: { provider: Provider; today: Date }) {
  const places = portalPlaces(provider);
  const { portal } = provider;
  return (
    <ul class="channels plain" data-channels>
      <li data-channel="portal" data-confidence={portal.confidence}>
        <strong>Portal{provider.portalName ? ` (${provider.portalName})` : ''}:</strong>{' '}
        {places.length === 0
          ? 'none known'
          : places.map((p) => (
              <span key={p.address} class="portal-place" data-confirmed={String(p.confirmed)}>
                {p.address}
                {!p.confirmed && <span class="tag unconfirmed"> unconfirmed</span>}{' '}
              </span>
            ))}{' '}
        <span class="muted">{portal.summary}</span> <span class={`confidence ${portal.confidence}`}>{CONFIDENCE_TEXT[portal.confidence]}</span>{' '}
        <Sources sources={portal.sources} today={today} />
      </li>
      {(provider.channels ?? []).map((c) => (
        <li key={`${c.value.kind}-${c.value.address}`} data-channel={c.value.kind} data-confidence={c.confidence}>
          <strong>{CHANNEL_KIND_TEXT[c.value.kind]}:</strong> {c.value.address} <span class="muted">({c.value.purposes.join(', ')})</span>
          {c.value.hours && <span> — {c.value.hours}</span>} <span class="muted">{c.summary}</span>{' '}
          <span class={`confidence ${c.confidence}`}>{CONFIDENCE_TEXT[c.confidence]}</span> <Sources sources={c.sources} today={today} />
        </li>
      ))}
    </ul>
  );
}

function LegalPosition({ provider, today }: { provider: Provider; today: Date }) {
  return (
    <ul class="legal plain" data-legal>
      {legalLines(provider).map((l) => (
        <li key={l.key} data-legal-fact={l.key} data-confidence={l.confidence ?? 'unknown'}>
          <strong>{l.label}:</strong> {l.text}{' '}
          {l.confidence && <span class={`confidence ${l.confidence}`}>{CONFIDENCE_TEXT[l.confidence]}</span>} {l.sources.length > 0 && <Sources sources={l.sources} today={today} />}
        </li>
      ))}
    </ul>
  );
}

/** Each provider's channels and policy facts with their sources, dates checked and confidence; searchable. */
export function ProviderDirectory({ providers, today = new Date() }: { providers: readonly Provider[]; today?: Date }) {
  const [query, setQuery] = useState('');
  const shown = searchProviders(providers, query);
  return (
    <div class="directory">
      <label>
        Find a provider{' '}
        <input type="search" data-directory-search value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder="name, product, portal or address" />
      </label>
      <p class="muted" data-directory-count>
        {shown.length} of {providers.length} providers
      </p>
      {shown.map((provider) => (
        <section key={provider.id} class="provider" data-directory-provider={provider.id} aria-labelledby={`dir-${provider.id}`}>
          <h3 id={`dir-${provider.id}`}>
            {provider.name}
            {provider.portalName && <span class="muted"> — portal: {provider.portalName}</span>}
          </h3>
          <p class="muted">{provider.products.join(', ')}</p>
          <HowToSend provider={provider} today={today} />
          <LegalPosition provider={provider} today={today} />
          <ul class="facts plain">
            {allFacts(provider).map((view) => (
              <FactCard key={view.key} view={view} providerName={provider.name} checkAgain={!!view.fact && !view.isDefault && needsCheckAgain(view.fact.sources, today)} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
