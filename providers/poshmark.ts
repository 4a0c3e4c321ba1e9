import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.poshmarkCommunityGuidelines, '2026-12-05');

const nftTerms = cite(SOURCES.poshmarkNftTerms, '2026-12-05');

const sec = cite(SOURCES.poshmarkSec10q2022, '2026-12-05');

const naver = cite(SOURCES.poshmarkNaverKoreaTimes, '2026-12-05');

const liquidation = cite(SOURCES.poshmarkKolloLiquidation, '2026-12-05');

export default defineProvider({
  id: 'poshmark',
  name: 'Poshmark',
  ownDomains: ['poshmark.com'],
  products: ['Poshmark'],
  portalName: null,
  portal: {
    summary:
      'No Poshmark law-enforcement portal, guide or request address was found; its community guidelines only say it may report certain harmful content or conduct to the appropriate law-enforcement authorities.',
    value: [],
    confidence: 'secondary',
    sources: [guidelines],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['poshmark'],
  emailDomains: ['poshmark.com'],
  legal: {
    headquarters: {
      summary:
        'Poshmark, Inc.\'s 2022 quarterly report to the US SEC says it is a Delaware company headquartered in Redwood City, California; Naver later bought it as a US subsidiary. No Poshmark page read states it.',
      value: 'US',
      confidence: 'secondary',
      sources: [sec, naver],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Poshmark\'s own terms for its 2021 birthday NFTs name Poshmark, Inc.; its 2022 SEC quarterly report describes it as a Delaware company headquartered in Redwood City, California, with subsidiaries in India, Canada, Australia and the UK. South Korea\'s Naver agreed to buy it in October 2022; a Korean report says Naver completed the purchase in January 2023, has wound up the Australian subsidiary and plans to wind up the Indian and UK ones.',
      value: 'Poshmark, Inc. (Delaware), Redwood City, California, United States (Naver group)',
      confidence: 'official',
      sources: [nftTerms, sec, naver, liquidation],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
