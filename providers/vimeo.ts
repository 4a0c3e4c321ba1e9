import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyCopy = cite(SOURCES.vimeoPrivacyCopy2022, '2026-12-05');

const helpDe = cite(SOURCES.vimeoHelpPrivateVideosDe, '2026-12-05');

export default defineProvider({
  id: 'vimeo',
  name: 'Vimeo',
  ownDomains: ['vimeo.com', 'livestream.com', 'vhx.tv'],
  products: ['Vimeo', 'Livestream', 'Vimeo OTT'],
  portalName: null,
  portal: {
    summary:
      'No Vimeo law-enforcement portal, guide or request address was found; Vimeo\'s help centre says it gives no third party, law enforcement included, backdoor access to users\' accounts or private videos.',
    value: [],
    confidence: 'official',
    sources: [helpDe],
  },
  exampleUrls: [],
  emailWords: ['Vimeo'],
  emailDomains: ['vimeo.com'],
  facts: {
    legalEntity: {
      summary: 'A copy of Vimeo\'s privacy policy (last updated 17 October 2022) says it covers Vimeo.com, Inc., which runs Vimeo.com, Livestream.com and the Vimeo apps and players.',
      value: 'Vimeo.com, Inc.',
      confidence: 'secondary',
      sources: [privacyCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
