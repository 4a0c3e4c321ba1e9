import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsSummaryEu = cite(SOURCES.truecallerTermsSummaryEu, '2026-12-06');

const privacy2018 = cite(SOURCES.truecallerPrivacyPolicy2018, '2026-12-06');

export default defineProvider({
  id: 'truecaller',
  name: 'Truecaller',
  ownDomains: ['truecaller.com'],
  products: ['Truecaller'],
  portalName: null,
  portal: {
    summary:
      'No Truecaller law-enforcement portal, guide or request address was found; its terms summary and privacy policy name only the company users contract with in Europe.',
    value: [],
    confidence: 'secondary',
    sources: [termsSummaryEu],
  },
  exampleUrls: [],
  // Case is matched: only the written brand, never "true caller" in a sentence.
  emailWords: ['Truecaller', 'True Software Scandinavia'],
  emailWordsMatchCase: true,
  emailDomains: ['truecaller.com'],
  legal: {
    headquarters: {
      summary: 'Truecaller\'s European terms name True Software Scandinavia AB, a Swedish company with its registered office in Stockholm.',
      value: 'SE',
      confidence: 'official',
      sources: [termsSummaryEu],
    },
    euAddressee: {
      summary:
        'Users in the EEA, the UK and Switzerland contract with True Software Scandinavia AB, a Swedish company, which its 2018 privacy policy makes the controller of their data; no source names it as Truecaller\'s e-Evidence addressee.',
      value: { name: 'True Software Scandinavia AB', country: 'SE', role: 'eu-entity' },
      confidence: 'official',
      sources: [termsSummaryEu, privacy2018],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Truecaller\'s terms summary (last updated 1 July 2022) says users in the EEA, the UK and Switzerland contract with True Software Scandinavia AB, company number 556784-0912, registered office Mäster Samuelsgatan 56, Stockholm; its privacy policy of May 2018 makes that company the controller for users in Europe and points users elsewhere to other terms.',
      value: 'True Software Scandinavia AB (556784-0912), Mäster Samuelsgatan 56, 112 21 Stockholm, Sweden',
      confidence: 'official',
      sources: [termsSummaryEu, privacy2018],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
