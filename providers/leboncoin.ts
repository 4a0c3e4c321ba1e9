import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const notice = cite(SOURCES.leboncoinCustomerServiceNotice, '2026-12-05');

const leParisien = cite(SOURCES.leboncoinLeParisien2018, '2026-12-05');

const adevinta = cite(SOURCES.leboncoinAdevintaBoursorama2022, '2026-12-05');

export default defineProvider({
  id: 'leboncoin',
  name: 'leboncoin',
  ownDomains: ['leboncoin.fr', 'leboncoin.info'],
  products: ['leboncoin'],
  portalName: null,
  portal: {
    summary:
      'No leboncoin law-enforcement portal, guide or request address was found; the privacy notice of its customer service, on its help site, only names LBC France as the controller.',
    value: [],
    confidence: 'secondary',
    sources: [notice],
  },
  exampleUrls: [],
  // A coined name ("le bon coin" written apart is ordinary French and is not a word here). No bare "LBC" opens a word:
  // it is also a British radio station.
  emailWords: ['leboncoin', '(?:LBC France)'],
  emailDomains: ['leboncoin.fr'],
  legal: {
    headquarters: {
      summary:
        'leboncoin\'s help site names LBC France, whose parent is Adevinta France, as the controller; a 2018 report places leboncoin\'s offices at 85 rue du Faubourg-Saint-Martin in Paris. The country rests on these; no leboncoin page read gives an address.',
      value: 'FR',
      confidence: 'secondary',
      sources: [notice, leParisien],
    },
    euAddressee: {
      summary:
        'leboncoin names LBC France as the controller for its customer service, a French company by its name and its Paris offices (the country is not stated on the page read); no source names it as leboncoin\'s e-Evidence addressee.',
      value: { name: 'LBC France', country: 'FR', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [notice, leParisien],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'The privacy notice of leboncoin\'s customer service names LBC France as the controller and Adevinta France as its parent company; a 2022 AFP report calls the Norwegian Adevinta group leboncoin\'s owner. Its registration number and address were not found on a leboncoin page.',
      value: 'LBC France (parent company Adevinta France), France',
      confidence: 'official',
      sources: [notice, adevinta],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
