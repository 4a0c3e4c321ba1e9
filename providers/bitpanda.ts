import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.bitpandaGroupTerms, '2026-12-05');

const register = cite(SOURCES.esmaCaspRegisterCopy, '2026-12-05');

export default defineProvider({
  id: 'bitpanda',
  name: 'Bitpanda',
  ownDomains: ['bitpanda.com'],
  products: ['Bitpanda'],
  portalName: null,
  portal: {
    summary:
      'No Bitpanda law-enforcement portal, guide or request address was found; Bitpanda\'s terms read here only name the Bitpanda companies that provide its services.',
    value: [],
    confidence: 'secondary',
    sources: [terms],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['bitpanda'],
  emailDomains: ['bitpanda.com'],
  legal: {
    headquarters: {
      summary: 'Bitpanda\'s group terms give Bitpanda GmbH and its sister companies their seat at Stella-Klein-Löw-Weg 17, 1020 Vienna, Austria.',
      value: 'AT',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary:
        'Bitpanda GmbH in Vienna is an EU company; a copy of ESMA\'s MiCA register lists it as a crypto-asset service provider authorised by the Austrian Financial Market Authority. No source names it as Bitpanda\'s e-Evidence addressee.',
      value: { name: 'Bitpanda GmbH', country: 'AT', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms, register],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Bitpanda\'s group terms (version 3.0.0, 7 May 2024) define Bitpanda as Bitpanda GmbH, Bitpanda Metals GmbH, Bitpanda Financial Services GmbH and Bitpanda Payments GmbH, all seated in Vienna, and Bitpanda Asset Management GmbH in Berlin.',
      value: 'Bitpanda GmbH, Stella-Klein-Löw-Weg 17, 1020 Vienna, Austria (with Bitpanda Metals, Financial Services and Payments GmbH)',
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
