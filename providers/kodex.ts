import { defineProvider } from './define';
import type { Source } from './schema';

const kodexScheme: Source = {
  url: 'https://discord.com/safety/360044157931-working-with-law-enforcement',
  title: 'Discord law enforcement page (shows the Kodex app.kodex.us/<tenant> address scheme)',
  kind: 'secondary',
  checked: '2026-11-24',
  published: '2024-02-16',
};

const kodexProfile: Source = {
  url: 'https://github.com/api-evangelist/kodex',
  title: 'API Evangelist profile of Kodex, app.kodexglobal.com (third-party)',
  kind: 'secondary',
  checked: '2026-11-24',
  published: '2026-07-22',
};

// Catch-all for Kodex tenants that no other provider claims: no tenant list and no path prefix.
export default defineProvider({
  id: 'kodex',
  name: 'Kodex portal (provider not identified)',
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
  urlPageKinds: [{ pattern: '^/[^/]+/(signin|signup|login)(/|$)', kind: 'login' }],
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
