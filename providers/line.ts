import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const policy = cite(SOURCES.lycorpDisclosurePolicy, '2026-12-02');

const report = cite(SOURCES.lycorpTransparency2024h2, '2026-12-02');

const guidelines2022 = cite(SOURCES.lineGuidelines2022, '2026-12-02');

export default defineProvider({
  id: 'line',
  name: 'LINE',
  ownDomains: ['line.me', 'linecorp.com', 'lycorp.co.jp'],
  products: ['LINE'],
  portalName: null,
  portal: {
    summary:
      'No LINE law-enforcement portal was found. LY Corporation discloses user data to law enforcement only on a judge\'s warrant, where the necessity defence applies, or on a request with a legal basis such as an investigation-related inquiry.',
    value: [],
    confidence: 'secondary',
    sources: [policy],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "line" is ordinary English.
  emailWords: ['LY Corporation', 'LINE Corporation', 'LINE Plus', 'LINE Yahoo', 'line\\.me', 'lycorp\\.co\\.jp', 'linecorp\\.com'],
  emailWordsMatchCase: true,
  emailDomains: ['lycorp.co.jp', 'linecorp.com', 'line.me'],
  legal: {
    headquarters: {
      summary: 'LINE is run by LY Corporation (before it, LINE Corporation), a Japanese company bound by Japanese law.',
      value: 'JP',
      confidence: 'official',
      sources: [policy, guidelines2022],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'The LINE app is run by LY Corporation in Japan; LINE Corporation ran it before.',
      value: 'LY Corporation (Japan)',
      confidence: 'official',
      sources: [policy, guidelines2022],
    },
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'LY Corporation may disclose without a warrant where the necessity defence applies; its transparency report counts such emergency disclosures, for suicidal intent and other cases.',
      value: { criteria: 'Cases where the necessity defence applies (e.g. suicidal intent)', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [policy, report],
    },
    childSafety: null,
    international: {
      summary:
        'Requests from abroad reach LY Corporation through the Japanese police: under the Act on International Assistance in Investigations, mutual legal assistance treaties or Interpol, or from embassies through Japan\'s Ministry of Foreign Affairs.',
      value: { route: 'Through the Japanese police (international assistance, MLAT, Interpol)', euEntity: null },
      confidence: 'official',
      sources: [report],
    },
    identifiers: null,
  },
});
