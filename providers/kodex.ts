import { defineProvider } from './define';
import { kodexScheme, kodexProfile, KODEX_URL_PAGE_KINDS } from './kodex-shared';

// Catch-all for Kodex tenants that no other provider claims: no tenant list and no path prefix.
export default defineProvider({
  id: 'kodex',
  name: 'Kodex portal (provider not identified)',
  ownDomains: ['kodexglobal.com', 'kodex.us'],
  products: ['Law-enforcement request portals hosted on Kodex'],
  portalName: null,
  portal: {
    summary:
      'Kodex runs law-enforcement request portals for many companies, each under its own first path segment on app.kodexglobal.com or app.kodex.us. This entry covers tenants QuickFreeze does not know by name, so check which company the portal belongs to.',
    value: [{ host: 'app.kodexglobal.com' }, { host: 'app.kodex.us' }],
    confidence: 'secondary',
    sources: [kodexScheme, kodexProfile],
  },
  exampleUrls: [
    'https://app.kodexglobal.com/slack/signin',
    'https://app.kodex.us/vimeo/requests',
    'https://app.kodexglobal.com/nearintents/signin',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
