import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const transparencyFaq = cite(SOURCES.yahooTransparencyFaq, '2026-11-24');

const oldComplianceGuide = cite(SOURCES.yahooOldComplianceGuide, '2026-11-24');

export default defineProvider({
  id: 'yahoo',
  name: 'Yahoo',
  ownDomains: ['yahoo.com', 'yahooinc.com'],
  products: ['Yahoo'],
  portalName: null,
  // The host is listed only in third-party police link directories that have no public address, so it cannot
  // be cited; the cited Yahoo page covers its request handling but does not name the portal.
  portal: {
    summary:
      'Third-party police directories list lawenforcementrequests.oath.com as Yahoo\'s request portal. Yahoo\'s own FAQ, cited here, does not name the portal, so treat the host as unconfirmed.',
    value: [{ host: 'lawenforcementrequests.oath.com' }],
    confidence: 'secondary',
    sources: [transparencyFaq],
  },
  exampleUrls: [
    'https://lawenforcementrequests.oath.com/',
    'https://lawenforcementrequests.oath.com/requests/new',
  ],
  urlPageKinds: [],
  emailWords: ['yahoo', 'oath'],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'In rare cases Yahoo discloses data voluntarily, where the law allows, when it concludes that this is needed without delay to prevent imminent danger of death or serious physical injury.',
      value: {
        criteria: 'Disclosure without delay is necessary to prevent imminent danger of death or serious physical injury to any person',
        channel: null,
        requiredContent: [],
      },
      confidence: 'official',
      sources: [transparencyFaq],
    },
    // Historical only: an old compliance guide, not current policy.
    childSafety: {
      summary:
        'An old Yahoo compliance guide had a section on NCMEC reporting and waived cost reimbursement in child abduction and exploitation cases. Current practice is not known.',
      value: {
        asksForNcmecReportIds: null,
        note: 'Historical guide only: NCMEC reporting section and no fees in child abduction or exploitation cases.',
      },
      confidence: 'secondary',
      sources: [oldComplianceGuide],
    },
    international: {
      summary: 'Yahoo follows ECPA for US agencies and for foreign governments that obtain US legal process.',
      value: {
        route: 'Foreign governments need US legal process under ECPA',
        euEntity: null,
      },
      confidence: 'secondary',
      sources: [transparencyFaq],
    },
    identifiers: {
      summary:
        'Identify the account by user ID, email address or screen name. Yahoo may decline requests that give only a real name or an IP address.',
      value: {
        accepted: ['User ID', 'Email address', 'Screen name or another account identifier'],
      },
      confidence: 'official',
      sources: [transparencyFaq],
    },
  },
});
