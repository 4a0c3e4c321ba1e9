import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const partnerPrivacy = cite(SOURCES.bolPartnerPrivacy, '2026-12-05');

const noticeAndTakeDown = cite(SOURCES.bolNoticeAndTakeDown, '2026-12-05');

export default defineProvider({
  id: 'bol',
  name: 'bol',
  ownDomains: ['bol.com'],
  products: ['bol (bol.com)'],
  portalName: null,
  portal: {
    summary:
      'No bol law-enforcement portal, guide or request address for user data was found. bol\'s notice-and-take-down procedure asks an authority reporting illegal content to send a filled-in form for authorities to an address the text read does not show, and handles notices in Dutch, English or French only.',
    value: [],
    confidence: 'secondary',
    sources: [noticeAndTakeDown],
  },
  exampleUrls: [],
  // Never "bol" alone: it is an ordinary Dutch word ("ball"). Not followed by a further label: bol.com.br is a Brazilian
  // mail service, whose addresses are people's. No bare word opens a word, so a bol.com.br sender is not taken either.
  emailWords: ['(?:bol)\\.com(?!\\.[a-z])'],
  emailDomains: ['bol.com'],
  legal: {
    headquarters: {
      summary: 'bol\'s privacy statement for professional partners names Bol.com b.v., at Papendorpseweg 100 in Utrecht, the Netherlands, as the controller.',
      value: 'NL',
      confidence: 'official',
      sources: [partnerPrivacy],
    },
    euAddressee: {
      summary: 'Bol.com b.v., which bol names as the controller, is a Dutch company in Utrecht; no source names it as bol\'s e-Evidence addressee.',
      value: { name: 'Bol.com b.v.', country: 'NL', role: 'eu-entity' },
      confidence: 'official',
      sources: [partnerPrivacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'bol\'s privacy statement for professional partners (last modified 14 April 2026) names Bol.com b.v. ("bol"), Papendorpseweg 100, 3528 BJ Utrecht, as the controller of the sellers\' personal data; its registration number was not found.',
      value: 'Bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht, the Netherlands',
      confidence: 'official',
      sources: [partnerPrivacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
