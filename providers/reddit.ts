import { defineProvider } from './define';
import { KODEX_URL_PAGE_KINDS, kodexLocations, kodexProfile, kodexScheme } from './kodex-shared';
import type { Source } from './schema';

const transparencyPost2015: Source = {
  url: 'https://lr.in.psf.lt/r/announcements/comments/4cqyia/for_your_reading_pleasure_our_2015_transparency/d1l29zc/?context=3',
  title: 'Reddit 2015 transparency report announcement (mirror)',
  kind: 'official',
  checked: '2026-11-24',
  published: '2016-03-31',
};

export default defineProvider({
  id: 'reddit',
  name: 'Reddit',
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
