import { defineProvider } from './define';
import type { Source } from './schema';

const requestsReport: Source = {
  url: 'https://www.microsoft.com/en-us/about/corporate-responsibility/lerr',
  title: 'Microsoft Law Enforcement Requests Report and FAQ',
  kind: 'official',
  checked: '2026-11-24',
  published: null,
};

const portalGuide: Source = {
  url: 'https://ministryofcyberaffairs.com/news/microsoft-law-enforcement-data-request-police-government-guide-d307e259-8aab-4465-8fdb-39afb8b574a3',
  title: 'Ministry of Cyber Affairs guide to Microsoft requests (third-party)',
  kind: 'secondary',
  checked: '2026-11-24',
  published: null,
};

const aboutDfir: Source = {
  url: 'https://aboutdfir.com/resources/preservation-letter-search-warrant-templates/microsoft/',
  title: 'AboutDFIR Microsoft preservation letter templates (third-party)',
  kind: 'secondary',
  checked: '2026-11-24',
  published: null,
};

export default defineProvider({
  id: 'microsoft',
  name: 'Microsoft',
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
