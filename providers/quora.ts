import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guideFr = cite(SOURCES.quoraLawEnforcementFr, '2026-12-05');

const guideIt = cite(SOURCES.quoraLawEnforcementIt, '2026-12-05');

const privacyCopy = cite(SOURCES.quoraPrivacyCopy, '2026-12-05');

export default defineProvider({
  id: 'quora',
  name: 'Quora',
  ownDomains: ['quora.com'],
  products: ['Quora'],
  portalName: null,
  // Requests go by e-mail (see channels), not through a portal.
  portal: {
    summary:
      'Quora has no law-enforcement portal. Its help centre says requests from outside the US may be e-mailed to LER@quora.com from the requesting authority\'s official address, while US requests must be served on its agent, with a courtesy copy to LER@quora.com. It keeps no link between anonymously posted content and an account, so it cannot identify anonymous authors.',
    value: [],
    confidence: 'official',
    sources: [guideFr, guideIt],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Requests from non-US law enforcement may be sent to LER@quora.com and must come from an official e-mail address of the requesting government body; US requests are served on Quora\'s agent, with an optional courtesy copy here.',
      value: { kind: 'email', address: 'LER@quora.com', purposes: ['legal-process'], hours: null },
      confidence: 'official',
      sources: [guideFr, guideIt],
    },
  ],
  emailWords: ['Quora'],
  emailDomains: ['quora.com'],
  facts: {
    legalEntity: {
      summary: 'A copy of Quora\'s privacy policy (last updated 11 December 2020) names Quora Inc. as the data controller and says the policy covers Quora, Inc. and its affiliates and subsidiaries.',
      value: 'Quora, Inc.',
      confidence: 'secondary',
      sources: [privacyCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Quora answers disclosure requests only from government bodies under applicable law and legal process; foreign law enforcement is told to follow the applicable mutual legal assistance treaty, and may e-mail requests to LER@quora.com from an official address.',
      value: { route: 'Mutual legal assistance as applicable; requests by e-mail to LER@quora.com from an official government address', euEntity: null },
      confidence: 'official',
      sources: [guideFr, guideIt],
    },
    identifiers: null,
  },
});
