import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.telegramGuidelines, '2026-11-29');

const privacyClause = cite(SOURCES.telegramPrivacyClause, '2026-11-29');

export default defineProvider({
  id: 'telegram',
  name: 'Telegram',
  ownDomains: ['telegram.org', 't.me'],
  products: ['Telegram'],
  portalName: null,
  portal: {
    summary: 'Telegram has no law-enforcement portal. EU authorities write to its legal representative under the Digital Services Act.',
    value: [],
    confidence: 'official',
    sources: [guidelines],
  },
  exampleUrls: [],
  channels: [
    {
      summary:
        'Competent EU authorities contact Telegram through its DSA legal representative, EDSR (Brussels), by e-mail in English or French; requests from others are not processed.',
      value: { kind: 'email', address: 'dsa.telegram@edsr.eu', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [guidelines],
    },
    {
      summary: 'Postal address of Telegram\'s DSA legal representative, EDSR.',
      value: { kind: 'postal', address: 'EDSR, Avenue Huart Hamoir 71, 1030 Brussels, Belgium', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [guidelines],
    },
  ],
  emailWords: ['telegram'],
  emailDomains: ['telegram.org', 'edsr.eu'],
  legal: {
    headquarters: null,
    euAddressee: {
      summary:
        'EU authorities contact Telegram through EDSR in Brussels, its legal representative under the Digital Services Act.',
      value: { name: 'EDSR (European Digital Services Representative)', country: 'BE', role: 'dsa-legal-representative' },
      confidence: 'official',
      sources: [guidelines],
    },
    answersDirectForeignRequests: {
      summary:
        "Telegram's privacy policy (as quoted) lets it disclose a suspect's IP address and phone number on a valid order from the relevant judicial authority.",
      value: true,
      confidence: 'secondary',
      sources: [privacyClause],
    },
  },
  facts: {
    legalEntity: null,
    preservation: null,
    // Telegram lists disclosures in a quarterly transparency report; whether it tells the user was not found.
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Telegram\'s privacy policy (clause 8.3, as quoted by ToS;DR) says that on a valid order from the relevant judicial authority confirming the user is a suspect in a crime against its terms, it may disclose the IP address and phone number. EU authorities use its DSA representative EDSR.',
      value: { route: 'Judicial order naming the user as a suspect; EU authorities via the DSA representative', euEntity: 'EDSR (European Digital Services Representative), Brussels' },
      confidence: 'secondary',
      sources: [privacyClause, guidelines],
    },
    identifiers: null,
  },
});
