import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.blueskyPrivacyPolicy2024, '2026-12-05');

const privacySummary = cite(SOURCES.blueskyPrivacySummary, '2026-12-05');

const transparency = cite(SOURCES.blueskyTransparencyHeise, '2026-12-05');

export default defineProvider({
  id: 'bluesky',
  name: 'Bluesky',
  ownDomains: ['bsky.app', 'bsky.social', 'blueskyweb.xyz'],
  products: ['Bluesky'],
  portalName: null,
  portal: {
    summary:
      'No Bluesky law-enforcement portal, guide or request address was found. Its app privacy policy says it may share personal information to protect itself or others; a report on its first transparency report says it received almost 1,500 legal requests in 2025 (for disclosure, removal or preservation of data), most of them from Germany, the US and Japan.',
    value: [],
    confidence: 'secondary',
    sources: [privacy, transparency],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "bluesky" also reads as "blue-sky" (thinking); "bsky.social" is the
  // domain of users' handles, so it is no mail domain.
  emailWords: ['Bluesky Social', 'Bluesky,? PBC', 'Bluesky (?:Legal|Support|Safety|Trust & Safety|Moderation|Law Enforcement)', 'bsky\\.app'],
  emailWordsMatchCase: true,
  emailDomains: ['bsky.app'],
  facts: {
    legalEntity: {
      summary: 'A third-party summary of Bluesky\'s privacy policy says the policy is Bluesky Social, PBC\'s and that Bluesky is the controller of users\' data; the policy pages read on Bluesky\'s own site do not give the company name.',
      value: 'Bluesky Social, PBC',
      confidence: 'secondary',
      sources: [privacySummary],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
