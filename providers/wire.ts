import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyDe = cite(SOURCES.wirePrivacyDe, '2026-12-05');

const dpa = cite(SOURCES.wireDataProcessingAddendum, '2026-12-05');

const blog = cite(SOURCES.wireBlogAiPrivacy, '2026-12-05');

export default defineProvider({
  id: 'wire',
  name: 'Wire',
  ownDomains: ['wire.com'],
  products: ['Wire'],
  portalName: null,
  portal: {
    summary:
      'No Wire law-enforcement portal, guide or request address was found. Wire\'s privacy policy names Wire Swiss GmbH in Zug as the company responsible, says conversation content is end-to-end encrypted without Wire holding the keys, and says logs are kept for at most 72 hours.',
    value: [],
    confidence: 'secondary',
    sources: [privacyDe],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "wire" is ordinary English ("wire transfer").
  emailWords: ['Wire Swiss', 'wire\\.com', 'Wire (?:Legal|Law Enforcement|Support|Compliance|Privacy)'],
  emailWordsMatchCase: true,
  emailDomains: ['wire.com'],
  legal: {
    headquarters: {
      summary:
        'Wire\'s privacy policy and data-processing agreement name Wire Swiss GmbH in Zug, Switzerland, as the company that provides the service; Wire\'s blog calls Berlin, Germany, where most of its development takes place, its headquarters.',
      value: 'CH',
      confidence: 'official',
      sources: [privacyDe, dpa, blog],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Wire\'s privacy policy and its GDPR processing agreement (last updated 12 March 2025) name Wire Swiss GmbH, Untermüli 9, 6300 Zug, Switzerland.',
      value: 'Wire Swiss GmbH, Untermüli 9, 6300 Zug, Switzerland',
      confidence: 'official',
      sources: [privacyDe, dpa],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
