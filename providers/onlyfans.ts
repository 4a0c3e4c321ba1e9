import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyCopy = cite(SOURCES.onlyfansPrivacyCopy, '2026-12-05');

const ofcom = cite(SOURCES.onlyfansOfcomBulletin, '2026-12-05');

const avn = cite(SOURCES.onlyfansAvnOfcom, '2026-12-05');

export default defineProvider({
  id: 'onlyfans',
  name: 'OnlyFans',
  ownDomains: ['onlyfans.com'],
  products: ['OnlyFans', 'OFTV'],
  portalName: null,
  portal: {
    summary:
      'No OnlyFans law-enforcement portal, guide or request address was found; the pages read (a copy of its privacy policy and a regulator\'s bulletin) only name the company that provides OnlyFans.',
    value: [],
    confidence: 'secondary',
    sources: [privacyCopy],
  },
  exampleUrls: [],
  emailWords: ['OnlyFans', 'Fenix International'],
  emailDomains: ['onlyfans.com'],
  legal: {
    headquarters: {
      summary: 'A trade-press report on Ofcom\'s 2024 investigation calls Fenix International Limited, the company behind OnlyFans, London-based.',
      value: 'GB',
      confidence: 'secondary',
      sources: [avn],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'A copy of the OnlyFans privacy policy (last updated 25 July 2023) says the service is run by Fenix International Limited and its subsidiaries; Ofcom\'s enforcement bulletin treats Fenix International Limited as the provider of OnlyFans.',
      value: 'Fenix International Limited (United Kingdom)',
      confidence: 'secondary',
      sources: [privacyCopy, ofcom],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
