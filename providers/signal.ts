import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const blogCopy = cite(SOURCES.signalBlogCopy, '2026-11-29');

const subpoena2021 = cite(SOURCES.signalSubpoena2021, '2026-11-29');

export default defineProvider({
  id: 'signal',
  name: 'Signal',
  ownDomains: ['signal.org'],
  products: ['Signal'],
  portalName: null,
  portal: {
    summary: 'No Signal law-enforcement portal or request address was found; Signal publishes the subpoenas it answers.',
    value: [],
    confidence: 'secondary',
    sources: [blogCopy],
  },
  exampleUrls: [],
  emailWords: ['signal messenger', 'signal\\.org'],
  emailDomains: ['signal.org'],
  facts: {
    legalEntity: null,
    // What a preservation could keep is tiny: Signal says it holds only two dates per account.
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: {
      summary:
        'Subpoenas identify accounts by phone number. Signal says the only account data it has are the date the account was created and the date it last connected: no messages, contacts, groups or call records.',
      value: { accepted: ['Phone number'] },
      confidence: 'secondary',
      sources: [blogCopy, subpoena2021],
    },
  },
});
