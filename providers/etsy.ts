import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const houseRules = cite(SOURCES.etsyHouseRulesBlog2015, '2026-12-06');

const requestsPolicyCopy = cite(SOURCES.etsyRequestsForInformationCopy, '2026-12-06');

const sellerPage = cite(SOURCES.etsyShopPrivacyDaMerryDesign, '2026-12-06');

const s1 = cite(SOURCES.etsySecS1of2015, '2026-12-06');

export default defineProvider({
  id: 'etsy',
  name: 'Etsy',
  ownDomains: ['etsy.com'],
  products: ['Etsy'],
  portalName: null,
  portal: {
    summary:
      'No Etsy law-enforcement portal was found. Etsy\'s Requests for Information Policy (read in a copy on a third-party site) has sections on serving Etsy with legal process, emergencies and notice to the member, but the part read names no portal or request address.',
    value: [],
    confidence: 'secondary',
    sources: [requestsPolicyCopy],
  },
  exampleUrls: [],
  // Case is matched: only the capitalised brand, not "etsy" inside a user's address.
  emailWords: ['Etsy'],
  emailWordsMatchCase: true,
  emailDomains: ['etsy.com'],
  legal: {
    headquarters: {
      summary:
        'Etsy, Inc.\'s 2015 registration statement with the US SEC gives a Delaware company with its principal executive offices in Brooklyn, New York; no Etsy page read states its seat, so the country rests on that filing.',
      value: 'US',
      confidence: 'secondary',
      sources: [s1],
    },
    euAddressee: {
      summary:
        'Etsy said in 2015 that members living outside North and South America contract with Etsy Ireland, a subsidiary of Etsy, Inc.; no source names it as Etsy\'s e-Evidence addressee.',
      value: { name: 'Etsy Ireland', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [houseRules, sellerPage],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Etsy announced in 2015 that members living in North or South America contract with Etsy, Inc. and members elsewhere with its subsidiary Etsy Ireland. A seller\'s shop policy on etsy.com names the platform\'s operator as Etsy Ireland UC, 66/67 Great Strand Street, Dublin 1 (the seller\'s wording, not Etsy\'s).',
      value: 'Etsy, Inc. (members in North and South America); Etsy Ireland (members elsewhere; a seller\'s page gives Etsy Ireland UC, 66/67 Great Strand Street, Dublin 1, Ireland)',
      confidence: 'official',
      sources: [houseRules, sellerPage],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
