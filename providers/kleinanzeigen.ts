import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const policy = cite(SOURCES.kleinanzeigenPolicy, '2026-12-05');

const wikipedia = cite(SOURCES.kleinanzeigenWikipediaDe, '2026-12-05');

const teltarif = cite(SOURCES.kleinanzeigenTeltarif2021, '2026-12-05');

export default defineProvider({
  id: 'kleinanzeigen',
  name: 'Kleinanzeigen',
  ownDomains: ['kleinanzeigen.de', 'ebay-kleinanzeigen.de'],
  products: ['Kleinanzeigen (formerly eBay Kleinanzeigen)'],
  portalName: null,
  portal: {
    summary:
      'No Kleinanzeigen law-enforcement portal, guide or request address was found; its principles for ads only say that offers breaking the law or its rules are removed from the platform.',
    value: [],
    confidence: 'secondary',
    sources: [policy],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "Kleinanzeigen" is the ordinary German word for classified ads, in any
  // police mail about a sale. "eBay Kleinanzeigen" is left to eBay's words, which name it first.
  emailWords: ['kleinanzeigen\\.de', 'Kleinanzeigen\\.de', 'Kleinanzeigen GmbH'],
  emailWordsMatchCase: true,
  emailDomains: ['kleinanzeigen.de', 'ebay-kleinanzeigen.de'],
  legal: {
    headquarters: {
      summary:
        'Secondary sources place the company in Kleinmachnow near Berlin, Germany: the German Wikipedia gives its seat there, and a 2021 report says its managing director leads it from there. No Kleinanzeigen page read states it.',
      value: 'DE',
      confidence: 'secondary',
      sources: [wikipedia, teltarif],
    },
    euAddressee: {
      summary: 'The operator is a German company with its seat in Kleinmachnow (per the German Wikipedia); no source names it as Kleinanzeigen\'s e-Evidence addressee.',
      value: { name: 'kleinanzeigen.de GmbH', country: 'DE', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [wikipedia],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'The German Wikipedia (as of 23 May 2023) names kleinanzeigen.de GmbH in Kleinmachnow as the company, part of the Norwegian Adevinta group since eBay sold its classifieds business; until May 2023 the platform was eBay Kleinanzeigen, and a 2021 report credits eBay Kleinanzeigen GmbH. No Kleinanzeigen page naming the company was read.',
      value: 'kleinanzeigen.de GmbH (formerly eBay Kleinanzeigen GmbH), Kleinmachnow, Germany (Adevinta group)',
      confidence: 'secondary',
      sources: [wikipedia, teltarif],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
