import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsGe = cite(SOURCES.whitebitTermsGe, '2026-12-05');

const termsKz = cite(SOURCES.whitebitTermsKz, '2026-12-05');

const news = cite(SOURCES.whitebitRussiaBlacklistNews, '2026-12-05');

export default defineProvider({
  id: 'whitebit',
  name: 'WhiteBIT',
  ownDomains: ['whitebit.com', 'whitebit.eu', 'whitebit.ge', 'whitebit.kz'],
  products: ['WhiteBIT'],
  portalName: null,
  portal: {
    summary:
      'No WhiteBIT law-enforcement portal, guide or request address was found; the user agreements read name only the regional companies that run WhiteBIT in Georgia and Kazakhstan.',
    value: [],
    confidence: 'secondary',
    sources: [termsGe, termsKz],
  },
  exampleUrls: [],
  emailWords: ['WhiteBIT'],
  emailDomains: ['whitebit.com'],
  legal: {
    headquarters: {
      summary: 'A news report says WhiteBIT, founded in Kharkiv, Ukraine, is headquartered in Vilnius, Lithuania, and names W Group as its parent company; WhiteBIT\'s own pages read here do not state it.',
      value: 'LT',
      confidence: 'secondary',
      sources: [news],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'WhiteBIT\'s Georgian user agreement names WhiteBIT Georgia LLC (taxpayer ID 405520217) for whitebit.ge, and its Kazakh agreement names WhiteBIT Kazakhstan Ltd in Astana, a subsidiary of DATATECH INVESTMENTS LIMITED of London, for whitebit.kz. The company behind whitebit.com was not found.',
      value: 'WhiteBIT Georgia LLC (whitebit.ge); WhiteBIT Kazakhstan Ltd (whitebit.kz); operator of whitebit.com not found',
      confidence: 'official',
      sources: [termsGe, termsKz],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
