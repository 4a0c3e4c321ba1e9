import { defineProvider } from './define';
import { KODEX_URL_PAGE_KINDS, kodexLocations, kodexProfile, kodexScheme } from './kodex-shared';
import { SOURCES, cite } from './sources';

const transparencyPost2015 = cite(SOURCES.redditTransparencyPost2015, '2026-11-24');

export default defineProvider({
  id: 'reddit',
  name: 'Reddit',
  ownDomains: ['reddit.com', 'redditinc.com'],
  products: ['Reddit'],
  portalName: null,
  // The 'reddit' tenant is listed only in a third-party police directory without a public address; the cited
  // sources show Kodex's address scheme, not Reddit's use of it.
  portal: {
    summary:
      'A third-party police directory lists a Reddit request portal on Kodex (app.kodex.us/reddit); Reddit\'s own text has not confirmed it. The hosts follow Kodex\'s usual tenant scheme.',
    value: kodexLocations(['reddit']),
    confidence: 'secondary',
    sources: [kodexScheme, kodexProfile],
  },
  exampleUrls: [
    'https://app.kodex.us/reddit/signup',
    'https://app.kodexglobal.com/reddit/signin',
    'https://app.kodex.us/reddit/requests/new?type=preservation',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  emailWords: ['reddit'],
  facts: {
    legalEntity: null,
    preservation: null,
    // A 2016 statement; no newer wording was found.
    userNotification: {
      summary:
        'In 2016 Reddit said it would keep telling users, when legally possible, before sharing their account information in response to requests.',
      value: {
        notifiesUser: true,
        exceptions: ['Notice is not legally possible'],
        howToPrevent: null,
      },
      confidence: 'secondary',
      sources: [transparencyPost2015],
    },
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
