import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const euGuidelines = cite(SOURCES.riotgamesEuLawEnforcementGuidelines, '2026-12-06');

const privacyPl = cite(SOURCES.riotgamesPrivacyNoticePl, '2026-12-06');

export default defineProvider({
  id: 'riotgames',
  name: 'Riot Games',
  ownDomains: ['riotgames.com', 'leagueoflegends.com'],
  products: ['League of Legends', 'Valorant', 'Riot account'],
  portalName: null,
  portal: {
    summary:
      'No Riot Games law-enforcement portal was found. Its European guidelines ask for legal requests about European players by e-mail to its legal correspondence address (not legible in the copy read) or by post to Riot Games Ltd. in Dublin; authorities outside Europe are sent to the contact section of its privacy notice.',
    value: [],
    confidence: 'secondary',
    sources: [euGuidelines],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Riot Games\' European guidelines give a postal address of its Legal Department in Dublin for legal requests concerning European players, preferably in English or with an English translation.',
      value: { kind: 'postal', address: 'Riot Games Ltd., Attn: Legal Department, PO Box 11989, Dublin 2', purposes: ['legal-process'], hours: null },
      confidence: 'official',
      sources: [euGuidelines],
    },
  ],
  // Case is matched and never the bare word: "riot" is an ordinary word, so only the company's name counts.
  emailWords: ['Riot Games'],
  emailWordsMatchCase: true,
  emailDomains: ['riotgames.com'],
  legal: {
    headquarters: {
      summary: 'Riot Games\' European guidelines describe it as a US-based video game company headquartered in Los Angeles, California; its privacy notice also places Riot Games, Inc.\'s headquarters in Los Angeles.',
      value: 'US',
      confidence: 'official',
      sources: [euGuidelines, privacyPl],
    },
    euAddressee: {
      summary:
        'Riot Games\' European headquarters are in Dublin, and its guidelines send legal requests about European players to Riot Games Ltd. there; no source names it as Riot\'s e-Evidence addressee.',
      value: { name: 'Riot Games Ltd.', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [euGuidelines],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Riot Games, Inc. and its subsidiaries form a gaming group headquartered in Los Angeles; the Riot entity that controls a player\'s data depends on the region and is listed in the privacy notice\'s contact section. For European players the guidelines name Riot Games Ltd. in Dublin, where Riot\'s European headquarters are.',
      value: 'Riot Games, Inc., Los Angeles, California, United States; for European players Riot Games Ltd., PO Box 11989, Dublin 2, Ireland',
      confidence: 'official',
      sources: [euGuidelines, privacyPl],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Legal requests about European players go to Riot Games Ltd. (Legal Department) in Dublin, by e-mail or post, in English or with an English translation for the quickest answer; law enforcement outside Europe is referred to the contact section of the privacy notice.',
      value: { route: 'Request to Riot Games Ltd., Legal Department, Dublin (in English or with an English translation)', euEntity: 'Riot Games Ltd. (Dublin, Ireland)' },
      confidence: 'official',
      sources: [euGuidelines],
    },
    identifiers: {
      summary: 'To speed things up, Riot asks for everything known about the account: e-mail addresses, nicknames, and purchase information such as card numbers or transaction identifiers.',
      value: { accepted: ['E-mail address', 'Nickname', 'Card number used for purchases', 'Transaction identifier'] },
      confidence: 'official',
      sources: [euGuidelines],
    },
  },
});
