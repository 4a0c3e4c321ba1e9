import { SOURCES, cite } from '../providers/sources';
import { defineInstrument } from './define';

const CHECKED = '2026-11-29';
const treatyBank = cite(SOURCES.secondProtocolTreatyBank, CHECKED);
const brazilAndSignatures = cite(SOURCES.budapestBrazilAccession, CHECKED);
const eucrim = cite(SOURCES.secondProtocolEucrim, CHECKED);

export default defineInstrument({
  id: 'budapest-second-protocol',
  title: 'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence (CETS 224)',
  shortTitle: 'Second Additional Protocol',
  status: {
    state: 'not-in-force',
    since: null,
    asOf: '2026-02-05',
    fact: {
      summary:
        'Not in force: it needs five ratifications and had three on 5 February 2026 (Serbia 9 February 2023, Japan 10 August 2023, Hungary 5 February 2026). It was opened for signature on 12 May 2022.',
      article: null,
      value: { ratificationsNeeded: 5, ratifications: { RS: '2023-02-09', JP: '2023-08-10', HU: '2026-02-05' }, opened: '2022-05-12' },
      confidence: 'secondary',
      sources: [treatyBank, brazilAndSignatures],
    },
  },
  countries: null,
  facts: {
    tools: {
      summary:
        'Once in force it will allow requests to domain-name registrars for registrant data, orders for subscriber information sent directly to providers in another Party, expedited production between Parties, and emergency co-operation.',
      article: 'Arts. 6-10',
      value: { directSubscriberOrders: true, domainRegistrationRequests: true },
      confidence: 'secondary',
      sources: [eucrim, treatyBank],
    },
  },
});
