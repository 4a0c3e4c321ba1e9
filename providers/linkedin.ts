import { defineProvider } from './define';
import { KODEX_URL_PAGE_KINDS, kodexProfile } from './kodex-shared';
import { SOURCES, cite } from './sources';

const guidelines2018 = cite(SOURCES.linkedinGuidelines2018, '2026-11-24');

const privacyBlog2018 = cite(SOURCES.linkedinPrivacyBlog2018, '2026-11-24');

const leGuide = cite(SOURCES.linkedinLeGuide, '2026-11-24');

export default defineProvider({
  id: 'linkedin',
  name: 'LinkedIn',
  ownDomains: ['linkedin.com'],
  products: ['LinkedIn'],
  portalName: null,
  portal: {
    summary:
      'A third-party guide says LinkedIn takes data, preservation and emergency requests through Kodex at app.kodex.us/linkedin. LinkedIn\'s own text has not confirmed this. The app.kodexglobal.com address follows Kodex\'s scheme only: unconfirmed.',
    value: [
      { host: 'app.kodex.us', kodexTenants: ['linkedin'] },
      { host: 'app.kodexglobal.com', kodexTenants: ['linkedin'], confirmed: false },
    ],
    confidence: 'secondary',
    sources: [leGuide, kodexProfile],
  },
  exampleUrls: [
    'https://app.kodex.us/linkedin/signin',
    'https://app.kodexglobal.com/linkedin/signin',
    'https://app.kodexglobal.com/linkedin/requests/new?type=preservation',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  emailWords: ['linkedin'],
  facts: {
    legalEntity: null,
    // From a 2018 copy of LinkedIn's guidelines; the current text was not found.
    preservation: {
      summary:
        'LinkedIn keeps a one-time snapshot of the existing account records for 90 days while you obtain legal process (2018 guidelines). It answers only signed requests on letterhead with a valid return email.',
      value: {
        days: 90,
        extensionDays: null,
        extensionLeadDays: null,
        maxExtensions: null,
        extensionHowTo: null,
      },
      confidence: 'secondary',
      sources: [guidelines2018],
    },
    userNotification: {
      summary:
        'As quoted in 2018, LinkedIn tries to notify members about legal demands for their data when it judges this appropriate, unless a law or court order forbids it or the request is an emergency.',
      value: {
        notifiesUser: true,
        exceptions: ['Notice is prohibited by law or court order', 'Emergency requests', 'LinkedIn judges notice inappropriate'],
        howToPrevent: 'A law or court order that prohibits notice',
      },
      confidence: 'secondary',
      sources: [privacyBlog2018],
    },
    emergency: {
      summary:
        'A third-party guide says LinkedIn handles emergencies involving an imminent risk of death or serious bodily harm through an Emergency Disclosure Request form signed under penalty of perjury.',
      value: {
        criteria: 'Imminent risk of death or serious bodily harm',
        channel: 'Emergency Disclosure Request form, signed under penalty of perjury',
        requiredContent: [],
      },
      confidence: 'secondary',
      sources: [leGuide],
    },
    childSafety: null,
    international: {
      summary: 'LinkedIn accepts formal compulsory process under US law, including process issued under an MLAT with the US (2018 guidelines).',
      value: {
        route: 'US legal process, including process obtained through an MLAT',
        euEntity: null,
      },
      confidence: 'secondary',
      sources: [guidelines2018],
    },
    identifiers: {
      summary:
        'Identify the account by the full name together with the account\'s email address, or by the public profile URL (2018 guidelines).',
      value: { accepted: ['Full name together with the account email address', 'Public profile URL'] },
      confidence: 'secondary',
      sources: [guidelines2018],
    },
  },
});
