import type { AddedPortal } from './added-portals';

/** A provider's name for display, from its id. */
export type ProviderNameOf = (id: string) => string;

/**
 * Names of providers: the registry's, then the names the investigator gave added portals of new providers
 * (`custom-…` ids), then the id itself. A registry name always wins: an added portal of a known provider carries
 * the registry's name anyway, and nobody can rename a known provider by adding a portal.
 */
export function providerNameLookup(known: readonly { id: string; name: string }[], added: readonly Pick<AddedPortal, 'providerId' | 'providerName'>[]): ProviderNameOf {
  const names = new Map<string, string>();
  for (const portal of added) if (!names.has(portal.providerId)) names.set(portal.providerId, portal.providerName);
  for (const provider of known) names.set(provider.id, provider.name);
  return (id) => names.get(id) ?? id;
}
