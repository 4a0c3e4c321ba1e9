import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const trustHub = cite(SOURCES.cloudflareTrustHub, '2026-11-29');

const transparency = cite(SOURCES.cloudflareTransparency, '2026-11-29');

export default defineProvider({
  id: 'cloudflare',
  name: 'Cloudflare',
  ownDomains: ['cloudflare.com'],
  products: ['Cloudflare'],
  portalName: null,
  portal: {
    summary: 'Cloudflare takes law-enforcement contact by e-mail; it names no portal.',
    value: [],
    confidence: 'official',
    sources: [trustHub],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Write to Cloudflare\'s law-enforcement address and identify yourself as law enforcement (badge and case number, or rank, agency and unit).',
      value: { kind: 'email', address: 'lawenforcement@cloudflare.com', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [trustHub],
    },
  ],
  emailWords: ['cloudflare'],
  emailDomains: ['cloudflare.com'],
  legal: {
    headquarters: null,
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        'Cloudflare gives basic subscriber data to a foreign government on its equivalent of a subpoena.',
      value: true,
      confidence: 'official',
      sources: [transparency],
    },
  },
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: {
      summary:
        'Cloudflare tells customers about subpoenas and other legal process for their information before disclosure, unless the law forbids it, and challenges requests that unduly limit that notice.',
      value: { notifiesUser: true, exceptions: ['Notice is legally prohibited'], howToPrevent: 'A legal prohibition on notice, such as a non-disclosure order' },
      confidence: 'official',
      sources: [trustHub],
    },
    emergency: {
      summary: 'Outside an emergency, Cloudflare needs valid legal process such as a subpoena even for basic subscriber data.',
      value: { criteria: 'An emergency (not further defined on the page read)', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [trustHub],
    },
    childSafety: null,
    international: {
      summary:
        'Foreign governments need their equivalent of a subpoena for basic subscriber data; Cloudflare challenges requests that conflict with the privacy law of the user\'s country.',
      value: { route: 'The foreign equivalent of a subpoena (basic subscriber data)', euEntity: null },
      confidence: 'official',
      sources: [transparency],
    },
    identifiers: null,
  },
});
