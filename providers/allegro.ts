import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.allegroPrivacyPolicyPl, '2026-12-04');

const polecam = cite(SOURCES.allegroPolecamTerms, '2026-12-04');

const crimeReport = cite(SOURCES.allegroCrimeReportHelp, '2026-12-04');

export default defineProvider({
  id: 'allegro',
  name: 'Allegro',
  ownDomains: ['allegro.pl', 'allegro.cz', 'allegro.sk', 'allegro.hu', 'allegrolokalnie.pl'],
  products: ['Allegro', 'Allegro Lokalnie'],
  portalName: null,
  portal: {
    summary:
      'No Allegro law-enforcement portal was found. Allegro\'s help page for buyers reporting a crime tells them to let the police know that Allegro will, on the authorities\' request, hand over the data it holds about the seller, and gives Allegro\'s postal address for that.',
    value: [],
    confidence: 'official',
    sources: [crimeReport],
  },
  exampleUrls: [],
  channels: [
    {
      summary:
        'Allegro\'s help page gives its correspondence address, Allegro.pl sp. z o.o. in Poznań, where it tells buyers to let the police know that Allegro will hand over the seller\'s data on the authorities\' request.',
      value: { kind: 'postal', address: 'Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań, Poland', purposes: ['legal-process'], hours: null },
      confidence: 'official',
      sources: [crimeReport],
    },
  ],
  // Case is matched and never the bare word: "allegro" is an ordinary word (music, Italian). The company's name in a
  // letter's signature ("Allegro sp. z o.o.") names it too.
  emailWords: ['Allegro\\.pl', 'Allegro Lokalnie', 'Allegro sp\\. z o\\.o'],
  emailWordsMatchCase: true,
  // Not allegromail.pl: it relays buyers' and sellers' own mail.
  emailDomains: ['allegro.pl'],
  legal: {
    headquarters: {
      summary: 'Allegro is run by Allegro.pl sp. z o.o., whose registered office is in Poznań, Poland.',
      value: 'PL',
      confidence: 'official',
      sources: [privacy],
    },
    euAddressee: {
      summary: 'Allegro.pl sp. z o.o. in Poznań, which runs the platform, is an EU company; no source names it as Allegro\'s e-Evidence addressee.',
      value: { name: 'Allegro.pl sp. z o.o.', country: 'PL', role: 'eu-entity' },
      confidence: 'official',
      sources: [privacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Allegro\'s privacy policy names Allegro.pl sp. z o.o. in Poznań as the operator of the allegro.pl platform and of Allegro Lokalnie; its programme terms give the company\'s court register number.',
      value: 'Allegro.pl sp. z o.o. (KRS 0000635012), ul. Grunwaldzka 182, 60-166 Poznań, Poland',
      confidence: 'official',
      sources: [privacy, polecam],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
