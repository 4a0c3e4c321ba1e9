import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.xGuidelines, '2026-11-24');

export default defineProvider({
  id: 'x',
  name: 'X',
  ownDomains: ['x.com', 'twitter.com'],
  products: ['X (Twitter)', 'Periscope'],
  portalName: 'Legal Request Submissions site',
  portal: {
    summary:
      'Preservations, extensions, routine and emergency requests and removal requests all go through X\'s Legal Request Submissions site, on legalrequests.x.com and legalrequests.twitter.com.',
    value: [{ host: 'legalrequests.x.com' }, { host: 'legalrequests.twitter.com' }],
    confidence: 'official',
    sources: [guidelines],
  },
  exampleUrls: [
    'https://legalrequests.x.com/',
    'https://legalrequests.twitter.com/forms/landing_disclaimer',
    'https://legalrequests.x.com/forms/preservation',
  ],
  // The research shows /forms/landing_disclaimer but not what the URL does once a request type is chosen,
  // so no path is mapped to a page kind here.
  urlPageKinds: [],
  emailWords: ['twitter', 'legalrequests\\.x\\.com', 'x corp', 'x legal', 'x (?:has|will|have) preserve[ds]?'],
  emailDomains: ['x.com', 'twitter.com'],
  accountFormats: [
    {
      platform: 'X',
      profileHosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
      maxLength: 15,
      characters: 'letters-digits-underscores',
      source: cite(SOURCES.xUsernames, '2026-11-24'),
    },
  ],
  legal: {
    headquarters: {
      summary:
        'X Corp. in Austin, Texas, controls the data of users outside the EU and EEA.',
      value: 'US',
      confidence: 'official',
      sources: [guidelines],
    },
    euAddressee: {
      summary:
        "X Internet Unlimited Company in Dublin controls EU and EEA users' data.",
      value: { name: 'X Internet Unlimited Company', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [guidelines],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'X Corp. in Austin, Texas, controls the data of users outside the EU and EEA.',
      value: 'X Corp., Austin, Texas, USA',
      confidence: 'official',
      sources: [guidelines],
    },
    preservation: {
      summary:
        'X keeps a snapshot of the account records for 90 days, without disclosing it, until valid legal process arrives. It may grant an extension if you file one as a separate request at least 7 days before the period ends.',
      value: {
        days: 90,
        extensionDays: null,
        extensionLeadDays: 7,
        maxExtensions: null,
        extensionHowTo:
          'File the extension as a separate request on the Legal Request Submissions site at least 7 days before the 90 days end',
      },
      confidence: 'official',
      sources: [guidelines],
    },
    userNotification: {
      summary:
        'X normally notifies the user and sends a copy of the request before disclosure, unless notice is prohibited or circumstances are exigent or notice would be counterproductive (such as threats to life, child sexual exploitation or terrorism). X asks that non-disclosure orders state how long they last, for example 90 days.',
      value: {
        notifiesUser: true,
        exceptions: [
          'Notice is prohibited, for example by an order under 18 U.S.C. 2705(b)',
          'Exigent or counterproductive circumstances (X\'s general exception; the next three are its examples)',
          'Emergencies involving an imminent threat to life',
          'Child sexual exploitation',
          'Terrorism',
        ],
        howToPrevent: 'A non-disclosure order under 18 U.S.C. 2705(b) that states its duration (for example 90 days)',
      },
      confidence: 'official',
      sources: [guidelines],
    },
    emergency: {
      summary:
        'X discloses in an emergency when it believes in good faith that a person faces danger of death or serious physical injury that its data could help prevent. The Legal Request Submissions site is the quickest route.',
      value: {
        criteria:
          'Good-faith belief in an exigent emergency involving danger of death or serious physical injury to a person, which X\'s information may help prevent',
        channel: 'Legal Request Submissions site',
        requiredContent: [
          'Cover sheet on law-enforcement letterhead marked as an Emergency Disclosure Request',
          'Who is in danger',
          'What the emergency is (for example a suicide report, bomb threat or terrorist attack)',
          '@username and profile URL of each account concerned',
          'The specific posts to review',
          'What information is needed and why it is needed to prevent the harm',
          'Signature of the submitting officer',
          'Any other details or context available',
        ],
      },
      confidence: 'official',
      sources: [guidelines],
    },
    childSafety: {
      summary:
        'X lists child sexual exploitation as a reason it may skip user notice. Its guidelines do not ask for NCMEC report numbers.',
      value: {
        asksForNcmecReportIds: null,
        note: 'Child sexual exploitation cases are an exception to user notice; no request for NCMEC report numbers was found.',
      },
      confidence: 'official',
      sources: [guidelines],
    },
    international: {
      summary:
        'X answers requests sent through an MLAT or letters rogatory; say that it comes via MLAT and name the requesting country. X Internet Unlimited Company in Dublin controls EU and EEA users\' data, and X has a single point of contact for EU authorities under DSA Article 11.',
      value: {
        route: 'MLAT or letters rogatory, stating the MLAT route and originating country; EU authorities also have a DSA single point of contact',
        euEntity: 'X Internet Unlimited Company',
      },
      confidence: 'official',
      sources: [guidelines],
    },
    identifiers: {
      summary: 'Identify the account by its @username and profile URL, its numeric user ID, or both. For Periscope, give the username and URL.',
      value: {
        accepted: ['@username with profile URL', 'Numeric user ID (UID)', 'Periscope username with URL'],
      },
      confidence: 'official',
      sources: [guidelines],
    },
  },
});
