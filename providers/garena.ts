import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyPt = cite(SOURCES.garenaPrivacyPt, '2026-12-05');

const relaunch2023 = cite(SOURCES.garenaFreeFireRelaunchNews, '2026-12-05');

const singapore2022 = cite(SOURCES.garenaSingaporeCompanyNews, '2026-12-05');

export default defineProvider({
  id: 'garena',
  name: 'Garena',
  ownDomains: ['garena.com'],
  products: ['Garena', 'Free Fire', 'Free Fire MAX'],
  portalName: null,
  portal: {
    summary: 'No Garena law-enforcement portal, guide or request address was found; its privacy policy names only the company that runs Garena\'s services.',
    value: [],
    confidence: 'secondary',
    sources: [privacyPt],
  },
  exampleUrls: [],
  // Only the company's name: "free fire" is an ordinary phrase.
  emailWords: ['garena'],
  emailDomains: ['garena.com'],
  legal: {
    headquarters: {
      summary: 'Press reports call Garena, Free Fire\'s developer and publisher, a Singapore-based company and say its parent Sea Limited is headquartered in Singapore.',
      value: 'SG',
      confidence: 'secondary',
      sources: [singapore2022, relaunch2023],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Garena\'s privacy policy (Portuguese version) says Garena\'s services are run by Garena Online Private Limited with its affiliates and group companies.',
      value: 'Garena Online Private Limited (with its affiliates)',
      confidence: 'official',
      sources: [privacyPt],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
