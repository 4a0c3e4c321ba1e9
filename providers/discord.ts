import { defineProvider } from './define';
import { kodexLocations } from './kodex-shared';
import { SOURCES, cite } from './sources';

const lePage2024 = cite(SOURCES.discordLePage2024, '2026-11-24');

const lePageOld = cite(SOURCES.discordLePageOld, '2026-11-24');

const portalGuide = cite(SOURCES.discordPortalGuide, '2026-11-24');

const preservationFactCheck = cite(SOURCES.discordPreservationFactCheck, '2026-11-24');

const noticeFactCheck = cite(SOURCES.discordNoticeFactCheck, '2026-11-24');

export default defineProvider({
  id: 'discord',
  name: 'Discord',
  ownDomains: ['discord.com'],
  products: ['Discord'],
  portalName: 'Government Request Portal (Kodex)',
  // Discord's own page (2024) names app.kodex.us; the current app.kodexglobal.com host is only in a third-party guide.
  portal: {
    summary:
      'Discord takes requests through its Government Request Portal on Kodex. You verify your email by link (only law-enforcement or government domains are accepted), fill in the form and upload documents. Discord\'s page names app.kodex.us; a third-party guide gives the newer app.kodexglobal.com.',
    value: kodexLocations(['discord']),
    confidence: 'secondary',
    sources: [lePage2024, portalGuide],
  },
  exampleUrls: [
    'https://app.kodexglobal.com/discord/signin',
    'https://app.kodex.us/discord/signin',
    'https://app.kodex.us/discord/requests/new?type=preservation',
  ],
  urlPageKinds: [{ pattern: '^/[^/]+/(signin|signup|login)(/|$)', kind: 'login' }],
  // Matched with case, as the e-mail reader always has: the lower-case domain, the company signing a notice sent
  // through a portal ('Discord Legal', 'Discord Trust & Safety'; not a text that only mentions Discord), and the
  // upper-case DISC- reference.
  emailWords: ['discord', 'Discord (?:Legal|Trust|Law Enforcement|Inc|Government)', '\\[Discord\\]', 'DISC-\\d+'],
  emailWordsMatchCase: true,
  // Discord ids are snowflakes: milliseconds since 2015-01-01T00:00:00Z in the bits above 22.
  snowflakeIds: { epochMs: 1_420_070_400_000, source: cite(SOURCES.discordSnowflakes, '2026-11-24') },
  legal: {
    headquarters: {
      summary:
        'Discord is headquartered in the US and stores customer data only there (older version of its page).',
      value: 'US',
      confidence: 'secondary',
      sources: [lePageOld],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        'Discord sends non-US agencies to an MLAT or letters rogatory for US process (older version of its page).',
      value: false,
      confidence: 'secondary',
      sources: [lePageOld],
    },
  },
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: {
      summary:
        'According to a third-party summary, Discord notifies the user and gives a copy of the legal process unless a law or court order forbids it, and skips notice in emergencies involving an imminent threat to life or of serious injury.',
      value: {
        notifiesUser: true,
        exceptions: [
          'Notice is prohibited by law or court order',
          'Emergencies involving an imminent threat to life or of serious physical injury',
        ],
        howToPrevent: 'A court order or statute that prohibits notice',
      },
      confidence: 'secondary',
      sources: [noticeFactCheck],
    },
    // Criteria and required content are from the older official page; the portal channel from the 2024 page.
    emergency: {
      summary:
        'Discord considers emergencies involving danger of death or serious physical injury that need disclosure without delay, under 18 U.S.C. 2702. Explain the facts that make it an emergency; requests now go through the Kodex portal (the older page asked for an email with the subject "Emergency Request").',
      value: {
        criteria: 'Danger of death or serious physical injury to any person that requires disclosure without delay',
        channel: 'Government Request Portal (Kodex)',
        requiredContent: ['The facts on which the emergency request is based'],
      },
      confidence: 'secondary',
      sources: [lePageOld, lePage2024],
    },
    childSafety: {
      summary:
        'Discord reports child abuse material and the users responsible to NCMEC, and its Trust & Safety team reports child-safety concerns to NCMEC or police where appropriate.',
      value: {
        asksForNcmecReportIds: null,
        note: 'Discord reports to NCMEC; no statement on asking for NCMEC report numbers was found.',
      },
      confidence: 'official',
      sources: [lePage2024, lePageOld],
    },
    international: {
      summary:
        'Discord operates from the US and stores customer data only there, so non-US agencies should use an MLAT or letters rogatory to get US legal process (older version of Discord\'s page).',
      value: {
        route: 'MLAT or letters rogatory leading to US legal process',
        euEntity: null,
      },
      confidence: 'secondary',
      sources: [lePageOld],
    },
    identifiers: {
      summary:
        'A third-party summary says to identify the account by user ID, username or email address; display names or IP addresses alone may not be enough.',
      value: { accepted: ['Discord user ID', 'Username', 'Email address'] },
      confidence: 'secondary',
      sources: [preservationFactCheck, portalGuide],
    },
  },
});
