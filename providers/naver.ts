import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.naverPrivacyEn, '2026-12-04');

const soc3 = cite(SOURCES.naverSoc3Copy, '2026-12-04');

const news2016 = cite(SOURCES.naverTransparency2016News, '2026-12-04');

export default defineProvider({
  id: 'naver',
  name: 'Naver',
  ownDomains: ['naver.com', 'navercorp.com'],
  products: ['NAVER', 'BAND'],
  portalName: null,
  portal: {
    summary:
      'No Naver law-enforcement portal or request address was found. A news report on its transparency report for the first half of 2016 counts the search warrants and wiretap requests Naver received from the Korean government and how many it complied with.',
    value: [],
    confidence: 'secondary',
    sources: [news2016],
  },
  exampleUrls: [],
  // Case is matched and never the bare name: a target's naver.com mailbox would otherwise name Naver as the sender.
  emailWords: ['NAVER Corporation', 'Naver Corporation', 'NAVER Corp', 'Naver Corp', 'navercorp\\.com'],
  emailWordsMatchCase: true,
  // Not naver.com: Naver Mail gives users addresses there, so a naver.com address is often a target's, not Naver's.
  emailDomains: ['navercorp.com'],
  legal: {
    headquarters: {
      summary: 'A copy of an auditor\'s SOC 3 report gives NAVER Corporation\'s address as NAVER Green Factory in Seongnam-si, Gyeonggi-do, Korea.',
      value: 'KR',
      confidence: 'secondary',
      sources: [soc3],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Naver\'s privacy policy is that of NAVER Corporation, which says it follows the Personal Information Protection Act; an audit report copy gives its Seongnam address.',
      value: 'NAVER Corporation, NAVER Green Factory, 6 Buljeong-ro, Bundang-gu, Seongnam-si, Gyeonggi-do, Korea',
      confidence: 'official',
      sources: [privacy, soc3],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
