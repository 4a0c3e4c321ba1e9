import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const usGuidelines = cite(SOURCES.appleUsGuidelines, '2026-11-24');

const nonUsGuidelines = cite(SOURCES.appleNonUsGuidelines, '2026-11-24');

const portalGuide = cite(SOURCES.applePortalGuide, '2026-11-24');

export default defineProvider({
  id: 'apple',
  name: 'Apple',
  ownDomains: ['apple.com'],
  products: ['iCloud', 'Apple Account', 'Apple devices'],
  portalName: null,
  // No Apple text naming the portal host was found; an older third-party list gives lers.apple.com instead.
  portal: {
    summary:
      'Third-party sources say Apple takes preservation, legal process and emergency requests in a law-enforcement portal at lep.apple.com. Apple\'s own guidelines, as far as they were read, do not name the host.',
    value: [{ host: 'lep.apple.com' }],
    confidence: 'secondary',
    sources: [portalGuide],
  },
  exampleUrls: ['https://lep.apple.com/', 'https://lep.apple.com/#/requests', 'https://lep.apple.com/preservation'],
  urlPageKinds: [],
  emailWords: ['apple', 'icloud'],
  facts: {
    legalEntity: null,
    preservation: {
      summary:
        'A third-party guide says Apple keeps a one-time snapshot of the account for 90 days, which can be extended once by another 90.',
      value: {
        days: 90,
        extensionDays: 90,
        extensionLeadDays: null,
        maxExtensions: null,
        extensionHowTo: null,
      },
      confidence: 'secondary',
      sources: [portalGuide],
    },
    userNotification: null,
    // The criteria are Apple's; the email channel comes only from a third-party guide.
    emergency: {
      summary:
        'Apple gives content without a warrant only in emergencies as ECPA defines them. A third-party guide says to send emergency requests to exigent@apple.com with Apple\'s emergency request form.',
      value: {
        criteria: 'Emergency circumstances as defined in ECPA',
        channel: 'exigent@apple.com with Apple\'s emergency request form (per a third-party guide)',
        requiredContent: [],
      },
      confidence: 'secondary',
      sources: [usGuidelines, portalGuide],
    },
    childSafety: null,
    international: {
      summary:
        'Per third-party uploads of Apple\'s guidelines (no copy on apple.com was found): Apple\'s US guidelines do not cover non-US requests to its local entities. Outside emergencies, non-US requests for content must satisfy US ECPA, which a request under an MLAT or the CLOUD Act does. Apple entities in Australia, Canada, Ireland and Japan usually hold the data for their regions.',
      value: {
        route: 'MLAT or CLOUD Act agreement for content; regional Apple entities (Australia, Canada, Ireland, Japan) for their own regions',
        euEntity: null,
      },
      confidence: 'secondary',
      sources: [usGuidelines, nonUsGuidelines],
    },
    identifiers: null,
  },
});
