/** Hosts of statute and treaty text (coe.int: the Council of Europe's treaty office): an official source for any provider. */
export const STATUTE_HOSTS = ['law.cornell.edu', 'uscode.house.gov', 'govinfo.gov', 'eur-lex.europa.eu', 'legislation.gov.uk', 'itu.int', 'coe.int'];

/** Open Terms Archive keeps dated copies of providers' own pages; its copies count as archives. */
const OTA_PREFIX = /^https:\/\/github\.com\/OpenTermsArchive\//;

/** A Wayback Machine copy carries the original address after the timestamp. */
const WAYBACK = /^https:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/.+)$/;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function onDomain(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Is this URL the provider's own page, an archived copy of one, or statute text? Uploads and mirrors are not. */
export function isOwnOrArchiveOrStatute(url: string, ownDomains: readonly string[]): boolean {
  if (OTA_PREFIX.test(url)) return true;
  const archived = WAYBACK.exec(url)?.[1];
  const host = hostOf(archived ?? url);
  if (!host) return false;
  return onDomain(host, ownDomains) || (!archived && onDomain(host, STATUTE_HOSTS));
}
