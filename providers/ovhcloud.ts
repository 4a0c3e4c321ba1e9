import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const usFaq = cite(SOURCES.ovhUsLawEnforcementFaq, '2026-12-02');

const canadaNews = cite(SOURCES.ovhCanadaOrderNews, '2026-12-02');

export default defineProvider({
  id: 'ovhcloud',
  name: 'OVHcloud',
  ownDomains: ['ovhcloud.com', 'ovh.com', 'ovh.net'],
  products: ['OVHcloud hosting', 'OVHcloud servers'],
  portalName: null,
  // Only the US subsidiary's page for law enforcement was found; the French group's own rules stay unknown.
  portal: {
    summary:
      'No OVHcloud law-enforcement portal was found. OVHcloud\'s US company asks that requests for customer data be sent to it for its legal team to review; no address for them is given on that page.',
    value: [],
    confidence: 'secondary',
    sources: [usFaq],
  },
  exampleUrls: [],
  // Not the bare "ovh": OVH host names ("vps-1.vps.ovh.net") turn up in the Received lines of any mail.
  emailWords: ['OVHcloud', 'OVH SAS', 'OVH US LLC', 'ovhcloud\\.com'],
  emailDomains: ['ovhcloud.com', 'ovh.com', 'ovh.net'],
  legal: {
    headquarters: {
      summary: 'News reports on a Canadian production order describe OVH Group as a French company bound by the French blocking statute.',
      value: 'FR',
      confidence: 'secondary',
      sources: [canadaNews],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: {
      summary: 'OVHcloud\'s US company (OVH US LLC) tells customers about a law-enforcement request for their data unless the law forbids it.',
      value: { notifiesUser: true, exceptions: ['Notice prohibited by law'], howToPrevent: 'A legal prohibition on notice (e.g. a court order)' },
      confidence: 'official',
      sources: [usFaq],
    },
    emergency: {
      summary: 'OVHcloud\'s US company makes exceptions to its need for legal process in emergencies where it believes in good faith that imminent bodily harm may follow.',
      value: { criteria: 'Good-faith belief that imminent bodily harm may result', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [usFaq],
    },
    childSafety: null,
    international: {
      summary:
        'OVHcloud\'s US company answers requests from outside the U.S. only through the mutual legal assistance (MLAT) process, as no CLOUD Act agreement applies.',
      value: { route: 'MLAT (requests to OVH US LLC)', euEntity: null },
      confidence: 'official',
      sources: [usFaq],
    },
    identifiers: null,
  },
});
