import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms2021 = cite(SOURCES.gcashTerms2021, '2026-12-05');

const termsDefinitions = cite(SOURCES.gcashTermsDefinitions, '2026-12-05');

const privacy = cite(SOURCES.gcashPrivacyNotice, '2026-12-05');

const privacy230426 = cite(SOURCES.gcashPrivacyNotice230426, '2026-12-05');

export default defineProvider({
  id: 'gcash',
  name: 'GCash',
  ownDomains: ['gcash.com'],
  products: ['GCash'],
  portalName: null,
  portal: {
    summary:
      'No GCash law-enforcement portal or request address was found. Its privacy notice (version 230426) says G-Xchange, Inc. processes personal data as far as needed to meet the law and legal process (such as the Anti-Money Laundering Act and central-bank rules) or to prevent imminent harm to public security, safety or order.',
    value: [],
    confidence: 'secondary',
    sources: [privacy230426],
  },
  exampleUrls: [],
  emailWords: ['gcash', 'G-Xchange', 'Mynt, Inc'],
  emailDomains: ['gcash.com'],
  facts: {
    legalEntity: {
      summary:
        'GCash\'s terms say "GCash" means G-Xchange, Inc. (GXI), a wholly owned subsidiary of Mynt (then Globe Fintech Innovations, Inc.) registered with the Bangko Sentral ng Pilipinas as an e-money issuer and remittance agent; its current privacy notice lists Mynt, Inc. and G-Xchange, Inc. among the Mynt Group companies behind the GCash app.',
      value: 'G-Xchange, Inc. (GXI), a subsidiary of Mynt, Inc. (formerly Globe Fintech Innovations, Inc.), registered with the Bangko Sentral ng Pilipinas',
      confidence: 'official',
      sources: [terms2021, termsDefinitions, privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
