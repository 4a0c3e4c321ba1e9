import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const competitionDecision = cite(SOURCES.sahibindenCompetitionDecision2018, '2026-12-06');

const newsProfile = cite(SOURCES.sahibindenTimeturk, '2026-12-06');

export default defineProvider({
  id: 'sahibinden',
  name: 'sahibinden.com',
  ownDomains: ['sahibinden.com'],
  products: ['sahibinden.com'],
  portalName: null,
  portal: {
    summary:
      'No sahibinden.com law-enforcement portal, guide or request address was found, and none of its own pages could be read; a copy of a 2018 decision of the Turkish Competition Board names the company that runs the site.',
    value: [],
    confidence: 'secondary',
    sources: [competitionDecision],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "sahibinden" is ordinary Turkish ("from the owner", as in "sahibinden
  // satılık", for sale by owner), so only the site's name with its ".com" and the company's name.
  emailWords: ['sahibinden\\.com', 'Sahibinden\\.com', 'Sahibinden Bilgi Teknolojileri'],
  emailWordsMatchCase: true,
  emailDomains: ['sahibinden.com'],
  legal: {
    headquarters: {
      summary:
        'Secondary sources only: the company named in a 2018 Turkish Competition Board decision is a Turkish joint-stock company (A.Ş.), and a Turkish news site says the Aksoy group founded the site in 2000. The country rests on these; no sahibinden.com page was read.',
      value: 'TR',
      confidence: 'secondary',
      sources: [competitionDecision, newsProfile],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'A 2018 decision of the Turkish Competition Board (a copy on fullegal.com) concerns Sahibinden Bilgi Teknolojileri Paz. ve Tic. A.Ş. and its online platform services for selling and renting vehicles and real estate; a Turkish news site says sahibinden.com was founded in 2000 by the Aksoy group under Taner Aksoy. No address or registration number was found.',
      value: 'Sahibinden Bilgi Teknolojileri Paz. ve Tic. A.Ş., Turkey',
      confidence: 'secondary',
      sources: [competitionDecision, newsProfile],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
