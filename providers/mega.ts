import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const transparency = cite(SOURCES.megaTransparency, '2026-12-02');

const report2016 = cite(SOURCES.megaTransparency2016, '2026-12-02');

const takedown = cite(SOURCES.megaTakedownGuidanceCopy, '2026-12-02');

export default defineProvider({
  id: 'mega',
  name: 'MEGA',
  ownDomains: ['mega.nz', 'mega.io'],
  products: ['MEGA cloud storage', 'MEGA chat'],
  portalName: null,
  portal: {
    summary:
      'No MEGA law-enforcement portal was found. Its guidance on requests for user information (read in a proxied copy) asks requesters to check with MEGA first what information exists; its transparency report has a section on responses to international law enforcement.',
    value: [],
    confidence: 'secondary',
    sources: [takedown, transparency],
  },
  exampleUrls: [],
  // Never the bare word: "mega" is an ordinary word in many languages.
  emailWords: ['mega\\.nz', 'mega\\.io', 'Mega Limited'],
  emailDomains: ['mega.nz', 'mega.io'],
  legal: {
    headquarters: {
      summary: 'MEGA says its service is governed by New Zealand law, which implies a New Zealand company.',
      value: 'NZ',
      confidence: 'secondary',
      sources: [report2016],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: null,
    preservation: {
      summary:
        'MEGA\'s guidance (as copied) says that in some cases, such as particular urgency, it may keep information for evidence while cutting the user\'s access, without a court order; it is not bound to. No period is stated.',
      value: { days: null, extensionDays: null, extensionLeadDays: null, maxExtensions: null, extensionHowTo: null },
      confidence: 'secondary',
      sources: [takedown],
    },
    userNotification: null,
    emergency: {
      summary: 'MEGA\'s guidance (as copied) says that in particularly urgent cases it may not require a court order to release information, at its discretion.',
      value: { criteria: 'Particular urgency, at MEGA\'s discretion', channel: null, requiredContent: [] },
      confidence: 'secondary',
      sources: [takedown],
    },
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
