import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const shopTerms = cite(SOURCES.traderaShopTerms, '2026-12-05');

const paymentTerms = cite(SOURCES.traderaPaymentTerms, '2026-12-05');

const agreement2014 = cite(SOURCES.traderaUserAgreement2014, '2026-12-05');

export default defineProvider({
  id: 'tradera',
  name: 'Tradera',
  ownDomains: ['tradera.com'],
  products: ['Tradera'],
  portalName: null,
  portal: {
    summary: 'No Tradera law-enforcement portal, guide or request address was found; its terms name only the company that provides the marketplace.',
    value: [],
    confidence: 'secondary',
    sources: [shopTerms],
  },
  exampleUrls: [],
  emailWords: ['Tradera'],
  emailDomains: ['tradera.com'],
  legal: {
    headquarters: {
      summary:
        'Tradera\'s terms name a Swedish company (organisation number 556569-4642); its 2014–2019 user agreement, under the company\'s earlier name Tradera Sweden AB, gives an address in Stockholm.',
      value: 'SE',
      confidence: 'official',
      sources: [shopTerms, agreement2014],
    },
    euAddressee: {
      summary: 'Tradera Marketplace AB, which provides the marketplace, is a Swedish company, so an EU company; no source names it as Tradera\'s e-Evidence addressee.',
      value: { name: 'Tradera Marketplace AB', country: 'SE', role: 'eu-entity' },
      confidence: 'official',
      sources: [shopTerms, paymentTerms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Tradera\'s shop terms and payment terms (version 1.3, October 2022) name Tradera Marketplace AB, organisation number 556569-4642, as the provider of tradera.com; the same number belonged to Tradera Sweden AB, Sankt Eriksgatan 117, Stockholm, in the 2014–2019 user agreement.',
      value: 'Tradera Marketplace AB (556569-4642), Sweden',
      confidence: 'official',
      sources: [shopTerms, paymentTerms, agreement2014],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
