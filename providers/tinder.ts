import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsCopy = cite(SOURCES.tinderTermsUsCopy, '2026-12-04');

const copyright = cite(SOURCES.tinderCopyrightTakedown, '2026-12-04');

export default defineProvider({
  id: 'tinder',
  name: 'Tinder (Match Group)',
  ownDomains: ['tinder.com', 'gotinder.com'],
  products: ['Tinder'],
  portalName: null,
  portal: {
    summary:
      'No Tinder law-enforcement portal, guide or request address was found. Tinder\'s help centre sends copyright notices to Match Group Legal in Dallas, Texas; nothing read says that address takes law-enforcement requests.',
    value: [],
    confidence: 'secondary',
    sources: [copyright],
  },
  exampleUrls: [],
  // Case is matched: "tinder" is ordinary English (kindling); the capitalised brand and its owner are not.
  emailWords: ['Tinder', 'Match Group'],
  emailWordsMatchCase: true,
  emailDomains: ['gotinder.com', 'tinder.com'],
  facts: {
    legalEntity: {
      summary: 'Tinder\'s US terms of use (revised 28 February 2022, read in a copy) say Tinder is run by Match Group, LLC; its help centre gives Match Group Legal in Dallas, Texas, as the address for copyright notices.',
      value: 'Match Group, LLC (Dallas, Texas, United States)',
      confidence: 'secondary',
      sources: [termsCopy, copyright],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
