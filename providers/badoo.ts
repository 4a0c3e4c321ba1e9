import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyDe = cite(SOURCES.badooPrivacyDe, '2026-12-04');

export default defineProvider({
  id: 'badoo',
  name: 'Badoo',
  ownDomains: ['badoo.com', 'badoo.eu'],
  products: ['Badoo'],
  portalName: null,
  portal: {
    summary: 'No Badoo law-enforcement portal, guide or request address was found; its privacy policy names only the company that runs Badoo and a data-protection officer.',
    value: [],
    confidence: 'secondary',
    sources: [privacyDe],
  },
  exampleUrls: [],
  emailWords: ['badoo', 'Badoo Trading'],
  emailDomains: ['badoo.com'],
  legal: {
    headquarters: {
      summary: 'Badoo\'s privacy policy says Badoo is run by Badoo Trading Limited, registered in England with its address in London.',
      value: 'GB',
      confidence: 'official',
      sources: [privacyDe],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Badoo\'s privacy policy (German version) names Badoo Trading Limited, company number 07540255, registered in England, as the operator.',
      value: 'Badoo Trading Limited (07540255), The Broadgate Tower, Third Floor, 20 Primrose Street, London EC2A 2RS, United Kingdom',
      confidence: 'official',
      sources: [privacyDe],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
