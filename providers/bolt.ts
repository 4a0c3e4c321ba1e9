import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const driverPrivacy = cite(SOURCES.boltDriverPrivacyLt, '2026-12-04');

const securityCode = cite(SOURCES.boltSupplierSecurityCode, '2026-12-04');

export default defineProvider({
  id: 'bolt',
  name: 'Bolt',
  ownDomains: ['bolt.eu'],
  products: ['Bolt', 'Bolt Food'],
  portalName: null,
  portal: {
    summary:
      'No Bolt law-enforcement portal, guide or request address was found; the Bolt pages read here name only the companies that run the app and platform.',
    value: [],
    confidence: 'secondary',
    sources: [driverPrivacy],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "bolt" is ordinary English.
  emailWords: ['Bolt Operations', 'Bolt Technology', 'Bolt Food', 'bolt\\.eu', 'Bolt (?:Law Enforcement|Legal|Support|Safety|Compliance)'],
  emailWordsMatchCase: true,
  emailDomains: ['bolt.eu'],
  legal: {
    headquarters: {
      summary: 'Bolt\'s privacy policy names Bolt Operations OÜ, registered in Estonia with its office in Tallinn, as the provider of the Bolt app and platform.',
      value: 'EE',
      confidence: 'official',
      sources: [driverPrivacy],
    },
    euAddressee: {
      summary: 'Bolt Operations OÜ in Tallinn, which provides the Bolt app and platform, is an EU company; no source names it as Bolt\'s e-Evidence addressee.',
      value: { name: 'Bolt Operations OÜ', country: 'EE', role: 'eu-entity' },
      confidence: 'official',
      sources: [driverPrivacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Bolt\'s driver privacy policy (Lithuania) names Bolt Operations OÜ, Estonian registration code 14532901, as the provider of the Bolt app and platform; Bolt\'s security code also names the group company Bolt Technology OÜ (12417834).',
      value: 'Bolt Operations OÜ (14532901), Vana-Lõuna 15, Tallinn 10134, Estonia',
      confidence: 'official',
      sources: [driverPrivacy, securityCode],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
