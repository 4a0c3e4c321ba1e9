import { browser } from 'wxt/browser';
import { routesFor } from '../../legal/routes';
import type { GuideRoutes, RouteView } from '../../messages/protocol';
import { providerById } from '../../providers/registry';
import { investigatorOf, type Settings } from '../../storage/settings';

/** Only what the guide renders: no source kinds, publication dates or instrument ids. */
function toView(route: ReturnType<typeof routesFor>[number]): RouteView {
  return {
    id: route.id,
    title: route.title,
    summary: route.summary,
    categories: route.categories,
    basis: route.basis.map(({ title, article }) => ({ title, article })),
    issuers: route.issuers.map(({ category, who, verdict }) => ({ category, who, verdict })),
    deadlines: route.deadlines.map(({ what, days, hours, extension }) => ({ what, days, hours, extension })),
    status: route.status,
    addressee: route.addressee,
    caveats: route.caveats,
    confidence: route.confidence,
    sources: route.sources.map(({ url, title, checked }) => ({ url, title, checked })),
  };
}

/**
 * The legal routes to `providerId`'s data (the sender's tab's provider) for the investigator of the settings, on
 * `today`. A portal the investigator added has no legal data: no routes. No country: no routes, the guide asks.
 */
export function guideRoutes(providerId: string, settings: Pick<Settings, 'country' | 'authority'>, today: string): GuideRoutes {
  const { country, authority } = settings;
  const provider = providerById(providerId);
  const investigator = investigatorOf(settings);
  if (!investigator || !provider) return { country, authority, routes: [] };
  return { country, authority, routes: routesFor(investigator, provider, today).map(toView) };
}

/** The guide asks on the investigator's click; the router has checked that the guide sent it. */
export async function openOptions(): Promise<{ ok: boolean }> {
  await browser.runtime.openOptionsPage();
  return { ok: true };
}
