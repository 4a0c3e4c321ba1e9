import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const globalPrivacy = cite(SOURCES.mercariGlobalPrivacy, '2026-12-05');

const safety = cite(SOURCES.mercariSafety, '2026-12-05');

const europeTerms = cite(SOURCES.mercariEuropeTerms, '2026-12-05');

export default defineProvider({
  id: 'mercari',
  name: 'Mercari',
  ownDomains: ['mercari.com'],
  products: ['Mercari', 'Merpay'],
  portalName: null,
  portal: {
    summary:
      'No Mercari law-enforcement portal or request address was found. Mercari says it works with investigators and public agencies, cooperates when they ask for information, and reports illegal activity it finds in the app to the police and then helps with the investigation.',
    value: [],
    confidence: 'secondary',
    sources: [safety],
  },
  exampleUrls: [],
  emailWords: ['mercari', 'Merpay'],
  emailDomains: ['mercari.com'],
  legal: {
    headquarters: {
      summary: 'Mercari\'s global privacy policy gives Mercari, Inc.\'s address at Roppongi Hills Mori Tower in Minato-ku, Tokyo, Japan.',
      value: 'JP',
      confidence: 'official',
      sources: [globalPrivacy],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Mercari\'s global privacy policy names Mercari, Inc. in Tokyo as the controller of the data of users outside Japan; the UK app and website are provided by Mercari Europe Ltd.',
      value: 'Mercari, Inc., Roppongi Hills Mori Tower 18F, 6-10-1 Roppongi, Minato-ku, Tokyo 106-6118, Japan',
      confidence: 'official',
      sources: [globalPrivacy, europeTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
