import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyDe = cite(SOURCES.grindrPrivacyDe, '2026-12-05');

const termsId = cite(SOURCES.grindrTermsId, '2026-12-05');

const safety = cite(SOURCES.grindrColoradoSafety, '2026-12-05');

const labj = cite(SOURCES.grindrLaBusinessJournal, '2026-12-05');

export default defineProvider({
  id: 'grindr',
  name: 'Grindr',
  ownDomains: ['grindr.com'],
  products: ['Grindr'],
  portalName: null,
  portal: {
    summary:
      'No Grindr law-enforcement portal, guide or request address was found; Grindr\'s safety-policy page says only that it responds to valid law-enforcement requests in line with applicable laws.',
    value: [],
    confidence: 'official',
    sources: [safety],
  },
  exampleUrls: [],
  emailWords: ['Grindr'],
  emailDomains: ['grindr.com'],
  legal: {
    headquarters: {
      summary: 'The Los Angeles Business Journal calls Grindr a West Hollywood company; the Grindr pages read do not state its country.',
      value: 'US',
      confidence: 'secondary',
      sources: [labj],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Grindr\'s terms of service are those of Grindr LLC\'s app and services, and its privacy policy (in force from 6 July 2022) says Grindr LLC, with its parent companies and subsidiaries such as Grindr Canada Inc., processes users\' personal data.',
      value: 'Grindr LLC',
      confidence: 'official',
      sources: [termsId, privacyDe],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
