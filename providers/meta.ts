import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const facebookGuidelines = cite(SOURCES.metaFacebookGuidelines, '2026-11-24');

const instagramGuidelines = cite(SOURCES.metaInstagramGuidelines, '2026-11-24');

export default defineProvider({
  id: 'meta',
  name: 'Meta',
  ownDomains: ['facebook.com', 'meta.com', 'instagram.com', 'fb.com'],
  products: ['Facebook', 'Instagram', 'Messenger'],
  portalName: 'Law Enforcement Online Request System (LEORS)',
  portal: {
    summary:
      'Facebook and Instagram requests (preservation, emergency and legal process) go through LEORS at facebook.com/records. You need a government-issued email address to sign in.',
    value: [
      { host: 'www.facebook.com', pathPrefix: '/records' },
      { host: 'facebook.com', pathPrefix: '/records' },
    ],
    confidence: 'official',
    sources: [facebookGuidelines, instagramGuidelines],
  },
  exampleUrls: [
    'https://www.facebook.com/records/login/',
    'https://www.facebook.com/records/',
    'https://facebook.com/records/requests/new',
  ],
  urlPageKinds: [],
  emailWords: ['meta', 'facebook', 'instagram', 'messenger', 'fb\\.com', 'records@'],
  accountFormats: [
    {
      platform: 'Instagram',
      profileHosts: ['instagram.com', 'www.instagram.com'],
      maxLength: 30,
      characters: 'letters-digits-periods-underscores',
      source: cite(SOURCES.instagramUsernames, '2026-11-24'),
    },
  ],
  legal: {
    headquarters: {
      summary:
        'Meta Platforms, Inc., which answers requests about users outside the European Region, is in Menlo Park, California.',
      value: 'US',
      confidence: 'official',
      sources: [facebookGuidelines],
    },
    euAddressee: {
      summary:
        'Meta Platforms Ireland Ltd serves users in the European Region; Meta does not say it is its e-Evidence addressee.',
      value: { name: 'Meta Platforms Ireland Ltd', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [facebookGuidelines, instagramGuidelines],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Address requests about users outside the European Region to Meta Platforms, Inc. in Menlo Park, California. Meta says requests must name the right entity.',
      value: 'Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025, USA',
      confidence: 'official',
      sources: [facebookGuidelines],
    },
    preservation: {
      summary:
        'Meta keeps the account records for 90 days while you obtain formal legal process. Its guidelines say nothing about extensions.',
      value: {
        days: 90,
        extensionDays: null,
        extensionLeadDays: null,
        maxExtensions: null,
        extensionHowTo: null,
      },
      confidence: 'official',
      sources: [facebookGuidelines, instagramGuidelines],
    },
    userNotification: {
      summary:
        'Meta tells users about a request before it discloses data, unless the law forbids it or the case is exceptional. When a non-disclosure period ends, Meta may notify late. If your request points to a terms violation, Meta may act on the account in ways the user notices.',
      value: {
        notifiesUser: true,
        exceptions: [
          'Notice is prohibited by law',
          'Child exploitation cases',
          'Emergencies',
          'Cases where notice would be counterproductive',
        ],
        howToPrevent: 'A court order or other process showing that notice is prohibited',
      },
      confidence: 'official',
      sources: [facebookGuidelines, instagramGuidelines],
    },
    emergency: {
      summary:
        'Use the emergency route for imminent harm to a child, or a risk of death or serious physical injury to anyone, when the data is needed without delay. Meta reviews emergency requests only from law-enforcement officials.',
      value: {
        criteria:
          'Imminent harm to a child, or risk of death or serious physical injury to any person, that requires disclosure without delay',
        channel: 'LEORS at facebook.com/records',
        requiredContent: [],
      },
      confidence: 'official',
      sources: [facebookGuidelines, instagramGuidelines],
    },
    childSafety: {
      summary:
        'For a child-safety matter, say so in the request and give the NCMEC report identifiers. Meta may waive fees in these cases.',
      value: {
        asksForNcmecReportIds: true,
        note: 'State the child-safety circumstances and include the relevant NCMEC report identifiers.',
      },
      confidence: 'official',
      sources: [facebookGuidelines, instagramGuidelines],
    },
    international: {
      summary:
        'Account contents may require an MLAT request or a letter rogatory. Meta Platforms Ireland Ltd serves users in the European Region.',
      value: {
        route: 'MLAT request or letter rogatory may be needed to compel content; European-region accounts belong to the Irish entity',
        euEntity: 'Meta Platforms Ireland Ltd',
      },
      confidence: 'official',
      sources: [facebookGuidelines, instagramGuidelines],
    },
    identifiers: {
      summary:
        'For Facebook, identify the account by email, phone number, numeric user ID or username. Instagram usernames can change, so give the username together with the date it applied.',
      value: {
        accepted: [
          'Email address',
          'Phone number in international format (+...)',
          'Facebook user ID number (profile.php?id=...)',
          'Facebook username (facebook.com/username)',
          'Instagram username with the date it was in use',
        ],
      },
      confidence: 'official',
      sources: [facebookGuidelines, instagramGuidelines],
    },
  },
});
