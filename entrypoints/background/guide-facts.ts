import type { GuideFact } from '../../messages/protocol';
import { factsForPage } from '../../providers/page-facts';
import type { PageKind } from '../../providers/page-kinds';
import { providerById } from '../../providers/registry';

/** The facts the guide shows on a page of this kind, for the provider of the sender's tab: only what it renders. */
export function guideFacts(providerId: string, page: PageKind): GuideFact[] {
  const provider = providerById(providerId);
  if (!provider) return [];
  return factsForPage(provider, page).map(({ key, title, isDefault, fact }) => ({
    key,
    title,
    isDefault,
    fact: fact && {
      summary: fact.summary,
      confidence: fact.confidence,
      sources: fact.sources.map(({ url, title: sourceTitle, checked }) => ({ url, title: sourceTitle, checked })),
    },
  }));
}
