import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const leRequests = cite(SOURCES.lyftLeRequests, '2026-11-29');

const leRequestsCa = cite(SOURCES.lyftLeRequestsCa, '2026-11-29');

export default defineProvider({
  id: 'lyft',
  name: 'Lyft',
  ownDomains: ['lyft.com'],
  products: ['Lyft'],
  portalName: 'Law Enforcement Online Request System',
  // Lyft names an online request system but the pages read give no address for it.
  portal: {
    summary:
      'Lyft has an online system where law enforcement submits requests, tracks them and collects the data, run by its Law Enforcement Response team. Its address was not found, so QuickFreeze does not run there yet.',
    value: [],
    confidence: 'official',
    sources: [leRequests],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Canadian police may e-mail emergencies and exigent inquiries to Lyft\'s Law Enforcement Response team.',
      value: { kind: 'email', address: 'LER@lyft.com', purposes: ['emergency'], hours: null },
      confidence: 'official',
      sources: [leRequestsCa],
    },
  ],
  emailWords: ['lyft'],
  emailDomains: ['lyft.com'],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: {
      summary: 'For Canada, Lyft takes emergencies and exigent investigations by e-mail to LER@lyft.com.',
      value: { criteria: 'Emergencies or exigent investigations as defined in Lyft\'s guidelines', channel: 'LER@lyft.com (Canada)', requiredContent: [] },
      confidence: 'official',
      sources: [leRequestsCa],
    },
    childSafety: null,
    international: {
      summary:
        'Authorities in countries where Lyft does not operate use an MLAT or letters rogatory. Canadian police can get basic rider or driver identity on valid Canadian process without an MLAT; Lyft may ask for an MLAT for other data.',
      value: { route: 'MLAT or letters rogatory; Canadian process for basic identity in Canada', euEntity: null },
      confidence: 'official',
      sources: [leRequestsCa],
    },
    identifiers: null,
  },
});
