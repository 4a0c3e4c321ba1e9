import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const imprint = cite(SOURCES.n26Imprint, '2026-12-05');

export default defineProvider({
  id: 'n26',
  name: 'N26',
  ownDomains: ['n26.com'],
  products: ['N26'],
  portalName: null,
  portal: {
    summary: 'No N26 law-enforcement portal, guide or request address was found; its imprint names only the companies that run the website and the bank.',
    value: [],
    confidence: 'secondary',
    sources: [imprint],
  },
  exampleUrls: [],
  // Case is matched and never "N26" alone: it is also a road, route or model number.
  emailWords: ['N26 Bank', 'N26 AG', 'N26 GmbH', 'n26\\.com', 'N26 (?:Legal|Compliance|Support|Customer Support)'],
  emailWordsMatchCase: true,
  emailDomains: ['n26.com'],
  legal: {
    headquarters: {
      summary: 'N26\'s imprint gives N26 AG and N26 Bank AG the address Voltairestraße 8, 10179 Berlin, Germany, with N26 Bank AG authorised by BaFin.',
      value: 'DE',
      confidence: 'official',
      sources: [imprint],
    },
    euAddressee: {
      summary: 'N26 Bank AG in Berlin, authorised by the German Federal Financial Supervisory Authority, is an EU company; no source names it as N26\'s e-Evidence addressee.',
      value: { name: 'N26 Bank AG', country: 'DE', role: 'eu-entity' },
      confidence: 'official',
      sources: [imprint],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'N26\'s imprint says the website is provided by N26 AG (HRB 247469 B) and N26 Bank AG (HRB 247466 B, Amtsgericht Charlottenburg), both at Voltairestraße 8, Berlin; N26 Bank AG is the bank, supervised by BaFin.',
      value: 'N26 Bank AG (HRB 247466 B), Voltairestraße 8, 10179 Berlin, Germany',
      confidence: 'official',
      sources: [imprint],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
