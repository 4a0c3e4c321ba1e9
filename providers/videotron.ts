import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.videotronTermsResidential, '2026-12-05');

const filing = cite(SOURCES.videotronSecFiling2021, '2026-12-05');

export default defineProvider({
  id: 'videotron',
  name: 'Vidéotron',
  ownDomains: ['videotron.com', 'videotron.ca'],
  products: ['Vidéotron Mobility', 'Vidéotron Internet', 'Vidéotron Home Phone', 'Helix'],
  portalName: null,
  portal: {
    summary:
      'No Vidéotron law-enforcement portal, guide or request address was found; its residential service terms only set out the general rules for all Videotron residential customers.',
    value: [],
    confidence: 'secondary',
    sources: [terms],
  },
  exampleUrls: [],
  // Case is matched and the words open with a group: videotron.ca holds customers' own mailboxes, so a lower-case
  // "videotron" in an address, or a sender on videotron.ca, names a target, never the provider.
  emailWords: ['(?:Vid[ée]otron|VID[ÉE]OTRON)'],
  emailWordsMatchCase: true,
  // The company's own domain, never videotron.ca (customers' mailboxes).
  emailDomains: ['videotron.com'],
  legal: {
    headquarters: {
      summary: 'Videotron Ltd.\'s filing for 2021 says it is incorporated under the laws of Québec, with its head and registered office in Montréal, Canada.',
      value: 'CA',
      confidence: 'secondary',
      sources: [filing],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Videotron Ltd.\'s filing for 2021 says the company is incorporated under Québec law, is wholly owned by Quebecor Media Inc. and has its head and registered office at 612 Saint-Jacques Street, Montréal; Vidéotron\'s residential service contracts name Videotron as the provider.',
      value: 'Videotron Ltd., 612 Saint-Jacques Street, Montréal, Québec, Canada',
      confidence: 'secondary',
      sources: [filing, terms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
