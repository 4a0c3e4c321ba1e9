import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.olxTermsPl, '2026-12-04');

const promoTerms = cite(SOURCES.olxBlogPromoTermsPl, '2026-12-04');

// Only OLX Poland (OLX.pl) is covered: the OLX sites of other countries are run by other companies, not read here.
export default defineProvider({
  id: 'olx',
  name: 'OLX',
  ownDomains: ['olx.pl'],
  products: ['OLX.pl'],
  portalName: null,
  portal: {
    summary:
      'No OLX law-enforcement portal, guide or request address was found; the OLX.pl terms read here name only the company that provides the service.',
    value: [],
    confidence: 'secondary',
    sources: [terms],
  },
  exampleUrls: [],
  // Case is matched: the upper-case brand and the company name, never a lower-case "olx" in a listing's address.
  emailWords: ['OLX', 'Grupa OLX'],
  emailWordsMatchCase: true,
  emailDomains: ['olx.pl'],
  legal: {
    headquarters: {
      summary: 'OLX.pl is provided by Grupa OLX sp. z o.o., whose registered office is in Poznań, Poland.',
      value: 'PL',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary: 'Grupa OLX sp. z o.o. in Poznań, which provides OLX.pl, is an EU company; no source names it as OLX\'s e-Evidence addressee.',
      value: { name: 'Grupa OLX sp. z o.o.', country: 'PL', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'The OLX.pl terms name Grupa OLX sp. z o.o. in Poznań as the operator that provides the listing service; an OLX promotion\'s terms give its court register number.',
      value: 'Grupa OLX sp. z o.o. (KRS 0000568963), ul. Królowej Jadwigi 43, 61-872 Poznań, Poland',
      confidence: 'official',
      sources: [terms, promoTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
