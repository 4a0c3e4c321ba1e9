import { needsCheckAgain } from './fact-age';
import type { EuAddressee, Provider, Source } from './schema';

export interface PortalPlace {
  /** host + path prefix, or host/tenant for a Kodex tenant. */
  address: string;
  confirmed: boolean;
}

/** Where the guide runs for this provider, each place marked confirmed or not (unconfirmed still runs the guide). */
export function portalPlaces(provider: Provider): PortalPlace[] {
  const places = provider.portal.value.flatMap((l) => {
    const confirmed = l.confirmed !== false;
    return l.kodexTenants ? l.kodexTenants.map((t) => ({ address: `${l.host}/${t}`, confirmed })) : [{ address: `${l.host}${l.pathPrefix ?? ''}`, confirmed }];
  });
  const seen = new Set<string>();
  return places.filter((p) => !seen.has(p.address) && seen.add(p.address));
}

const ROLE_TEXT: Record<EuAddressee['role'], string> = {
  'designated-establishment': 'designated establishment (e-Evidence)',
  'legal-representative': 'legal representative (e-Evidence)',
  'eu-entity': 'EU company named for EU users; e-Evidence designation not confirmed',
  'dsa-legal-representative': 'legal representative under the Digital Services Act',
};

export interface LegalLine {
  key: 'headquarters' | 'euAddressee' | 'answersDirectForeignRequests';
  label: string;
  /** What the directory shows; "not known" where no source states it. */
  text: string;
  confidence: 'official' | 'secondary' | null;
  sources: Source[];
}

type Sourced = { confidence: 'official' | 'secondary'; sources: Source[] } | null | undefined;

function legalLine(key: LegalLine['key'], label: string, fact: Sourced, text: string): LegalLine {
  return fact ? { key, label, text, confidence: fact.confidence, sources: fact.sources } : { key, label, text: 'not known', confidence: null, sources: [] };
}

/** The provider's headquarters, EU addressee (issue 12's column) and direct foreign requests, as directory lines. */
export function legalLines(provider: Provider): LegalLine[] {
  const { headquarters, euAddressee, answersDirectForeignRequests: direct } = provider.legal ?? {};
  const eu = euAddressee?.value;
  return [
    legalLine('headquarters', 'Headquarters', headquarters, headquarters?.value ?? ''),
    legalLine('euAddressee', 'EU establishment or legal representative', euAddressee, eu ? `${eu.name} (${eu.country}), ${ROLE_TEXT[eu.role]}` : ''),
    legalLine('answersDirectForeignRequests', 'Answers foreign authorities directly (non-content data)', direct, direct?.value ? 'yes' : 'no: use MLA'),
  ];
}

/** The words a directory search looks in: names, products, portal places and channel addresses. */
function searchText(provider: Provider): string {
  return [
    provider.id,
    provider.name,
    provider.portalName ?? '',
    ...provider.products,
    ...portalPlaces(provider).map((p) => p.address),
    ...(provider.channels ?? []).map((c) => c.value.address),
  ]
    .join(' ')
    .toLowerCase();
}

/** Providers whose names, products, portals or channels hold every word of the query. */
export function searchProviders(list: readonly Provider[], query: string): Provider[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((p) => {
    const text = searchText(p);
    return words.every((w) => text.includes(w));
  });
}

export { needsCheckAgain };
