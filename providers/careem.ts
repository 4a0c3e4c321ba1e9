import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const limoTerms = cite(SOURCES.careemLimoProviderTerms, '2026-12-05');

// Published on uber.com, not on a Careem domain: what it says is kept at 'secondary' for Careem.
const ridesGuidelines = cite(SOURCES.careemRidesLawEnforcementGuidelines, '2026-12-05');

export default defineProvider({
  id: 'careem',
  name: 'Careem',
  ownDomains: ['careem.com'],
  products: ['Careem', 'Careem Rides'],
  portalName: null,
  // Careem Rides' requests go to Uber's Public Safety Response Team; Uber's portal host stays Uber's (see uber.ts).
  portal: {
    summary:
      'Careem has no portal of its own. The Careem Rides guidelines for law enforcement (on uber.com) say requests for ride-hailing data are handled around the clock, emergencies included, by Uber\'s Public Safety Response Team through its public safety portal or lert@uber.com; requests for data of Careem\'s other services go to Careem Technologies at lert@careem.com.',
    value: [],
    confidence: 'secondary',
    sources: [ridesGuidelines],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Requests for user data of Careem\'s services other than ride-hailing are to be sent to Careem Technologies by e-mail.',
      value: { kind: 'email', address: 'lert@careem.com', purposes: ['all'], hours: null },
      confidence: 'secondary',
      sources: [ridesGuidelines],
    },
    {
      summary: 'Careem Rides (ride-hailing) requests, emergencies included, go to Uber\'s Public Safety Response Team, which works around the clock, through its portal or by e-mail.',
      value: { kind: 'email', address: 'lert@uber.com', purposes: ['all'], hours: '24/7' },
      confidence: 'secondary',
      sources: [ridesGuidelines],
    },
  ],
  emailWords: ['careem'],
  emailDomains: ['careem.com'],
  facts: {
    legalEntity: {
      summary:
        'Careem\'s terms (8 December 2023) say Careem Networks FZ-LLC and its affiliates, which offer the ride-hailing services, are wholly owned by Uber Technologies, Inc., while the Careem platform is provided by Careem Deliveries FZ-LLC ("Careem Technologies"), which is not part of the Uber group.',
      value: 'Careem Deliveries FZ-LLC ("Careem Technologies", the Careem platform); Careem Networks FZ-LLC (Careem Rides, wholly owned by Uber Technologies, Inc.)',
      confidence: 'official',
      sources: [limoTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
