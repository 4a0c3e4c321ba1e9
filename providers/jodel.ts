import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.jodelTermsEn, '2026-12-05');

const privacy = cite(SOURCES.jodelPrivacyIos, '2026-12-05');

const fazReport = cite(SOURCES.jodelFazReport, '2026-12-05');

export default defineProvider({
  id: 'jodel',
  name: 'Jodel',
  ownDomains: ['jodel.com', 'jodel-app.com'],
  products: ['Jodel'],
  portalName: null,
  portal: {
    summary:
      'No Jodel law-enforcement portal, guide or request address was found. A FAZ report says Jodel gave German prosecutors the coordinates and IP address left by a user who had announced a rampage, as well as his earlier posts.',
    value: [],
    confidence: 'secondary',
    sources: [fazReport],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "Jodel" is also a (German) word for a yodel.
  emailWords: ['Jodel Venture', 'Jodel (?:App|Legal|Support|Team|Law Enforcement|Trust & Safety)', 'jodel\\.com', 'jodel-app\\.com'],
  emailWordsMatchCase: true,
  emailDomains: ['jodel.com', 'jodel-app.com'],
  legal: {
    headquarters: {
      summary: 'Jodel\'s terms say the app and websites are provided by Jodel Venture GmbH, Wilhelmstraße 118, Berlin, Germany.',
      value: 'DE',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary: 'Jodel Venture GmbH in Berlin, which provides the services and is their controller under the GDPR, is an EU company; no source names it as an e-Evidence addressee.',
      value: { name: 'Jodel Venture GmbH', country: 'DE', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms, privacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Jodel\'s terms name Jodel Venture GmbH of Berlin as the provider of the app and websites; its privacy policy names The Jodel Venture GmbH as controller under the GDPR.',
      value: 'Jodel Venture GmbH, Wilhelmstraße 118, 10963 Berlin, Germany',
      confidence: 'official',
      sources: [terms, privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
