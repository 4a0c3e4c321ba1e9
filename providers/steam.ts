import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyJa = cite(SOURCES.steamPrivacyJa, '2026-12-04');

const ssaCopy = cite(SOURCES.steamSubscriberAgreementRuCopy, '2026-12-04');

export default defineProvider({
  id: 'steam',
  name: 'Steam (Valve)',
  ownDomains: ['valvesoftware.com', 'steampowered.com', 'steamcommunity.com'],
  products: ['Steam'],
  portalName: null,
  portal: {
    summary: 'No Valve or Steam law-enforcement portal, guide or request address was found; the pages read only name the company behind Steam.',
    value: [],
    confidence: 'secondary',
    sources: [privacyJa],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "valve" and "steam" are ordinary English.
  emailWords: ['Valve Corporation', 'Valve Corp', 'Valve S\\.a\\.r\\.l', 'Steam Support', 'Steam Legal', 'Steam Law Enforcement', 'Valve Legal', 'Steam Community', 'steampowered\\.com'],
  emailWordsMatchCase: true,
  emailDomains: ['valvesoftware.com', 'steampowered.com'],
  legal: {
    headquarters: {
      summary: 'A copy of the Russian Steam Subscriber Agreement describes Valve Corporation as a company under Washington State law with its registered address in Bellevue, Washington, United States.',
      value: 'US',
      confidence: 'secondary',
      sources: [ssaCopy],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Steam\'s privacy policy (Japanese version) is issued by Valve Corporation; a copy of the subscriber agreement gives its Washington registration and its Bellevue address.',
      value: 'Valve Corporation, 10400 NE 4th St., Bellevue, WA 98004, United States',
      confidence: 'official',
      sources: [privacyJa, ssaCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
