import { defineProvider } from './define';
import { KODEX_URL_PAGE_KINDS, kodexLocations, kodexScheme } from './kodex-shared';
import { SOURCES, cite } from './sources';

const lePageDa = cite(SOURCES.pinterestLePageDa, '2026-11-24');

const guidelines = cite(SOURCES.pinterestGuidelines, '2026-11-24');

const transparencyArchive = cite(SOURCES.pinterestTransparencyArchive, '2026-11-24');

export default defineProvider({
  id: 'pinterest',
  name: 'Pinterest',
  ownDomains: ['pinterest.com', 'pinterest.zendesk.com'],
  products: ['Pinterest'],
  portalName: 'Law Enforcement Portal (Kodex)',
  // Pinterest says it uses Kodex but gives no address; the host and 'pinterest' tenant follow Kodex's scheme.
  portal: {
    summary:
      'Pinterest handles all law-enforcement requests through Kodex, with disclosure and preservation requests going through its Law Enforcement Portal. Pinterest gives no address; the hosts and the "pinterest" tenant assume Kodex\'s usual scheme (app.kodexglobal.com/<tenant>, app.kodex.us/<tenant>) and appear in no source: unconfirmed.',
    value: kodexLocations(['pinterest']).map((location) => ({ ...location, confirmed: false })),
    confidence: 'secondary',
    sources: [lePageDa, kodexScheme],
  },
  exampleUrls: [
    'https://app.kodexglobal.com/pinterest/signin',
    'https://app.kodex.us/pinterest/signup',
    'https://app.kodexglobal.com/pinterest/requests/new?type=preservation',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  emailWords: ['pinterest'],
  facts: {
    legalEntity: null,
    preservation: null,
    // The notice wording dates from Pinterest's 2013-2014 transparency reports.
    userNotification: {
      summary:
        'Pinterest\'s policy (as worded in its 2013-2014 transparency reports) is to tell users about requests for their information unless the law forbids it, for example through a protective order or a statute.',
      value: {
        notifiesUser: true,
        exceptions: ['Notice is prohibited by law, such as a protective order or an applicable statute'],
        howToPrevent: 'A protective order or statute that prohibits notice',
      },
      confidence: 'secondary',
      sources: [transparencyArchive],
    },
    emergency: {
      summary:
        'For an emergency involving a risk of death or serious physical injury, use the Law Enforcement Portal or email lawenforcement@pinterest.com with "Emergency" in the subject. Pinterest answers only law-enforcement email addresses.',
      value: {
        criteria: 'Risk of death or serious physical injury',
        channel: 'Law Enforcement Portal, or lawenforcement@pinterest.com with "Emergency" in the subject line',
        requiredContent: [],
      },
      confidence: 'official',
      sources: [lePageDa],
    },
    childSafety: null,
    international: {
      summary:
        'Non-US law enforcement cannot compel user data without a valid US court order, obtained through an MLAT or letter rogatory. In the US, user information needs a subpoena, court order or warrant, and content needs a warrant.',
      value: {
        route: 'MLAT or letter rogatory leading to a US court order',
        euEntity: null,
      },
      confidence: 'official',
      sources: [guidelines],
    },
    identifiers: {
      summary: 'Identify the account by its username (pinterest.com/username), the email address used to create it, or both.',
      value: { accepted: ['Username (pinterest.com/username)', 'Email address used to create the account'] },
      confidence: 'official',
      sources: [guidelines],
    },
  },
});
