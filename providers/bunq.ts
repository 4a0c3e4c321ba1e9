import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.bunqPrivacyStatement, '2026-12-05');

export default defineProvider({
  id: 'bunq',
  name: 'bunq',
  ownDomains: ['bunq.com'],
  products: ['bunq'],
  portalName: null,
  portal: {
    summary:
      'No bunq law-enforcement portal, guide or request address was found; its privacy statement names only the bank that controls the data and the support and data-protection addresses for customers.',
    value: [],
    confidence: 'secondary',
    sources: [privacy],
  },
  exampleUrls: [],
  emailWords: ['bunq'],
  emailDomains: ['bunq.com'],
  legal: {
    headquarters: {
      summary: 'bunq\'s privacy statement names bunq B.V., registered with the Dutch Chamber of Commerce, with its headquarters in Amsterdam.',
      value: 'NL',
      confidence: 'official',
      sources: [privacy],
    },
    euAddressee: {
      summary: 'The data controller bunq B.V. is a Dutch company, so an EU company; no source names it as bunq\'s e-Evidence addressee.',
      value: { name: 'bunq B.V.', country: 'NL', role: 'eu-entity' },
      confidence: 'official',
      sources: [privacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'bunq\'s privacy statement names bunq B.V., Chamber of Commerce number 54992060, headquartered at Basisweg 32 in Amsterdam, as the data controller.',
      value: 'bunq B.V. (KvK 54992060), Basisweg 32, 1043 AP Amsterdam, Netherlands',
      confidence: 'official',
      sources: [privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
