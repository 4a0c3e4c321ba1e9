import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.kraftonPrivacy, '2026-12-05');

const bgmi2021 = cite(SOURCES.kraftonBgmiData2021News, '2026-12-05');

export default defineProvider({
  id: 'krafton',
  name: 'Krafton',
  ownDomains: ['krafton.com', 'pubg.com'],
  products: ['PUBG: Battlegrounds', 'Battlegrounds Mobile India (BGMI)'],
  portalName: null,
  portal: {
    summary: 'No Krafton law-enforcement portal, guide or request address was found; its privacy policy names only the company group.',
    value: [],
    confidence: 'secondary',
    sources: [privacy],
  },
  exampleUrls: [],
  emailWords: ['krafton', 'PUBG', 'BGMI', 'Battlegrounds Mobile India'],
  emailDomains: ['krafton.com', 'pubg.com'],
  legal: {
    headquarters: {
      summary: 'A press agency report calls Krafton, the publisher of Battlegrounds Mobile India, a South Korean gaming company.',
      value: 'KR',
      confidence: 'secondary',
      sources: [bgmi2021],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Krafton\'s privacy policy (revised 21 November 2023) says "KRAFTON" means KRAFTON, Inc. and its subsidiaries and affiliates that develop or provide its games and services.',
      value: 'KRAFTON, Inc. (with its subsidiaries and affiliates)',
      confidence: 'official',
      sources: [privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
