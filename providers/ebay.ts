import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const policeIe = cite(SOURCES.ebayPoliceReportingIe, '2026-12-04');

const blotter = cite(SOURCES.ebayPoliceBlotter, '2026-12-04');

const agreementCopy = cite(SOURCES.ebayUserAgreementCopy, '2026-12-04');

export default defineProvider({
  id: 'ebay',
  name: 'eBay',
  ownDomains: ['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.ie', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.ca', 'ebayinc.com'],
  products: ['eBay'],
  portalName: null,
  portal: {
    summary:
      'No eBay law-enforcement portal or request address was found. eBay\'s Irish safety pages tell victims to report to their local police, and say that when the police take a case further the investigating officer contacts eBay, which gives the police the information they need.',
    value: [],
    confidence: 'official',
    sources: [policeIe],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['ebay'],
  emailDomains: ['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.ie'],
  legal: {
    headquarters: {
      summary:
        'An older copy of eBay\'s User Agreement gives eBay Inc., the contracting party for US residents, an address in San Jose, California; the eBay pages read here do not state the country themselves.',
      value: 'US',
      confidence: 'secondary',
      sources: [agreementCopy],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'eBay\'s Police Blotter speaks for eBay Inc., which set up a Global Law Enforcement Organization to work with police around the world. An older copy of its User Agreement names eBay Inc. as the contracting party for US residents and other eBay companies for users elsewhere.',
      value: 'eBay Inc.',
      confidence: 'official',
      sources: [blotter, agreementCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
