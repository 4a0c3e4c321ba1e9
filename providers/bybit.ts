import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.bybitTermsHelp, '2026-12-05');

const mt5 = cite(SOURCES.bybitMt5Agreement, '2026-12-05');

const euTerms = cite(SOURCES.bybitEuGeneralTerms, '2026-12-05');

const register = cite(SOURCES.esmaCaspRegisterCopy, '2026-12-05');

export default defineProvider({
  id: 'bybit',
  name: 'Bybit',
  ownDomains: ['bybit.com', 'bybit.eu'],
  products: ['Bybit', 'Bybit EU'],
  portalName: null,
  portal: {
    summary:
      'No Bybit law-enforcement portal, guide or request address was found; the Bybit pages read only name the companies that run the platform.',
    value: [],
    confidence: 'secondary',
    sources: [terms],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['bybit'],
  emailDomains: ['bybit.com', 'bybit.eu'],
  legal: {
    headquarters: null,
    euAddressee: {
      summary:
        'Bybit EU\'s general terms (version 2, 12 September 2025) govern the relationship with Bybit EU GmbH and name the Austrian Financial Market Authority as the authority supervising its services; a copy of ESMA\'s MiCA register gives it an address in Vienna. No source names it as Bybit\'s e-Evidence addressee.',
      value: { name: 'Bybit EU GmbH', country: 'AT', role: 'eu-entity' },
      confidence: 'official',
      sources: [euTerms, register],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Bybit\'s terms of service say the bybit.com platform is operated by Bybit Fintech Limited, and its MT5 agreement says Bybit Fintech Limited provides the parts that deal in digital assets. In the EU the contracting party is Bybit EU GmbH in Vienna.',
      value: 'Bybit Fintech Limited; in the EU Bybit EU GmbH, Donau-City-Straße 7, 1220 Vienna, Austria',
      confidence: 'official',
      sources: [terms, mt5, euTerms, register],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
