import { US_PRESERVATION_DEFAULT } from '../../providers/baselines';
import { FACT_TITLES, type FactView } from '../../providers/page-facts';
import type { FactKey, Provider } from '../../providers/schema';
import { FactCard } from '../FactCard';

type AnyFact = NonNullable<FactView['fact']>;

/** Every fact of a provider, in FACT_TITLES order; the statutory default stands in for an unknown preservation period. */
export function allFacts(provider: Provider): FactView[] {
  return (Object.keys(FACT_TITLES) as FactKey[]).map((key) => {
    const own = (provider.facts[key] ?? null) as AnyFact | null;
    if (!own && key === 'preservation') return { key, title: FACT_TITLES[key], fact: US_PRESERVATION_DEFAULT, isDefault: true };
    return { key, title: FACT_TITLES[key], fact: own, isDefault: false };
  });
}

function portalText(provider: Provider): string {
  const places = provider.portal.value.flatMap((l) => (l.kodexTenants ? l.kodexTenants.map((t) => `${l.host}/${t}`) : [`${l.host}${l.pathPrefix ?? ''}`]));
  return [...new Set(places)].join(', ');
}

/** Each provider's policy facts with their sources and the dates they were checked. */
export function ProviderDirectory({ providers }: { providers: readonly Provider[] }) {
  return (
    <div class="directory">
      {providers.map((provider) => (
        <section key={provider.id} class="provider" data-directory-provider={provider.id} aria-labelledby={`dir-${provider.id}`}>
          <h3 id={`dir-${provider.id}`}>
            {provider.name}
            {provider.portalName && <span class="muted"> — portal: {provider.portalName}</span>}
          </h3>
          <p class="muted">
            {provider.products.join(', ')}. Portal: {portalText(provider)}
          </p>
          <ul class="facts plain">
            {allFacts(provider).map((view) => (
              <FactCard key={view.key} view={view} providerName={provider.name} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
