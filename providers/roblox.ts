import { defineProvider } from './define';
import { KODEX_URL_PAGE_KINDS, kodexLocations, kodexScheme } from './kodex-shared';
import { SOURCES, cite } from './sources';

const leFaq = cite(SOURCES.robloxLeFaq, '2026-11-24');

export default defineProvider({
  id: 'roblox',
  name: 'Roblox',
  ownDomains: ['roblox.com'],
  products: ['Roblox'],
  portalName: 'Roblox Law Enforcement Portal',
  // Roblox confirms the portal but not its address; the 'roblox' Kodex tenant is from a third-party directory
  // without a public address.
  portal: {
    summary:
      'Roblox accepts subpoenas, search warrants, preservation requests and other legal process only through its law-enforcement portal and does not answer email or fax. A third-party police directory places the portal on Kodex (app.kodex.us/roblox).',
    value: kodexLocations(['roblox']),
    confidence: 'secondary',
    sources: [leFaq, kodexScheme],
  },
  exampleUrls: [
    'https://app.kodex.us/roblox/signup',
    'https://app.kodexglobal.com/roblox/signin',
    'https://app.kodexglobal.com/roblox/requests/new?type=preservation',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  emailWords: ['roblox'],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'All legal process must comply with applicable law, such as the US Stored Communications Act (18 U.S.C. 2701-2712).',
      value: {
        route: 'Legal process that complies with applicable law such as the US Stored Communications Act',
        euEntity: null,
      },
      confidence: 'official',
      sources: [leFaq],
    },
    identifiers: null,
  },
});
