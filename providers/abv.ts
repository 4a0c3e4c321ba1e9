import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.abvTerms, '2026-12-05');

export default defineProvider({
  id: 'abv',
  name: 'ABV.bg',
  ownDomains: ['abv.bg'],
  products: ['ABV.bg mail'],
  portalName: null,
  portal: {
    summary: 'No ABV.bg law-enforcement portal, guide or request address was found; its terms of use name only the company that owns the site and provides its services.',
    value: [],
    confidence: 'secondary',
    sources: [terms],
  },
  exampleUrls: [],
  // Case is matched, only the capitalised brand or the company's Latin name, and the words open with a group: abv.bg
  // holds users' mailboxes, so a lower-case "abv.bg" in an address, or a sender on abv.bg, names a target, and "ABV"
  // alone is a common abbreviation. Cyrillic forms are left out, as a word boundary cannot be found around them.
  emailWords: ['(?:ABV\\.bg|ABV\\.BG|Net Info EAD)'],
  emailWordsMatchCase: true,
  // No mail domain: abv.bg is a mailbox service, and a domain listed here makes every address on it the provider's.
  legal: {
    headquarters: {
      summary: 'ABV.bg\'s terms of use name Net Info EAD, with its seat and registered address in Sofia, Bulgaria.',
      value: 'BG',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary: 'Net Info EAD, which owns ABV.bg, is a Bulgarian company, so an EU company; no source names it as ABV.bg\'s e-Evidence addressee.',
      value: { name: 'Net Info EAD', country: 'BG', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'ABV.bg\'s terms of use (heading amended with effect from 6 February 2019) govern the services of Net Info EAD ("Нет Инфо" ЕАД), seated at 41 Hristofor Kolumb Blvd, floor 6, Iskar district, Sofia 1592, which owns the ABV.bg website.',
      value: '"Нет Инфо" ЕАД (Net Info EAD), бул. "Христофор Колумб" № 41, ет. 6, София 1592, Bulgaria',
      confidence: 'official',
      sources: [terms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
