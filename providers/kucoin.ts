import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const recovery = cite(SOURCES.kucoinAssetsRecoveryAgreement, '2026-12-05');

const guideCopy = cite(SOURCES.kucoinLawEnforcementGuidelinesCopy, '2026-12-05');

const euBan = cite(SOURCES.kucoinEuBanTrendingTopics, '2026-12-05');

const euBanCt = cite(SOURCES.kucoinEuBanCointelegraph, '2026-12-05');

export default defineProvider({
  id: 'kucoin',
  name: 'KuCoin',
  ownDomains: ['kucoin.com'],
  products: ['KuCoin'],
  portalName: null,
  portal: {
    summary:
      'No KuCoin law-enforcement portal was found. A copy of KuCoin\'s law-enforcement guidelines (Traditional Chinese, read on CoinCarp) asks for requests by e-mail to rbenquiries@kucoin.com, addressed to the specific KuCoin legal entity, and says a review usually takes 10 to 15 working days.',
    value: [],
    confidence: 'secondary',
    sources: [guideCopy],
  },
  exampleUrls: [],
  channels: [
    {
      summary:
        'The copied guidelines send law-enforcement requests to rbenquiries@kucoin.com, from a government e-mail address, in English, with proof of the officer\'s authority and identity.',
      value: { kind: 'email', address: 'rbenquiries@kucoin.com', purposes: ['all'], hours: null },
      confidence: 'secondary',
      sources: [guideCopy],
    },
  ],
  // A coined name: it names no one else.
  emailWords: ['kucoin', 'Peken Global'],
  emailDomains: ['kucoin.com'],
  legal: {
    headquarters: {
      summary: 'KuCoin\'s assets recovery agreement names Peken Global Limited, a company incorporated in Seychelles, as the exchange; a news report calls KuCoin Seychelles-headquartered.',
      value: 'SC',
      confidence: 'official',
      sources: [recovery, euBanCt],
    },
    euAddressee: {
      summary:
        'News reports say KuCoin EU Exchange GmbH in Vienna received a MiCA licence from the Austrian Financial Market Authority on 27 November 2025, and that in February 2026 the FMA barred it from new business until it filled its anti-money-laundering and sanctions officer posts. No source names it as KuCoin\'s e-Evidence addressee.',
      value: { name: 'KuCoin EU Exchange GmbH', country: 'AT', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [euBan, euBanCt],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'KuCoin\'s assets recovery agreement (26 February 2025) is with Peken Global Limited, a private company incorporated in Seychelles, which operates the exchange with its affiliates.',
      value: 'Peken Global Limited (Seychelles)',
      confidence: 'official',
      sources: [recovery],
    },
    preservation: null,
    userNotification: null,
    emergency: {
      summary: 'The copied guidelines say a review usually takes 10 to 15 working days and ask that extremely urgent requests say "urgent request" in the e-mail subject line.',
      value: {
        criteria: 'Extremely urgent requests',
        channel: 'rbenquiries@kucoin.com, with "urgent request" in the subject line',
        requiredContent: [],
      },
      confidence: 'secondary',
      sources: [guideCopy],
    },
    childSafety: null,
    international: {
      summary:
        'The copied guidelines say KuCoin cooperates voluntarily with requests from all jurisdictions under its terms, privacy policy and applicable law; cross-border requests should come with the relevant mutual legal assistance treaty documents.',
      value: { route: 'E-mail request naming the KuCoin legal entity, with mutual legal assistance treaty documents where cross-border', euEntity: null },
      confidence: 'secondary',
      sources: [guideCopy],
    },
    identifiers: {
      summary: 'The copied guidelines ask for any public wallet addresses or transaction IDs as text or in an Excel file, not as a PDF.',
      value: { accepted: ['Public wallet address', 'Transaction ID'] },
      confidence: 'secondary',
      sources: [guideCopy],
    },
  },
});
