import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guide2023 = cite(SOURCES.snapGuide2023, '2026-11-24');

const guide2020 = cite(SOURCES.snapGuide2020, '2026-11-24');

const safetyPage = cite(SOURCES.snapSafetyPage, '2026-11-24');

const safetyPageNewer = cite(SOURCES.snapSafetyPageNewer, '2026-11-24');

const pageCopy = cite(SOURCES.snapPageCopy, '2026-11-24');

export default defineProvider({
  id: 'snap',
  name: 'Snap',
  ownDomains: ['snap.com', 'snapchat.com'],
  products: ['Snapchat'],
  portalName: 'Law Enforcement Service System (LESS)',
  portal: {
    summary:
      'Copies of Snap\'s law enforcement guides hosted by third parties (2023 and 2020) say US agencies file preservation, legal process and emergency requests and check their status in LESS, after registering with a government email address, and that non-US emergency requests went to a form at lawenforcement.snapchat.com/emergency (2020). No copy on Snap\'s own site was found, so verify the address.',
    value: [{ host: 'less.snapchat.com' }, { host: 'lawenforcement.snapchat.com', pathPrefix: '/emergency' }],
    confidence: 'secondary',
    sources: [guide2023, guide2020],
  },
  exampleUrls: [
    'https://less.snapchat.com/',
    'https://less.snapchat.com/requests/new',
    'https://lawenforcement.snapchat.com/emergency',
  ],
  urlPageKinds: [{ pattern: '^/emergency(/|$)', kind: 'emergency' }],
  emailWords: ['snap(?:chat)?', 'less\\.snapchat'],
  legal: {
    headquarters: {
      summary:
        'Snap sends non-US agencies to US process through an MLAT or letters rogatory, so its data is reached under US law (inferred, not stated as its seat).',
      value: 'US',
      confidence: 'secondary',
      sources: [safetyPage],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        'Non-US agencies generally need an MLAT or letters rogatory; Snap only preserves on their direct request, as a courtesy.',
      value: false,
      confidence: 'official',
      sources: [safetyPage, safetyPageNewer],
    },
  },
  facts: {
    legalEntity: null,
    // The period comes from a paraphrased third-party copy of Snap's page; the better quote source is not https.
    preservation: {
      summary:
        'On a signed, dated request, Snap tries to keep the records of a properly identified user for up to 90 days. A formal renewal can add one more 90-day period.',
      value: {
        days: 90,
        extensionDays: 90,
        extensionLeadDays: null,
        maxExtensions: null,
        extensionHowTo: 'Send a formal extension (renewal) request',
      },
      confidence: 'secondary',
      sources: [pageCopy],
    },
    userNotification: null,
    emergency: {
      summary:
        'The Emergency Response Form is only for sworn law-enforcement officers facing a threat of imminent death or serious bodily injury. Snap answers these voluntarily under 18 U.S.C. 2702.',
      value: {
        criteria: 'A threat of imminent death or serious bodily injury, reported by a sworn law-enforcement official',
        channel: 'Emergency Response Form in LESS (US), per third-party copies of Snap\'s guides; non-US agencies used lawenforcement.snapchat.com/emergency in the 2020 guide',
        requiredContent: [],
      },
      confidence: 'official',
      sources: [safetyPage, guide2020],
    },
    childSafety: {
      summary:
        'When Snap finds possible child exploitation content, its Trust & Safety team investigates and, where appropriate, reports to NCMEC.',
      value: {
        asksForNcmecReportIds: null,
        note: 'Snap reports child exploitation to NCMEC where appropriate; no statement on asking for NCMEC report numbers was found.',
      },
      confidence: 'secondary',
      sources: [pageCopy],
    },
    international: {
      summary:
        'Non-US agencies generally need an MLAT or letters rogatory, and Snap cannot help with that process. As a courtesy it acts on proper preservation requests from non-US police while the MLAT is prepared.',
      value: {
        route: 'MLAT or letters rogatory; Snap honours non-US preservation requests as a courtesy meanwhile',
        euEntity: null,
      },
      confidence: 'official',
      sources: [safetyPage, safetyPageNewer],
    },
    identifiers: {
      summary: 'Snap needs the account properly identified, usually by its Snapchat username.',
      value: { accepted: ['Snapchat username'] },
      confidence: 'secondary',
      sources: [pageCopy],
    },
  },
});
