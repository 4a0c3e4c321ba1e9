import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const dsaReport = cite(SOURCES.pornhubDsaTransparencyJune2024, '2026-12-05');

const riskReportCopy = cite(SOURCES.pornhubDsaRiskReport2025Copy, '2026-12-05');

const news2023 = cite(SOURCES.ayloOhioAg10tv2023, '2026-12-05');

export default defineProvider({
  id: 'aylo',
  name: 'Aylo (Pornhub)',
  ownDomains: ['aylo.com', 'pornhub.com', 'youporn.com', 'redtube.com', 'brazzers.com'],
  products: ['Pornhub', 'YouPorn', 'RedTube', 'Brazzers'],
  portalName: null,
  portal: {
    summary:
      'No Aylo or Pornhub law-enforcement portal, guide or request address was found. Pornhub\'s first EU DSA transparency report (June 2024) counts removal orders and information requests from EU law enforcement and says each order is acknowledged automatically on receipt.',
    value: [],
    confidence: 'official',
    sources: [dsaReport],
  },
  exampleUrls: [],
  emailWords: ['Aylo', 'MindGeek', 'Pornhub'],
  emailDomains: ['aylo.com', 'pornhub.com'],
  legal: {
    headquarters: {
      summary: 'A 2023 news report calls Aylo, the parent company of Pornhub, Montreal-based.',
      value: 'CA',
      confidence: 'secondary',
      sources: [news2023],
    },
    euAddressee: {
      summary:
        'Pornhub\'s DSA transparency report names Aylo Freesites Ltd as the service provider; its 2025 DSA risk report (read in a copy) gives that company\'s address in Dali, Cyprus. No source names it as an e-Evidence addressee.',
      value: { name: 'Aylo Freesites Ltd', country: 'CY', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [dsaReport, riskReportCopy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Pornhub\'s EU DSA transparency report (June 2024) names Aylo Freesites Ltd as the provider of Pornhub; a copy of its 2025 DSA risk report gives the address in the Dali Industrial Zone, Cyprus.',
      value: 'Aylo Freesites Ltd, Block 1, 195-197 Old Nicosia-Limassol Road, Dali Industrial Zone, 2540 Cyprus',
      confidence: 'official',
      sources: [dsaReport, riskReportCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
