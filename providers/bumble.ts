import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guideIt = cite(SOURCES.bumbleLawEnforcementIt, '2026-12-04');

export default defineProvider({
  id: 'bumble',
  name: 'Bumble',
  ownDomains: ['bumble.com'],
  products: ['Bumble', 'Bumble For Friends'],
  portalName: null,
  // The page names a secure portal for law enforcement but, in the text read, not its address.
  portal: {
    summary:
      'Bumble\'s help page for law enforcement says requests are made by creating an account on, and signing in to, its secure law-enforcement portal; the text read does not give the portal\'s address. Requests by fax, phone or e-mail, or from unauthorised people, get no answer; requests by post take longer.',
    value: [],
    confidence: 'official',
    sources: [guideIt],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Requests concerning the United States are to be addressed to Bumble Trading LLC in Austin, Texas.',
      value: { kind: 'postal', address: 'Bumble Trading LLC, 1105 West 41st Street, Austin, Texas 78756, USA', purposes: ['legal-process'], hours: null },
      confidence: 'official',
      sources: [guideIt],
    },
    {
      summary: 'Requests from the UK and other countries are to be addressed to Bumble Holding Limited in London.',
      value: { kind: 'postal', address: 'Bumble Holding Limited, 1 Blossom Yard, Fourth Floor, London E1 6RS, United Kingdom', purposes: ['legal-process'], hours: null },
      confidence: 'official',
      sources: [guideIt],
    },
  ],
  // Case is matched so that only the capitalised brand and its companies name Bumble.
  emailWords: ['Bumble', 'Bumble Trading', 'Bumble Holding'],
  emailWordsMatchCase: true,
  emailDomains: ['bumble.com'],
  facts: {
    legalEntity: {
      summary: 'Bumble\'s law-enforcement page names two addressees: Bumble Trading LLC (Austin, Texas) for US requests and Bumble Holding Limited (London) for UK and international ones.',
      value: 'Bumble Trading LLC (US requests); Bumble Holding Limited (UK and international requests)',
      confidence: 'official',
      sources: [guideIt],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Each request is handled under the law of the office it is addressed to, and Bumble does not pass requests from one office to the other. A request not addressed to an office may be treated as one to Bumble Holding Limited under the law of England and Wales, and may then be refused.',
      value: { route: 'Requests from outside the US to Bumble Holding Limited (UK), handled under the law of England and Wales', euEntity: null },
      confidence: 'official',
      sources: [guideIt],
    },
    identifiers: null,
  },
});
