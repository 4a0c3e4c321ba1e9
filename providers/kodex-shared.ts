import type { PortalLocation } from './schema';
import { SOURCES, cite } from './sources';

/** Sources and shapes shared by the providers whose portals run on Kodex. */
export const kodexScheme = cite(SOURCES.discordLePage2024, '2026-11-24');

export const kodexProfile = cite(SOURCES.kodexProfile, '2026-11-24');

/** A tenant's portal on both Kodex hosts. */
export function kodexLocations(tenants: string[]): PortalLocation[] {
  return [
    { host: 'app.kodexglobal.com', kodexTenants: tenants },
    { host: 'app.kodex.us', kodexTenants: tenants },
  ];
}

/** Kodex puts sign-in and sign-up right after the tenant: `/<tenant>/signin`. */
export const KODEX_URL_PAGE_KINDS = [{ pattern: '^/[^/]+/(signin|signup|login)(/|$)', kind: 'login' as const }];
