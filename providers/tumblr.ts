import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.tumblrLegalGuidelines, '2026-11-29');

const glossary = cite(SOURCES.automatticGlossary, '2026-11-29');

export default defineProvider({
  id: 'tumblr',
  name: 'Tumblr',
  ownDomains: ['tumblr.com', 'automattic.com'],
  products: ['Tumblr'],
  portalName: null,
  // Only the opening of the guidelines was read; how to submit is further down and stays unknown here.
  portal: {
    summary: 'Tumblr publishes legal guidelines for law enforcement; the part read names no portal, and how to submit is in a later section: open the guidelines.',
    value: [],
    confidence: 'secondary',
    sources: [guidelines],
  },
  exampleUrls: [],
  emailWords: ['tumblr'],
  emailDomains: ['tumblr.com'],
  facts: {
    legalEntity: {
      summary: 'The guidelines cover user records held by Tumblr, Inc.',
      value: 'Tumblr, Inc.',
      confidence: 'official',
      sources: [guidelines],
    },
    preservation: null,
    userNotification: {
      summary:
        'Tumblr\'s principle is that users should be told their information is requested whenever the law allows; its parent Automattic notifies users before complying unless a law or court order forbids it.',
      value: { notifiesUser: true, exceptions: ['Prohibited by law or court order'], howToPrevent: 'A court order prohibiting notice' },
      confidence: 'official',
      sources: [guidelines, glossary],
    },
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
