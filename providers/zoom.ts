import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const lersAnnouncement = cite(SOURCES.zoomLersAnnouncement, '2026-11-24');

const lersAnnouncementEs = cite(SOURCES.zoomLersAnnouncementEs, '2026-11-24');

const governmentRequestsBlog = cite(SOURCES.zoomGovernmentRequestsBlog, '2026-11-24');

const requestsGuide = cite(SOURCES.zoomRequestsGuide, '2026-11-24');

const requestsFaq = cite(SOURCES.zoomRequestsFaq, '2026-11-24');

export default defineProvider({
  id: 'zoom',
  name: 'Zoom',
  ownDomains: ['zoom.us', 'zoom.com'],
  products: ['Zoom'],
  portalName: 'Law Enforcement Request System (LERS)',
  portal: {
    summary:
      'Since August 2022, Zoom takes user-data, preservation, emergency and withhold-access requests in LERS, where you can also track status. Only officials with a government email can sign in, with multi-factor authentication.',
    value: [{ host: 'lers.zoom.us' }],
    confidence: 'official',
    sources: [lersAnnouncement, lersAnnouncementEs],
  },
  exampleUrls: ['https://lers.zoom.us/', 'https://lers.zoom.us/requests/new', 'https://lers.zoom.us/login'],
  urlPageKinds: [],
  emailWords: ['zoom'],
  legal: {
    headquarters: null,
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        "Zoom takes a subpoena or its local equivalent for non-content data, if the request rests on the requesting country's law.",
      value: true,
      confidence: 'official',
      sources: [requestsGuide, requestsFaq],
    },
  },
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'Zoom gives user data to governments only when the law requires it or in a genuine emergency. Emergency requests go through LERS.',
      value: {
        criteria: 'A bona fide emergency',
        channel: 'LERS',
        requiredContent: [],
      },
      confidence: 'official',
      sources: [lersAnnouncement, governmentRequestsBlog],
    },
    childSafety: null,
    international: {
      summary:
        'Requests must rest on the law of the requesting country and come through official channels, and must be clear and not overbroad. Non-content needs a subpoena or local equivalent, content a warrant, court order or local equivalent. Zoom challenges requests with no legal basis there or about people outside that jurisdiction.',
      value: {
        route:
          'Valid process under the requesting country\'s law, sent officially: subpoena or equivalent for non-content, warrant or court order or equivalent for content',
        euEntity: null,
      },
      confidence: 'official',
      sources: [requestsGuide, governmentRequestsBlog, requestsFaq],
    },
    identifiers: null,
  },
});
