import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const informationRequests = cite(SOURCES.amazonInformationRequests, '2026-11-24');

export default defineProvider({
  id: 'amazon',
  name: 'Amazon',
  ownDomains: ['amazon.com'],
  products: ['Amazon.com', 'AWS', 'Amazon devices'],
  portalName: null,
  // The host is listed only in a third-party police link directory that has no public address, so it cannot
  // be cited; the cited Amazon page explains how Amazon handles requests but does not name the portal.
  portal: {
    summary:
      'A third-party police directory lists lawenforcementrequests.amazon.com as Amazon\'s request portal. Amazon\'s own page, cited here, describes how it handles requests but does not name the portal, so treat the host as unconfirmed.',
    value: [{ host: 'lawenforcementrequests.amazon.com' }],
    confidence: 'secondary',
    sources: [informationRequests],
  },
  exampleUrls: [
    'https://lawenforcementrequests.amazon.com/',
    'https://lawenforcementrequests.amazon.com/requests/new',
  ],
  urlPageKinds: [],
  emailWords: ['amazon'],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: {
      summary:
        'Amazon tells customers before it discloses their content, unless it is prohibited from doing so or there is clear evidence of illegal conduct involving Amazon products or services.',
      value: {
        notifiesUser: true,
        exceptions: [
          'Amazon is prohibited from giving notice',
          'There is a clear indication of illegal conduct connected with the use of Amazon products or services',
        ],
        howToPrevent: null,
      },
      confidence: 'official',
      sources: [informationRequests],
    },
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
