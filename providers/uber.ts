import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const usGuidelines = cite(SOURCES.uberUsGuidelines, '2026-11-24');

const nonUsGuidelines = cite(SOURCES.uberNonUsGuidelines, '2026-11-24');

const transparency = cite(SOURCES.uberTransparency, '2026-11-24');

const lertGuide = cite(SOURCES.uberLertGuide, '2026-11-24');

export default defineProvider({
  id: 'uber',
  name: 'Uber',
  ownDomains: ['uber.com'],
  products: ['Uber'],
  portalName: 'Public Safety Portal / Law Enforcement Request Tool (LERT)',
  // publicsafety.uber.com is in Uber's own guidelines; lert.uber.com only in a third-party guide.
  portal: {
    summary:
      'Uber\'s Public Safety Response Team answers around the clock, emergencies included, through its public safety portal at publicsafety.uber.com. A third-party guide also names lert.uber.com.',
    value: [{ host: 'publicsafety.uber.com' }, { host: 'lert.uber.com' }],
    confidence: 'secondary',
    sources: [usGuidelines, transparency, lertGuide],
  },
  exampleUrls: ['https://publicsafety.uber.com/', 'https://publicsafety.uber.com/requests/new', 'https://lert.uber.com/'],
  urlPageKinds: [],
  emailWords: ['uber'],
  legal: {
    headquarters: {
      summary:
        'Uber Technologies, Inc. controls the data outside the EEA, Switzerland and the UK and applies US law (ECPA) to every request (its seat is inferred, not stated).',
      value: 'US',
      confidence: 'secondary',
      sources: [nonUsGuidelines],
    },
    euAddressee: {
      summary:
        "Uber B.V. jointly controls EEA, Swiss and UK users' data (its Dutch seat is inferred from the company form).",
      value: { name: 'Uber B.V.', country: 'NL', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [nonUsGuidelines],
    },
    answersDirectForeignRequests: {
      summary:
        "Uber's guidelines for authorities outside the US take their legal process, preservation and emergency requests directly.",
      value: true,
      confidence: 'official',
      sources: [nonUsGuidelines],
    },
  },
  facts: {
    legalEntity: {
      summary:
        'Uber Technologies, Inc. controls user data everywhere except the EEA, Switzerland and the UK, where it shares control with Uber B.V.',
      value: 'Uber Technologies, Inc.',
      confidence: 'official',
      sources: [nonUsGuidelines],
    },
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'Send emergency disclosure requests under 18 U.S.C. 2702(b)(8) and 2702(c)(4) through the public safety portal. Uber may also disclose data on its own initiative in an emergency.',
      value: {
        criteria: 'Emergency disclosure under 18 U.S.C. 2702(b)(8) and 2702(c)(4)',
        channel: 'Public safety portal',
        requiredContent: [],
      },
      confidence: 'official',
      sources: [usGuidelines, transparency],
    },
    childSafety: null,
    international: {
      summary:
        'For users in the EEA, Switzerland and the UK, Uber Technologies, Inc. and Uber B.V. jointly control the data. Uber discloses only when US law (including ECPA), the requesting country\'s law and other rules such as the GDPR all allow it.',
      value: {
        route: 'Must be consistent with US law (including ECPA), the requesting country\'s law and the GDPR where it applies',
        euEntity: 'Uber B.V. (joint controller with Uber Technologies, Inc.)',
      },
      confidence: 'official',
      sources: [nonUsGuidelines],
    },
    identifiers: null,
  },
});
