import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const lersFaq = cite(SOURCES.grabLersFaq, '2026-12-04');

const privacy = cite(SOURCES.grabPrivacyNoticeVn, '2026-12-04');

export default defineProvider({
  id: 'grab',
  name: 'Grab',
  ownDomains: ['grab.com'],
  products: ['Grab'],
  portalName: 'LERS',
  portal: {
    summary:
      'Grab\'s Law Enforcement Response System (LERS) is its portal for legal process, preservation requests and emergency disclosure requests; officers create and verify an account there before asking for data, and Grab asks that it be the only way they send such requests.',
    value: [{ host: 'lers.grab.com' }],
    confidence: 'official',
    sources: [lersFaq],
  },
  exampleUrls: ['https://lers.grab.com/id-ID/support/faq', 'https://lers.grab.com/en-US/requests/new'],
  // Case is matched and never the bare word: "grab" is ordinary English.
  emailWords: ['Grab Holdings', 'GrabTaxi', 'Grab LERS', 'Grab (?:Law Enforcement|Legal|Trust|Safety|Support)', 'Grab(?:Pay|Food|Car|Express|Mart)', 'Grab (?:Philippines|Malaysia|Singapore|Indonesia|Thailand|Vietnam|Cambodia|Myanmar)', 'lers\\.grab\\.com'],
  emailWordsMatchCase: true,
  emailDomains: ['grab.com'],
  facts: {
    legalEntity: {
      summary: 'Grab\'s privacy notice (effective 15 October 2025) is given by Grab Holdings Limited together with its subsidiaries and affiliated companies.',
      value: 'Grab Holdings Limited (with its subsidiaries and affiliates)',
      confidence: 'official',
      sources: [privacy],
    },
    preservation: null,
    userNotification: {
      summary:
        'Under Grab\'s user notice policy the user should be told about legal process, unless there is a particular reason not to or law enforcement asks Grab not to contact the person.',
      value: {
        notifiesUser: true,
        exceptions: ['A particular reason not to notify', 'A request from law enforcement not to contact the user'],
        howToPrevent: 'Ask in the request that the user not be contacted',
      },
      confidence: 'official',
      sources: [lersFaq],
    },
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
