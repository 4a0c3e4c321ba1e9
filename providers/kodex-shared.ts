import type { PortalLocation, Source } from './schema';

/** Sources and shapes shared by the providers whose portals run on Kodex. */
export const kodexScheme: Source = {
  url: 'https://discord.com/safety/360044157931-working-with-law-enforcement',
  title: 'Discord law enforcement page (shows the Kodex app.kodex.us/<tenant> address scheme)',
  kind: 'secondary',
  checked: '2026-11-24',
  published: '2024-02-16',
};

export const kodexProfile: Source = {
  url: 'https://github.com/api-evangelist/kodex',
  title: 'API Evangelist profile of Kodex, app.kodexglobal.com (third-party)',
  kind: 'secondary',
  checked: '2026-11-24',
  published: '2026-07-22',
};

/** A tenant's portal on both Kodex hosts. */
export function kodexLocations(tenants: string[]): PortalLocation[] {
  return [
    { host: 'app.kodexglobal.com', kodexTenants: tenants },
    { host: 'app.kodex.us', kodexTenants: tenants },
  ];
}

/** Kodex puts sign-in and sign-up right after the tenant: `/<tenant>/signin`. */
export const KODEX_URL_PAGE_KINDS = [{ pattern: '^/[^/]+/(signin|signup|login)(/|$)', kind: 'login' as const }];
