import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.heetchPrivacyEn, '2026-12-05');

const parisStartup = cite(SOURCES.heetchParisStartupNews, '2026-12-05');

const conviction2017 = cite(SOURCES.heetchConviction2017News, '2026-12-05');

export default defineProvider({
  id: 'heetch',
  name: 'Heetch',
  ownDomains: ['heetch.com'],
  products: ['Heetch'],
  portalName: null,
  portal: {
    summary: 'No Heetch law-enforcement portal, guide or request address was found; its privacy charter names only Heetch and the French and EU data-protection law it follows.',
    value: [],
    confidence: 'secondary',
    sources: [privacy],
  },
  exampleUrls: [],
  emailWords: ['heetch'],
  emailDomains: ['heetch.com'],
  legal: {
    headquarters: {
      summary: 'A French trade news site calls Heetch a Paris start-up; the company was tried by the Paris criminal court in 2017.',
      value: 'FR',
      confidence: 'secondary',
      sources: [parisStartup, conviction2017],
    },
    euAddressee: {
      summary:
        'Heetch, a Paris company that processes users\' data under the French 1978 data-protection law and the GDPR, is an EU company; no source names it as an e-Evidence addressee, and the pages read give no company form or number.',
      value: { name: 'Heetch', country: 'FR', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [privacy, parisStartup],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Heetch\'s privacy charter says Heetch runs the Heetch app and heetch.com and processes passengers\' and drivers\' data under the French 1978 data-protection law and the GDPR; the page read gives no company form, number or address.',
      value: 'Heetch',
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
