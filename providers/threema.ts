import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const report = cite(SOURCES.threemaTransparencyReport, '2026-12-05');

const privacyDe = cite(SOURCES.threemaPrivacyDe, '2026-12-05');

export default defineProvider({
  id: 'threema',
  name: 'Threema',
  ownDomains: ['threema.ch', 'threema.com'],
  products: ['Threema', 'Threema Work'],
  portalName: null,
  // The channel is Switzerland's Post and Telecommunications Surveillance Service (PTSS), a government service, not a
  // Threema address.
  portal: {
    summary:
      'Threema has no law-enforcement portal: its transparency report says it processes requests only when they come through Switzerland\'s Post and Telecommunications Surveillance Service (PTSS) by the procedure of the surveillance ordinance (VÜPF) and meet every formal requirement on legal review. Messages are end-to-end encrypted and Threema cannot decrypt them.',
    value: [],
    confidence: 'official',
    sources: [report],
  },
  exampleUrls: [],
  emailWords: ['threema'],
  emailDomains: ['threema.ch', 'threema.com'],
  legal: {
    headquarters: {
      summary: 'Threema GmbH is a limited liability company under Swiss law with its registered office in Pfäffikon SZ, Switzerland.',
      value: 'CH',
      confidence: 'official',
      sources: [privacyDe],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary: 'Threema\'s transparency report says foreign authorities have to make an official request for legal assistance in Switzerland; requests are processed only through the Swiss PTSS.',
      value: false,
      confidence: 'official',
      sources: [report],
    },
  },
  facts: {
    legalEntity: {
      summary:
        'Threema\'s website privacy policy names Threema GmbH, a Swiss limited liability company registered in Pfäffikon SZ (municipality of Freienbach), business number CHE-221.440.104, as responsible; the transparency report calls Threema GmbH the operator of the service.',
      value: 'Threema GmbH (CHE-221.440.104), Pfäffikon SZ (Freienbach), Switzerland',
      confidence: 'official',
      sources: [privacyDe, report],
    },
    // Threema says it keeps no metadata on stock and hands over only the data it has; Swiss law could make it store
    // data for disclosure in single cases, but no preservation period is stated.
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Foreign authorities must file an official request for legal assistance in Switzerland under Swiss federal law on international mutual assistance; Threema then answers only an order that reaches it through the PTSS.',
      value: { route: 'Mutual legal assistance through Switzerland, then an order through the PTSS', euEntity: null },
      confidence: 'official',
      sources: [report],
    },
    identifiers: null,
  },
});
