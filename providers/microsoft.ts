import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const requestsReport = cite(SOURCES.microsoftRequestsReport, '2026-11-24');

const portalGuide = cite(SOURCES.microsoftPortalGuide, '2026-11-24');

const aboutDfir = cite(SOURCES.microsoftAboutDfir, '2026-11-24');

export default defineProvider({
  id: 'microsoft',
  name: 'Microsoft',
  ownDomains: ['microsoft.com'],
  products: ['Outlook.com', 'OneDrive', 'Xbox', 'Skype (legacy)'],
  portalName: null,
  // No Microsoft text naming the portal host was found.
  portal: {
    summary:
      'Third-party guides point to a Microsoft law-enforcement portal at leportal.microsoft.com and advise creating an account there, with an official government email, before you need it.',
    value: [{ host: 'leportal.microsoft.com' }],
    confidence: 'secondary',
    sources: [portalGuide, aboutDfir],
  },
  exampleUrls: ['https://leportal.microsoft.com/', 'https://leportal.microsoft.com/requests/new'],
  urlPageKinds: [],
  emailWords: ['microsoft', 'outlook\\.com', 'xbox', 'skype'],
  legal: {
    headquarters: null,
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        'Microsoft takes a subpoena or its local equivalent for non-content data, so foreign authorities can ask directly under their own law.',
      value: true,
      confidence: 'official',
      sources: [requestsReport],
    },
  },
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Requests must follow applicable law: a subpoena or local equivalent for non-content data (subscriber details, IP history, Xbox gamertag, billing), and a warrant, court order or local equivalent for content.',
      value: {
        route: 'Subpoena or local equivalent for non-content; warrant, court order or local equivalent for content',
        euEntity: null,
      },
      confidence: 'official',
      sources: [requestsReport],
    },
    identifiers: null,
  },
});
