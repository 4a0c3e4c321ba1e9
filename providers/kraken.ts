import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const aml = cite(SOURCES.krakenAmlPolicy, '2026-12-02');

const report2022 = cite(SOURCES.krakenTransparency2022Copy, '2026-12-02');

const news2018 = cite(SOURCES.krakenRequests2018News, '2026-12-02');

export default defineProvider({
  id: 'kraken',
  name: 'Kraken',
  ownDomains: ['kraken.com'],
  products: ['Kraken'],
  portalName: null,
  portal: {
    summary:
      'No Kraken law-enforcement portal or request address was found; its 2022 transparency report (read in a copy) says it receives subpoenas, summonses, court orders and other statutory demands from agencies in over 60 countries.',
    value: [],
    confidence: 'secondary',
    sources: [report2022],
  },
  exampleUrls: [],
  emailWords: ['kraken', 'Payward'],
  emailDomains: ['kraken.com'],
  legal: {
    headquarters: {
      summary: 'A news report calls Kraken a U.S.-based exchange; Kraken\'s own pages read here do not state its country.',
      value: 'US',
      confidence: 'secondary',
      sources: [news2018],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Kraken\'s AML policy says Payward, Inc. runs the Kraken service.',
      value: 'Payward, Inc.',
      confidence: 'official',
      sources: [aml],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Kraken\'s 2022 transparency report (as copied) says 71% of its 3,705 requests came from outside the U.S. and that it gives data where it is legally bound to answer the demand.',
      value: { route: 'Legal demands from agencies in many countries, answered where Kraken is legally bound to comply', euEntity: null },
      confidence: 'secondary',
      sources: [report2022],
    },
    identifiers: null,
  },
});
