import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.gmxNetIdPrivacy, '2026-12-02');

const interview = cite(SOURCES.gmxInterviewFunkschau, '2026-12-02');

export default defineProvider({
  id: 'gmx',
  name: 'GMX',
  ownDomains: ['gmx.net', 'gmx.de', 'gmx.com', 'gmx.at', 'web.de'],
  products: ['GMX Mail', 'WEB.DE'],
  portalName: null,
  portal: {
    summary:
      'No GMX law-enforcement portal or guide was found. In a press interview GMX said a request must reach it in writing, signed and naming its legal basis.',
    value: [],
    confidence: 'secondary',
    sources: [interview],
  },
  exampleUrls: [],
  // Case is matched and no mail domain is given: gmx.net, gmx.de and web.de are mailboxes anyone signs up to, so a
  // target's address there ("someone@gmx.de") must not be read as GMX's own or as naming GMX.
  emailWords: ['GMX', '1&1 Mail & Media', 'WEB\\.DE'],
  emailWordsMatchCase: true,
  legal: {
    headquarters: {
      summary: 'In a press interview GMX sends foreign requests to German authorities and German courts, which implies a German company; the privacy notice names 1&1 Mail & Media GmbH.',
      value: 'DE',
      confidence: 'secondary',
      sources: [interview, privacy],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary: 'In a press interview GMX said it gives foreign police no information directly and refers them to mutual legal assistance through a German authority such as the BKA.',
      value: false,
      confidence: 'secondary',
      sources: [interview],
    },
  },
  facts: {
    legalEntity: {
      summary: 'GMX\'s privacy notice names 1&1 Mail & Media GmbH as the company responsible for GMX users\' data.',
      value: '1&1 Mail & Media GmbH (Germany)',
      confidence: 'official',
      sources: [privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'As GMX told the press, foreign requesters get no answer directly: they are referred to a German authority such as the BKA, and data is released only on a valid German court decision.',
      value: { route: 'Mutual legal assistance through a German authority (e.g. the BKA) and a German court', euEntity: '1&1 Mail & Media GmbH (Germany)' },
      confidence: 'secondary',
      sources: [interview],
    },
    identifiers: null,
  },
});
