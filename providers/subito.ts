import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const procedures = cite(SOURCES.subitoBusinessProcedures, '2026-12-04');

export default defineProvider({
  id: 'subito',
  name: 'Subito',
  ownDomains: ['subito.it'],
  products: ['Subito', 'TuttoSubito'],
  portalName: null,
  portal: {
    summary:
      'No Subito law-enforcement portal, guide or request address was found; the Subito page read here names only the company that provides the service and its customer-service page.',
    value: [],
    confidence: 'secondary',
    sources: [procedures],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "subito" is ordinary Italian ("at once").
  emailWords: ['Subito\\.it'],
  emailWordsMatchCase: true,
  emailDomains: ['subito.it'],
  facts: {
    legalEntity: {
      summary: 'Subito\'s page for business users names Subito.it S.r.l. as the company that provides the Subito service.',
      value: 'Subito.it S.r.l.',
      confidence: 'official',
      sources: [procedures],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
