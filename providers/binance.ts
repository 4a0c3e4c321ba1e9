import { defineProvider } from './define';
import { kodexScheme, KODEX_URL_PAGE_KINDS } from './kodex-shared';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.binanceGuidelines, '2026-11-24');

const launchNews = cite(SOURCES.binanceLaunchNews, '2026-11-24');

export default defineProvider({
  id: 'binance',
  name: 'Binance',
  ownDomains: ['binance.com'],
  products: ['Binance'],
  portalName: 'Government Law Enforcement and Enquiries Request System (LERS)',
  // The binance.com LERS page is official; the Kodex tenants 'binance' and 'binance-fr' come only from
  // third-party documents without a public address.
  portal: {
    summary:
      'Request access to Binance\'s LERS at binance.com/en/support/law-enforcement; access is usually approved within 3 business days. Third-party lists also show Binance tenants on Kodex (binance, and binance-fr for French requests, on app.kodex.us; app.kodexglobal.com/binance in a third-party document). app.kodexglobal.com/binance-fr appears in no source: unconfirmed.',
    value: [
      { host: 'www.binance.com', pathPrefix: '/en/support/law-enforcement' },
      { host: 'app.kodexglobal.com', kodexTenants: ['binance'] },
      // Listed on app.kodex.us only; the app.kodexglobal.com copy follows Kodex's scheme.
      { host: 'app.kodexglobal.com', kodexTenants: ['binance-fr'], confirmed: false },
      { host: 'app.kodex.us', kodexTenants: ['binance', 'binance-fr'] },
    ],
    confidence: 'secondary',
    sources: [guidelines, kodexScheme],
  },
  exampleUrls: [
    'https://www.binance.com/en/support/law-enforcement',
    'https://app.kodexglobal.com/binance/signup',
    'https://app.kodex.us/binance-fr/signup',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  emailWords: ['binance'],
  facts: {
    legalEntity: null,
    preservation: null,
    // From a 2022 news report on the LERS launch, not from Binance's own text.
    userNotification: {
      summary:
        'A 2022 news report says Binance notifies users about requests made against them unless a court or police order says otherwise.',
      value: {
        notifiesUser: true,
        exceptions: ['A court or police order says the user must not be told'],
        howToPrevent: 'A court or police order that prohibits notifying the user',
      },
      confidence: 'secondary',
      sources: [launchNews],
    },
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Binance gives user information for a criminal investigation only on a valid court order from a competent jurisdiction or on police orders or warrants, and may ask for more before releasing data. Requests without copies of the official documents are not processed.',
      value: {
        route: 'Court order from a competent jurisdiction, or police order or warrant, with copies of the official documents',
        euEntity: null,
      },
      confidence: 'official',
      sources: [guidelines],
    },
    identifiers: null,
  },
});
