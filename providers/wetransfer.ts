import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.wetransferTerms2025, '2026-12-06');

const securityHelp = cite(SOURCES.wetransferSecurityPrivacyHelp, '2026-12-06');

const apiTermsCopy = cite(SOURCES.wetransferApiTermsCopy, '2026-12-06');

export default defineProvider({
  id: 'wetransfer',
  name: 'WeTransfer',
  ownDomains: ['wetransfer.com'],
  products: ['WeTransfer'],
  portalName: null,
  portal: {
    summary:
      'No WeTransfer law-enforcement portal, guide or request address was found; its terms name the company that provides the service, and its help centre\'s security and privacy section covers abuse reports and data protection, not authorities\' requests.',
    value: [],
    confidence: 'secondary',
    sources: [terms, securityHelp],
  },
  exampleUrls: [],
  // Case is matched: only the written brand, never "we transfer" in a sentence.
  emailWords: ['WeTransfer'],
  emailWordsMatchCase: true,
  // WeTransfer's own domain: it sends transfer notices for users, but users hold no mailboxes on it.
  emailDomains: ['wetransfer.com'],
  legal: {
    headquarters: {
      summary: 'WeTransfer\'s terms are an agreement with Wetransfer B.V., and its help centre says it complies with the GDPR as a Dutch company.',
      value: 'NL',
      confidence: 'official',
      sources: [terms, securityHelp],
    },
    euAddressee: {
      summary: 'WeTransfer B.V., the Dutch company that provides the service, is an EU company; no source names it as WeTransfer\'s e-Evidence addressee.',
      value: { name: 'WeTransfer B.V.', country: 'NL', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms, securityHelp],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'WeTransfer\'s terms of service (effective 15 July 2025) are an agreement with Wetransfer B.V.; its help centre calls it a Dutch company. A copy of its API terms on a third-party site gives WeTransfer B.V.\'s main office as Willem Fenengastraat 19, 1096 BL Amsterdam, Dutch Chamber of Commerce number 34380998.',
      value: 'WeTransfer B.V., Netherlands (a copy of its API terms gives Willem Fenengastraat 19, 1096 BL Amsterdam, KvK 34380998)',
      confidence: 'official',
      sources: [terms, securityHelp, apiTermsCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
