import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const governmentFaq = cite(SOURCES.whatsappGovernmentFaq, '2026-11-29');

const leFaq = cite(SOURCES.whatsappLeFaq, '2026-11-29');

const platformTable = cite(SOURCES.mocaPlatformTable, '2026-11-29');

export default defineProvider({
  id: 'whatsapp',
  name: 'WhatsApp (Meta)',
  ownDomains: ['whatsapp.com'],
  products: ['WhatsApp'],
  portalName: null,
  // Several police link directories and one third-party guide give www.whatsapp.com/records; WhatsApp's own pages,
  // as far as they were read, do not name it. Sourced, but only by third parties.
  portal: {
    summary:
      'Third-party police directories and a third-party guide send requests to a WhatsApp records portal at www.whatsapp.com/records. No WhatsApp page read names that address, so verify it before relying on it.',
    value: [{ host: 'www.whatsapp.com', pathPrefix: '/records' }],
    confidence: 'secondary',
    sources: [platformTable],
  },
  exampleUrls: ['https://www.whatsapp.com/records', 'https://www.whatsapp.com/records/login', 'https://www.whatsapp.com/records/requests/new'],
  emailWords: ['whatsapp'],
  emailDomains: ['whatsapp.com'],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'WhatsApp says law enforcement may contact it in emergencies; the criteria and channel were not in the part of its guidance that was read.',
      value: { criteria: 'Emergency situations (details not read)', channel: null, requiredContent: [] },
      confidence: 'secondary',
      sources: [leFaq],
    },
    childSafety: null,
    international: {
      summary:
        'A WhatsApp team reviews every government request. Agencies must follow applicable law and WhatsApp\'s policies, and in some situations must use the MLAT process. Message content is end-to-end encrypted and never produced.',
      value: { route: 'Direct request under applicable law; MLAT in some situations', euEntity: null },
      confidence: 'official',
      sources: [governmentFaq],
    },
    identifiers: null,
  },
});
