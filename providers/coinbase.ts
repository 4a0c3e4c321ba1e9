import { defineProvider } from './define';
import { KODEX_URL_PAGE_KINDS, kodexScheme } from './kodex-shared';
import { SOURCES, cite } from './sources';

const leGuide = cite(SOURCES.coinbaseLeGuide, '2026-11-24');

export default defineProvider({
  id: 'coinbase',
  name: 'Coinbase',
  ownDomains: ['coinbase.com'],
  products: ['Coinbase'],
  portalName: null,
  // 'coinbase-us' and 'coinbase-intl' are from a third-party directory without a public address; the plain
  // 'coinbase' tenant is not in the research and is included only so such a page is attributed to Coinbase.
  portal: {
    summary:
      'A third-party guide says Coinbase takes preservation, legal process, emergency and account-freeze requests through an online system run on Kodex. A police directory lists separate US (coinbase-us) and international (coinbase-intl) tenants on app.kodex.us. The plain coinbase tenant and the app.kodexglobal.com addresses appear in no source: unconfirmed.',
    // Only the two app.kodex.us tenants appear in a source; the plain tenant and the app.kodexglobal.com copies follow
    // Kodex's address scheme alone.
    value: [
      { host: 'app.kodex.us', kodexTenants: ['coinbase-us', 'coinbase-intl'] },
      { host: 'app.kodex.us', kodexTenants: ['coinbase'], confirmed: false },
      { host: 'app.kodexglobal.com', kodexTenants: ['coinbase', 'coinbase-us', 'coinbase-intl'], confirmed: false },
    ],
    confidence: 'secondary',
    sources: [leGuide, kodexScheme],
  },
  exampleUrls: [
    'https://app.kodex.us/coinbase-us/signup',
    'https://app.kodex.us/coinbase-intl/signup',
    'https://app.kodexglobal.com/coinbase-us/requests/new?type=preservation',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  emailWords: ['coinbase'],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: {
      summary: 'A third-party guide says Coinbase can disclose in an emergency when there is a risk of death or serious physical harm.',
      value: {
        criteria: 'Risk of death or serious physical harm',
        channel: null,
        requiredContent: [],
      },
      confidence: 'secondary',
      sources: [leGuide],
    },
    childSafety: null,
    international: {
      summary:
        'A third-party guide says non-US agencies generally need an MLAT or letter rogatory to compel content, while basic subscriber records may be easier to obtain.',
      value: {
        route: 'MLAT or letter rogatory for content; basic subscriber records may be available more directly',
        euEntity: null,
      },
      confidence: 'secondary',
      sources: [leGuide],
    },
    identifiers: null,
  },
});
