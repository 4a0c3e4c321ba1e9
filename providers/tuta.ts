import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.tutaTermsDe, '2026-12-05');

const privacy = cite(SOURCES.tutaPrivacyDe, '2026-12-05');

const report = cite(SOURCES.tutaTransparencyReportDe, '2026-12-05');

const requests2019 = cite(SOURCES.tutanotaRequestsPost2019, '2026-12-05');

export default defineProvider({
  id: 'tuta',
  name: 'Tuta',
  ownDomains: ['tuta.com', 'tutanota.com', 'tutao.de'],
  products: ['Tuta Mail', 'Tutanota'],
  portalName: null,
  portal: {
    summary:
      'Tuta has no law-enforcement portal: a Tutanota blog post of 2019 says it can be reached by e-mail, fax and phone, so any agency can send it requests, but it rejects every request that does not come from a German authority, is not sent confidentially or, beyond subscriber data, lacks a valid court order. Its transparency report says single mailboxes are released only on a valid German court order and that it cannot decrypt the encrypted mailbox data.',
    value: [],
    confidence: 'official',
    sources: [requests2019, report],
  },
  exampleUrls: [],
  // Case is matched, no bare "Tuta" or "Tutanota" opens a word, and no mailbox domain is given: tuta.com, tutanota.com,
  // tutanota.de and tuta.io are users' mailboxes, so an address there names a target, never the provider. tutao.de is
  // the company's own (hello@tutao.de).
  emailWords: ['Tutao', '(?:Tuta|Tutanota) (?:GmbH|Legal|Support|Team)'],
  emailWordsMatchCase: true,
  emailDomains: ['tutao.de'],
  legal: {
    headquarters: {
      summary: 'Tuta\'s terms and privacy policy name Tutao GmbH in Hannover, Germany.',
      value: 'DE',
      confidence: 'official',
      sources: [terms, privacy],
    },
    euAddressee: {
      summary: 'The service is provided by Tutao GmbH in Hannover, an EU company; no source names it as Tuta\'s e-Evidence addressee.',
      value: { name: 'Tutao GmbH', country: 'DE', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms],
    },
    answersDirectForeignRequests: {
      summary:
        'Tutanota says it always rejects requests from authorities outside Germany (it names the USA, Switzerland and France); they may ask for mutual legal assistance, which can lead to a valid request from a German authority.',
      value: false,
      confidence: 'official',
      sources: [requests2019],
    },
  },
  facts: {
    legalEntity: {
      summary: 'Tuta\'s terms (as of 23 February 2022) and privacy policy (as of 26 September 2022) name Tutao GmbH, Deisterstr. 17a, 30449 Hannover, as provider and controller.',
      value: 'Tutao GmbH, Deisterstr. 17a, 30449 Hannover, Germany',
      confidence: 'official',
      sources: [terms, privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Requests from outside Germany are refused when sent to Tuta directly; a foreign authority can make a mutual legal assistance request where Germany has an agreement with its country, which may lead to a valid request from a German authority.',
      value: { route: 'Mutual legal assistance leading to a request (with a court order where needed) from a German authority', euEntity: 'Tutao GmbH (Germany)' },
      confidence: 'official',
      sources: [requests2019],
    },
    identifiers: null,
  },
});
