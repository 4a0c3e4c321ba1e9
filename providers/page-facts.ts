import { US_PRESERVATION_DEFAULT } from './baselines';
import { pageKindEntry, type PageKind } from './page-kinds';
import type { FactKey, Provider, ProviderFacts } from './schema';

export const FACT_TITLES: Record<FactKey, string> = {
  preservation: 'Preservation period',
  userNotification: 'User notification',
  emergency: 'Emergency requests',
  childSafety: 'Child safety',
  international: 'International route',
  identifiers: 'Accepted identifiers',
  legalEntity: 'Legal entity',
};

type AnyFact = NonNullable<ProviderFacts[FactKey]>;

export interface FactView {
  key: FactKey;
  title: string;
  /** null: QuickFreeze has no sourced fact; the guide says so instead of guessing. */
  fact: AnyFact | null;
  /** True when the fact is a legal default standing in for an unknown provider policy. */
  isDefault: boolean;
}

export function factsForPage(provider: Provider, page: PageKind): FactView[] {
  return pageKindEntry(page).facts.map((key) => {
    const own = provider.facts[key] as AnyFact | null;
    if (!own && key === 'preservation') {
      return { key, title: FACT_TITLES[key], fact: US_PRESERVATION_DEFAULT, isDefault: true };
    }
    return { key, title: FACT_TITLES[key], fact: own, isDefault: false };
  });
}
