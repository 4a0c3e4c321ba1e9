import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const fraudPolicy = cite(SOURCES.wallapopFraudPolicy, '2026-12-04');

const privacyCopy = cite(SOURCES.wallapopPrivacyCopy, '2026-12-04');

const news2024 = cite(SOURCES.wallapopElPais2024, '2026-12-04');

export default defineProvider({
  id: 'wallapop',
  name: 'Wallapop',
  ownDomains: ['wallapop.com'],
  products: ['Wallapop'],
  portalName: null,
  portal: {
    summary:
      'No Wallapop law-enforcement portal or request address was found. Its policy on fraudulent or illegal activity says it removes content and accounts involved in fraud or theft and may work with law enforcement where needed for users\' safety.',
    value: [],
    confidence: 'official',
    sources: [fraudPolicy],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['wallapop'],
  emailDomains: ['wallapop.com'],
  legal: {
    headquarters: {
      summary: 'A 2024 news report says Wallapop, founded in 2013, is based in Barcelona; Wallapop\'s own pages read here do not state it.',
      value: 'ES',
      confidence: 'secondary',
      sources: [news2024],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'An older copy of Wallapop\'s privacy policy names Wallapop S.L. (CIF B-66.04.9057) in Barcelona as the data controller; a 2024 news report says its subsidiary Wallapop Spain was merged into the parent company in 2022. No current Wallapop page naming the company was read.',
      value: 'Wallapop S.L. (B-66.04.9057), Barcelona, Spain',
      confidence: 'secondary',
      sources: [privacyCopy, news2024],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
