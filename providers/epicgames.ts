import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.epicPrivacyPolicy, '2026-12-04');

const reporting = cite(SOURCES.epicReportingMisconduct, '2026-12-04');

export default defineProvider({
  id: 'epicgames',
  name: 'Epic Games',
  ownDomains: ['epicgames.com', 'fortnite.com', 'unrealengine.com'],
  products: ['Fortnite', 'Epic Games Store', 'Rocket League', 'Fall Guys'],
  portalName: null,
  // The safety page links a form for officials, but the text read does not give its address.
  portal: {
    summary:
      'No Epic Games law-enforcement portal host was found. Epic\'s safety page says government and law-enforcement officials can send reports through a dedicated Government or Law Enforcement form; the text read does not show where that form lives.',
    value: [],
    confidence: 'official',
    sources: [reporting],
  },
  exampleUrls: [],
  // Case is matched: "epic games" is ordinary English; the company's name and its game names are not.
  emailWords: ['Epic Games', 'Fortnite'],
  emailWordsMatchCase: true,
  emailDomains: ['epicgames.com'],
  legal: {
    headquarters: {
      summary: 'Epic\'s privacy policy says Epic Games, Inc. has its headquarters in Cary, North Carolina.',
      value: 'US',
      confidence: 'official',
      sources: [privacy],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Epic\'s privacy policy (last updated 28 November 2025) names Epic Games, Inc., based in Cary, North Carolina, with subsidiaries that help run the Epic services.',
      value: 'Epic Games, Inc. (Cary, North Carolina, United States)',
      confidence: 'official',
      sources: [privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
