import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const partnerTerms = cite(SOURCES.finnPartnerTerms, '2026-12-05');

const adRules = cite(SOURCES.finnAdRules, '2026-12-05');

export default defineProvider({
  id: 'finn',
  name: 'FINN.no',
  ownDomains: ['finn.no'],
  products: ['FINN.no'],
  portalName: null,
  portal: {
    summary: 'No FINN law-enforcement portal, guide or request address was found; its terms name only the company that delivers the services.',
    value: [],
    confidence: 'secondary',
    sources: [partnerTerms],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "finn" is the Norwegian for "find" and Finn is a first name; "FINN" in
  // capitals is the company ("Saksnummer hos FINN:", "FINN-kode").
  emailWords: ['FINN\\.no AS', 'FINN\\.no', 'Finn\\.no', 'finn\\.no', 'FINN AS', 'FINN\\b'],
  emailWordsMatchCase: true,
  emailDomains: ['finn.no'],
  facts: {
    legalEntity: {
      summary: 'FINN\'s general partner terms say its services are delivered by FINN.no AS or its subsidiaries; its advertising rules (29 January 2020) call the company FINN AS.',
      value: 'FINN.no AS',
      confidence: 'official',
      sources: [partnerTerms, adRules],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
