import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const agreement = cite(SOURCES.ukrnetPrivacyAgreement, '2026-12-05');

export default defineProvider({
  id: 'ukrnet',
  name: 'UKR.NET',
  ownDomains: ['ukr.net'],
  products: ['UKR.NET mail'],
  portalName: null,
  portal: {
    summary: 'No UKR.NET law-enforcement portal, guide or request address was found; its privacy agreement names only the company that owns the services.',
    value: [],
    confidence: 'secondary',
    sources: [agreement],
  },
  exampleUrls: [],
  // Case is matched, only the upper-case brand or the company's Latin name, and the words open with a group: ukr.net
  // holds users' mailboxes, so a lower-case "ukr.net" in an address, or a sender on ukr.net, names a target. Cyrillic
  // forms are left out, as a word boundary cannot be found around them.
  emailWords: ['(?:UKR\\.NET|UKRNET|Ukrnet LLC)'],
  emailWordsMatchCase: true,
  // No mail domain: ukr.net is a mailbox service, and a domain listed here makes every address on it the provider's.
  legal: {
    headquarters: {
      summary: 'UKR.NET\'s privacy agreement names its owner TOV "UKRNET" with an address in Kyiv, Ukraine.',
      value: 'UA',
      confidence: 'official',
      sources: [agreement],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'UKR.NET\'s privacy agreement is a public contract with TOV "UKRNET" (a Ukrainian limited liability company), 26 Holosiivskyi Avenue, Kyiv 03039, whose services it covers and which collects and processes the data of its users.',
      value: 'ТОВ «УКРНЕТ» (UKRNET LLC), пр-т Голосіївський, 26, Kyiv 03039, Ukraine',
      confidence: 'official',
      sources: [agreement],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
