import { SOURCES, cite } from '../providers/sources';
import { defineInstrument } from './define';

const CHECKED = '2026-11-29';
const chart2015 = cite(SOURCES.budapestChart2015, CHECKED);
const parties2015 = cite(SOURCES.budapestParties2015, CHECKED);
const brazil = cite(SOURCES.budapestBrazilAccession, CHECKED);
const art29 = cite(SOURCES.budapestArt29, CHECKED);
const network = cite(SOURCES.budapest247Network, CHECKED);

/**
 * Parties QuickFreeze can name: the 45 listed as of September 2015 (a third-party list matching the Council of
 * Europe's chart of that year) plus Brazil's accession. Later parties are missing: the list is not complete.
 */
export const BUDAPEST_KNOWN_PARTIES = [
  'AL', 'AM', 'AU', 'AT', 'AZ', 'BE', 'BG', 'BA', 'CA', 'HR', 'CY', 'DK', 'DO', 'EE', 'FI', 'FR', 'GE', 'DE', 'HU', 'IS', 'IT', 'JP',
  'LV', 'LT', 'LU', 'MK', 'MT', 'MU', 'MD', 'ME', 'NL', 'NO', 'PA', 'PT', 'RO', 'RS', 'SK', 'SI', 'ES', 'LK', 'CH', 'TR', 'UA', 'GB',
  'US', 'BR',
] as const;

export default defineInstrument({
  id: 'budapest',
  title: 'Council of Europe Convention on Cybercrime (ETS 185, Budapest Convention)',
  shortTitle: 'Budapest Convention',
  status: {
    state: 'in-force',
    since: '2004-07-01',
    asOf: CHECKED,
    fact: {
      summary: 'The Convention was opened for signature in Budapest on 23 November 2001 and entered into force on 1 July 2004.',
      article: null,
      value: { opened: '2001-11-23', inForceSince: '2004-07-01' },
      confidence: 'official',
      sources: [chart2015],
    },
  },
  countries: {
    codes: [...BUDAPEST_KNOWN_PARTIES],
    complete: false,
    fact: {
      summary:
        'Known Parties: the 45 states that had ratified or acceded by September 2015, and Brazil, which acceded later. States that joined after 2015 are not yet listed here; check the Council of Europe\'s chart.',
      article: null,
      value: { snapshot: '2015-09', added: ['BR'] },
      confidence: 'secondary',
      sources: [parties2015, chart2015, brazil],
    },
  },
  facts: {
    preservationRequest: {
      summary:
        'A Party may ask another to order the expedited preservation of stored data before it sends an MLA request; dual criminality is not required. The request names the authority, the offence and facts, the data and its link to the offence, the custodian or location, why preservation is needed, and that an MLA request will follow.',
      article: 'Art. 29(1)-(3)',
      value: { dualCriminality: false },
      confidence: 'secondary',
      sources: [art29],
    },
    preservationPeriod: {
      summary:
        'Data preserved on such a request is kept for at least 60 days so that the MLA request can be sent; how much longer depends on the requested Party\'s law.',
      article: 'Art. 29(7)',
      value: { minimumDays: 60 },
      confidence: 'secondary',
      sources: [art29],
    },
    network247: {
      summary:
        'Each Party keeps a point of contact available 24 hours a day, seven days a week, for immediate assistance, including the preservation of data under Articles 29 and 30. Most are specialised police or prosecution cybercrime units.',
      article: 'Art. 35',
      value: { preservation: true, articles: ['29', '30'] },
      confidence: 'official',
      sources: [network],
    },
  },
});
