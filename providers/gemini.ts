import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const aml = cite(SOURCES.geminiBsaAmlPolicy, '2026-12-05');

const euPolicy = cite(SOURCES.geminiEuCommercialPolicy, '2026-12-05');

const docket = cite(SOURCES.geminiCftcDocketPacer, '2026-12-05');

export default defineProvider({
  id: 'gemini',
  name: 'Gemini (crypto exchange)',
  ownDomains: ['gemini.com'],
  products: ['Gemini'],
  portalName: null,
  portal: {
    summary:
      'No Gemini law-enforcement portal, guide or request address was found; the Gemini pages read only name the companies that run the exchange and its anti-money-laundering programme.',
    value: [],
    confidence: 'secondary',
    sources: [aml],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "Gemini" is also Google's assistant and a star sign.
  emailWords: ['Gemini Trust', 'Gemini Intergalactic', 'Gemini Payments', 'gemini\\.com'],
  emailWordsMatchCase: true,
  emailDomains: ['gemini.com'],
  legal: {
    headquarters: {
      summary: 'A federal court docket gives Gemini Trust Company, LLC an address in New York, United States; Gemini\'s own AML policy says it is regulated by the New York State Department of Financial Services.',
      value: 'US',
      confidence: 'secondary',
      sources: [docket, aml],
    },
    euAddressee: {
      summary:
        'Gemini\'s EU commercial policy (29 September 2025) names Gemini Intergalactic EU, Ltd, registered in Malta (C110029) and authorised by the Malta Financial Services Authority as a crypto-asset service provider for the EU/EEA; no source names it as Gemini\'s e-Evidence addressee.',
      value: { name: 'Gemini Intergalactic EU, Ltd', country: 'MT', role: 'eu-entity' },
      confidence: 'official',
      sources: [euPolicy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Gemini\'s BSA/AML policy is issued by Gemini Trust Company, LLC, regulated by the New York State Department of Financial Services; a court docket gives its address at 315 Park Avenue South, New York. In the EU, Gemini Intergalactic EU, Ltd (Malta) provides the exchange services.',
      value: 'Gemini Trust Company, LLC, 315 Park Avenue South, New York, NY 10010, United States; in the EU Gemini Intergalactic EU, Ltd (C110029), Malta',
      confidence: 'official',
      sources: [aml, docket, euPolicy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
