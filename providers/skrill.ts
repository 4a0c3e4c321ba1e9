import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const cryptoTerms = cite(SOURCES.skrillCryptocurrencyTerms, '2026-12-05');

const fca = cite(SOURCES.skrillFcaRegulation, '2026-12-05');

const eeaTermsCopy = cite(SOURCES.skrillAccountTermsEeaCopy, '2026-12-05');

export default defineProvider({
  id: 'skrill',
  name: 'Skrill',
  ownDomains: ['skrill.com'],
  products: ['Skrill'],
  portalName: null,
  portal: {
    summary:
      'No Skrill or Paysafe law-enforcement portal, guide or request address was found; the Skrill pages read only name the companies that issue its e-money.',
    value: [],
    confidence: 'secondary',
    sources: [cryptoTerms],
  },
  exampleUrls: [],
  // A coined name. "Paysafe" is left out: it is the group behind other brands (NETELLER, paysafecard) too.
  emailWords: ['skrill'],
  emailDomains: ['skrill.com'],
  legal: {
    headquarters: {
      summary: 'Skrill\'s terms name Skrill Limited, incorporated in England and Wales and authorised by the UK Financial Conduct Authority as an e-money issuer.',
      value: 'GB',
      confidence: 'official',
      sources: [cryptoTerms, fca],
    },
    euAddressee: {
      summary:
        'A copy of Skrill\'s account terms of use (effective 18 August 2022) says Paysafe Payment Solutions Limited, trading as Skrill, is incorporated in Ireland and regulated by the Central Bank of Ireland; no source names it as Skrill\'s e-Evidence addressee.',
      value: { name: 'Paysafe Payment Solutions Limited', country: 'IE', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [eeaTermsCopy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Skrill\'s cryptocurrency terms name Skrill Limited, registered in England and Wales under number 4260907 and authorised by the FCA under e-money register number 900001; a copy of its account terms names Paysafe Payment Solutions Limited (Ireland, 626665) for the EEA.',
      value: 'Skrill Limited (4260907), England and Wales; in the EEA Paysafe Payment Solutions Limited (626665), Ireland',
      confidence: 'official',
      sources: [cryptoTerms, fca, eeaTermsCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
