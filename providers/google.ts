import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const requestsPolicy = cite(SOURCES.googleRequestsPolicy, '2026-11-24');

const lersFaq = cite(SOURCES.googleLersFaq, '2026-11-24');

const preservationFaq = cite(SOURCES.googlePreservationFaq, '2026-11-24');

const lersGuide = cite(SOURCES.googleLersGuide, '2026-11-24');

const gmailGuide = cite(SOURCES.googleGmailGuide, '2026-11-24');

const emergencyNews = cite(SOURCES.googleEmergencyNews, '2026-11-24');

const caccSession = cite(SOURCES.googleCaccSession, '2026-11-24');

export default defineProvider({
  id: 'google',
  name: 'Google',
  ownDomains: ['google.com', 'google.cn', 'youtube.com'],
  products: ['Gmail', 'YouTube', 'Google Drive', 'Google Account'],
  portalName: 'Law Enforcement Request System (LERS)',
  // Google's own FAQ describes the online system but not its host name; lers.google.com comes from third-party guides.
  portal: {
    summary:
      'Verified agencies submit requests, follow their status and download results in LERS, which requires two-factor sign-in. Google describes the system; the host lers.google.com is from third-party guides.',
    value: [{ host: 'lers.google.com' }],
    confidence: 'secondary',
    sources: [lersGuide, lersFaq],
  },
  exampleUrls: ['https://lers.google.com/', 'https://lers.google.com/requests/new', 'https://lers.google.com/signin'],
  urlPageKinds: [],
  emailWords: ['google', 'gmail', 'youtube', 'lers'],
  legal: {
    headquarters: {
      summary:
        'Most Google services are provided by Google LLC, a US company under US law.',
      value: 'US',
      confidence: 'official',
      sources: [requestsPolicy],
    },
    euAddressee: {
      summary:
        'Google Ireland Limited, an Irish company under Irish law, provides some services, depending on the user.',
      value: { name: 'Google Ireland Limited', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [requestsPolicy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Depending on the service, the account is held by Google LLC (a US company under US law) or Google Ireland Limited (an Irish company under Irish law).',
      value: 'Google LLC or Google Ireland Limited, depending on which Google entity provides the service',
      confidence: 'official',
      sources: [requestsPolicy],
    },
    // Only a third-party guide gives the period; Google's FAQ defines preservation without a duration.
    preservation: {
      summary:
        'A third-party guide says Google keeps a preserved copy for 90 days, extendable by another 90. Google itself only says preservation covers data it holds when the request arrives, not data created later.',
      value: {
        days: 90,
        extensionDays: 90,
        extensionLeadDays: null,
        maxExtensions: null,
        extensionHowTo: null,
      },
      confidence: 'secondary',
      sources: [lersGuide, preservationFaq],
    },
    userNotification: {
      summary:
        'Google emails the user (or the administrator of a managed account) before disclosing data. If the law forbids notice, Google waits and notifies once the gag period ends.',
      value: {
        notifiesUser: true,
        exceptions: [
          'Notice is legally prohibited by the terms of the request',
          'The account has been disabled or hijacked',
          'Emergencies such as a threat to a child or to someone\'s life (notice follows once the emergency has passed)',
        ],
        howToPrevent: 'A legal prohibition on notice, such as a statutory or court-ordered non-disclosure period',
      },
      confidence: 'official',
      sources: [requestsPolicy],
    },
    // Google's own emergency wording was only seen in a non-https mirror; this rests on third-party pages.
    emergency: {
      summary:
        'Google fast-tracks requests that can save a life or prevent serious physical injury, such as a kidnapping or a threatened school shooting. Third-party guides say to file them as Emergency Disclosure Requests in LERS.',
      value: {
        criteria: 'Information needed to save the life of a person in danger or to prevent serious physical injury',
        channel: 'Emergency Disclosure Request in LERS',
        requiredContent: [],
      },
      confidence: 'secondary',
      sources: [emergencyNews, gmailGuide],
    },
    childSafety: {
      summary:
        'Google keeps a child-safety FAQ for LERS users, according to a conference session it gave. Whether Google asks for NCMEC report numbers is not known.',
      value: {
        asksForNcmecReportIds: null,
        note: 'Google has child-safety FAQs for LERS users; whether they ask for NCMEC report numbers is not known.',
      },
      confidence: 'secondary',
      sources: [caccSession],
    },
    international: {
      summary:
        'Whether Google LLC or Google Ireland Limited handles a request depends on which Google entity provides the service. Google\'s rules for MLAT or CLOUD Act requests were not found.',
      value: {
        route: 'Handled by Google LLC under US law or Google Ireland Limited under Irish law, depending on the service provider',
        euEntity: null,
      },
      confidence: 'official',
      sources: [requestsPolicy],
    },
    identifiers: null,
  },
});
