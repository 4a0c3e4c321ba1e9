import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const paketTerms = cite(SOURCES.blocketPaketetTerms, '2026-12-04');

export default defineProvider({
  id: 'blocket',
  name: 'Blocket',
  ownDomains: ['blocket.se'],
  products: ['Blocket', 'Blocketpaketet'],
  portalName: null,
  portal: {
    summary:
      'No Blocket law-enforcement portal, guide or request address was found; the Blocket terms read here name only the company that provides the service.',
    value: [],
    confidence: 'secondary',
    sources: [paketTerms],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "blocket" is an ordinary Swedish word ("the pad", "the block").
  emailWords: ['Blocket AB', 'Blocketpaketet', 'Blocket\\.se'],
  emailWordsMatchCase: true,
  emailDomains: ['blocket.se'],
  facts: {
    legalEntity: {
      summary:
        'Blocket\'s terms for its shipping service name Blocket AB, organisation number 556610-3429, as the company that provides it on Blocket\'s marketplace (with the payment partner Rocker AB).',
      value: 'Blocket AB (556610-3429)',
      confidence: 'official',
      sources: [paketTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
