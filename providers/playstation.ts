import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsUs = cite(SOURCES.playstationTermsUs2019, '2026-12-04');

export default defineProvider({
  id: 'playstation',
  name: 'PlayStation Network (Sony Interactive Entertainment)',
  ownDomains: ['playstation.com', 'playstation.net', 'sonyentertainmentnetwork.com'],
  products: ['PlayStation Network', 'PlayStation Store'],
  portalName: null,
  portal: {
    summary: 'No PlayStation law-enforcement portal, guide or request address was found; the US terms read name only the company that provides the PlayStation Network services.',
    value: [],
    confidence: 'secondary',
    sources: [termsUs],
  },
  exampleUrls: [],
  emailWords: ['PlayStation', 'Sony Interactive Entertainment'],
  emailDomains: ['playstation.com', 'playstation.sony.com'],
  facts: {
    legalEntity: {
      summary: 'PlayStation\'s US terms of service (1 April 2019) are a contract with Sony Interactive Entertainment LLC for PlayStation Network products and services.',
      value: 'Sony Interactive Entertainment LLC',
      confidence: 'official',
      sources: [termsUs],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
