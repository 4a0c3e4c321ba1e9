import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.bitvavoTermsDe, '2026-12-04');

const aml = cite(SOURCES.bitvavoAmlHelp, '2026-12-04');

export default defineProvider({
  id: 'bitvavo',
  name: 'Bitvavo',
  ownDomains: ['bitvavo.com'],
  products: ['Bitvavo'],
  portalName: null,
  portal: {
    summary:
      'No Bitvavo law-enforcement portal, guide or request address was found. Its help page on money laundering says its compliance department monitors transactions, may write to customers from compliance@bitvavo.com, and reports suspicious transactions, and every transaction above EUR 15,000, to the Financial Intelligence Unit.',
    value: [],
    confidence: 'official',
    sources: [aml],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['bitvavo'],
  emailDomains: ['bitvavo.com'],
  legal: {
    headquarters: {
      summary: 'Bitvavo\'s user agreement names Bitvavo B.V., a company with its seat in Amsterdam, the Netherlands.',
      value: 'NL',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary: 'Bitvavo B.V. in Amsterdam, the contracting party, is an EU company; no source names it as Bitvavo\'s e-Evidence addressee.',
      value: { name: 'Bitvavo B.V.', country: 'NL', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Bitvavo\'s user agreement (version of 15 July 2025) is a contract with Bitvavo B.V., Dutch Chamber of Commerce number 68743424, licensed by the Dutch AFM under MiCA; Bitvavo Custody B.V. is a party only for the lending service.',
      value: 'Bitvavo B.V. (KvK 68743424), Keizersgracht 281, 1013 ED Amsterdam, Netherlands',
      confidence: 'official',
      sources: [terms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
