import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guide = cite(SOURCES.cryptocomLawEnforcement, '2026-12-05');

const privacy = cite(SOURCES.cryptocomPrivacyNotice, '2026-12-05');

const complaints = cite(SOURCES.cryptocomComplaintsPolicy, '2026-12-05');

const maltaNews = cite(SOURCES.cryptocomMaltaMicaNews, '2026-12-05');

export default defineProvider({
  id: 'cryptocom',
  name: 'Crypto.com',
  ownDomains: ['crypto.com'],
  products: ['Crypto.com App', 'Crypto.com Exchange'],
  portalName: null,
  // The page links its Kodex tenant, but the copy read does not show the address: no host or tenant is given here.
  portal: {
    summary:
      'Crypto.com\'s help page for law enforcement says it has adopted the Kodex portal as its one global channel for requests and asks that all requests be submitted there; the copy read does not show the link\'s address. Crypto.com acknowledges each request with a reference number and usually aims to answer within 30 days.',
    value: [],
    confidence: 'official',
    sources: [guide],
  },
  exampleUrls: [],
  emailWords: ['crypto\\.com', 'Foris DAX', 'Foris MT', 'Foris GDA'],
  emailDomains: ['crypto.com'],
  legal: {
    headquarters: null,
    euAddressee: {
      summary:
        'Crypto.com\'s complaints policy says Foris DAX MT Limited provides its crypto-asset services to clients in the European Economic Area; a news report says Malta granted Crypto.com a MiCA licence. No source names it as Crypto.com\'s e-Evidence addressee.',
      value: { name: 'Foris DAX MT Limited', country: 'MT', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [complaints, maltaNews],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Crypto.com\'s global privacy notice (5 October 2023) covers processing by Foris DAX MT Limited, Foris MT Limited and Foris DAX Global Limited; its complaints policy names Foris DAX MT Limited as the provider of crypto-asset services in the EEA.',
      value: 'Foris DAX MT Limited, Foris MT Limited and Foris DAX Global Limited (Crypto.com)',
      confidence: 'official',
      sources: [privacy, complaints],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Crypto.com checks each request against the law of the requesting jurisdiction and says it may send agencies to the applicable mutual legal assistance procedures, given the cross-border data transfer rules it is bound by.',
      value: { route: 'Request through Kodex; Crypto.com may refer it to mutual legal assistance', euEntity: null },
      confidence: 'official',
      sources: [guide],
    },
    identifiers: null,
  },
});
