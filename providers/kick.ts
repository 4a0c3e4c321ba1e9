import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const dmca = cite(SOURCES.kickDmcaStrikes, '2026-12-02');

const developerAgreement = cite(SOURCES.kickDeveloperAgreementCopy, '2026-12-02');

export default defineProvider({
  id: 'kick',
  name: 'Kick',
  ownDomains: ['kick.com'],
  products: ['Kick'],
  portalName: null,
  portal: {
    summary: 'No Kick law-enforcement portal, guide or request address was found; its help centre publishes only its copyright (DMCA) process.',
    value: [],
    confidence: 'secondary',
    sources: [dmca],
  },
  exampleUrls: [],
  // Never the bare word: "kick" is ordinary English ("kick off the meeting").
  emailWords: ['kick\\.com', 'Kick Streaming'],
  emailDomains: ['kick.com'],
  legal: {
    headquarters: {
      summary: 'A copy of Kick\'s developer agreement names Kick Streaming Pty Ltd with an Australian company number (ACN), which implies an Australian company.',
      value: 'AU',
      confidence: 'secondary',
      sources: [developerAgreement],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'A copy of Kick\'s developer agreement names the company as Kick Streaming Pty Ltd (ACN 663 807 645).',
      value: 'Kick Streaming Pty Ltd (ACN 663 807 645)',
      confidence: 'secondary',
      sources: [developerAgreement],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
