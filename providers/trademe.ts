import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const report2013 = cite(SOURCES.trademeTransparency2013, '2026-12-06');

const report2014 = cite(SOURCES.trademeTransparency2014, '2026-12-06');

const report2015 = cite(SOURCES.trademeTransparency2015, '2026-12-06');

const report2019 = cite(SOURCES.trademeTransparency2019, '2026-12-06');

export default defineProvider({
  id: 'trademe',
  name: 'Trade Me',
  ownDomains: ['trademe.co.nz'],
  products: ['Trade Me'],
  portalName: null,
  portal: {
    summary:
      'Trade Me\'s pages name no law-enforcement portal. Its transparency reports say New Zealand Police and other government agencies send it requests for member information, that it has a formal Letter of Agreement with the Police, and that it releases most information at its own discretion under privacy principle 11 of the Privacy Act, the rest under production orders or statutory notices that compel it.',
    value: [],
    confidence: 'official',
    sources: [report2014, report2015, report2019],
  },
  exampleUrls: [],
  // Case is matched and never the bare name, which is an ordinary phrase ("trade me your seat"): only the company's
  // name, the name with a team's, the one-word form and the site's host. One group, so that no sender domain named
  // "trade" is read as Trade Me's.
  emailWords: ['(?:Trade Me (?:Limited|Ltd|Trust (?:&|and) Safety|Policy|Legal|Support|Team)|TradeMe|trademe\\.co\\.nz)'],
  emailWordsMatchCase: true,
  emailDomains: ['trademe.co.nz'],
  legal: {
    headquarters: {
      summary: 'Trade Me\'s transparency reports describe it as a New Zealand-based company answering New Zealand Police and government agencies.',
      value: 'NZ',
      confidence: 'official',
      sources: [report2013, report2014],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Trade Me\'s 2013 transparency report quotes its terms and conditions, which name Trade Me Limited; no address or company number was found on the pages read.',
      value: 'Trade Me Limited, New Zealand',
      confidence: 'official',
      sources: [report2013],
    },
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'Trade Me says it may release information on its own initiative where illegal activity on the site or public safety is in question, and the privacy policy it quotes allows release to protect the rights, property or safety of Trade Me, its users or others. It names no emergency channel.',
      value: { criteria: 'Public safety in question, or the safety of Trade Me, its users or others', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [report2015, report2014],
    },
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
