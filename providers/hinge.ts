import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.hingeTermsNo, '2026-12-05');

const privacySummary = cite(SOURCES.hingePrivacySummary, '2026-12-05');

export default defineProvider({
  id: 'hinge',
  name: 'Hinge',
  ownDomains: ['hinge.co'],
  products: ['Hinge'],
  portalName: null,
  portal: {
    summary:
      'No Hinge law-enforcement portal, guide or request address was found; Hinge\'s terms give only its customer-service address (hello@hinge.co) and a postal address in Dallas, Texas.',
    value: [],
    confidence: 'secondary',
    sources: [terms],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "hinge" is ordinary English.
  emailWords: ['Hinge,? Inc', 'hinge\\.co', 'Hinge (?:Law Enforcement|Legal|Support|Safety|Trust & Safety|Customer Experience)', 'MTCH Technology Services'],
  emailWordsMatchCase: true,
  emailDomains: ['hinge.co'],
  legal: {
    headquarters: {
      summary: 'Hinge\'s terms (in force from 14 January 2024) give a P.O. box in Dallas, Texas for notices and say the company\'s business is partly conducted at 809 Washington St., New York.',
      value: 'US',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary:
        'A third-party summary of Hinge\'s privacy policy (effective 24 November 2025) says MTCH Technology Services Limited, in Ireland, is the controller for users in the EEA, the UK and Switzerland; no source names it as an e-Evidence addressee.',
      value: { name: 'MTCH Technology Services Limited', country: 'IE', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [privacySummary],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'A third-party summary of Hinge\'s privacy policy (effective 24 November 2025) names Hinge, Inc. of Dallas, Texas as controller outside the EEA, the UK and Switzerland, where MTCH Technology Services Limited (Ireland) is; Hinge\'s own terms give a Dallas postal address.',
      value: 'Hinge, Inc. (Dallas, Texas, United States); MTCH Technology Services Limited (Ireland) for the EEA, the UK and Switzerland',
      confidence: 'secondary',
      sources: [privacySummary, terms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
