import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.marktplaatsPrivacy, '2026-12-04');

const court2020 = cite(SOURCES.marktplaatsCourt2020, '2026-12-04');

export default defineProvider({
  id: 'marktplaats',
  name: 'Marktplaats',
  ownDomains: ['marktplaats.nl'],
  products: ['Marktplaats'],
  portalName: null,
  portal: {
    summary:
      'No Marktplaats law-enforcement portal, guide or request address was found; its privacy statement names the company that runs the platform and says it processes data to detect, investigate and prevent fraud and illegal activity.',
    value: [],
    confidence: 'secondary',
    sources: [privacy],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "marktplaats" is the ordinary Dutch word for a marketplace.
  emailWords: ['Marktplaats B\\.V', 'Marktplaats\\.nl'],
  emailWordsMatchCase: true,
  emailDomains: ['marktplaats.nl'],
  legal: {
    headquarters: {
      summary: 'A 2020 Amsterdam court judgment gives Marktplaats B.V.\'s seat as Emmeloord in the Netherlands; the Marktplaats privacy statement does not state its address.',
      value: 'NL',
      confidence: 'secondary',
      sources: [court2020],
    },
    euAddressee: {
      summary:
        'Marktplaats B.V., which runs the platform, is a Dutch company (its seat in Emmeloord per a court judgment); no source names it as Marktplaats\'s e-Evidence addressee.',
      value: { name: 'Marktplaats B.V.', country: 'NL', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [privacy, court2020],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Marktplaats\'s privacy statement (posted 12 February 2024) names Marktplaats B.V., part of the Adevinta group, as the operator of Marktplaats.nl, its app and related services, and as data controller.',
      value: 'Marktplaats B.V. (Adevinta group)',
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
