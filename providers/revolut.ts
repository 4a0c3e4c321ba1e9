import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const entities = cite(SOURCES.revolutHelpEntitiesIe, '2026-12-04');

export default defineProvider({
  id: 'revolut',
  name: 'Revolut',
  ownDomains: ['revolut.com'],
  products: ['Revolut', 'Revolut Business'],
  portalName: null,
  portal: {
    summary:
      'No Revolut law-enforcement portal, guide or request address was found; the Revolut pages read here only name the Revolut companies that provide its services.',
    value: [],
    confidence: 'secondary',
    sources: [entities],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['revolut'],
  emailDomains: ['revolut.com'],
  legal: {
    headquarters: {
      summary: 'Revolut\'s help page gives Revolut Ltd, authorised by the UK Financial Conduct Authority, a registered address in London, United Kingdom.',
      value: 'GB',
      confidence: 'official',
      sources: [entities],
    },
    euAddressee: {
      summary:
        'Revolut\'s help page for Ireland names Revolut Bank UAB in Vilnius, Lithuania, licensed by the Bank of Lithuania and the European Central Bank, as the company that provides account, payment and credit services; no source names it as Revolut\'s e-Evidence addressee.',
      value: { name: 'Revolut Bank UAB', country: 'LT', role: 'eu-entity' },
      confidence: 'official',
      sources: [entities],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Revolut\'s help page names Revolut Ltd (No. 08804411), authorised by the FCA under the UK e-money rules, and, for customers in Ireland, Revolut Bank UAB (registration number 304580906) in Vilnius.',
      value: 'Revolut Ltd (08804411), 30 South Colonnade, London E14 5HX, United Kingdom; in the EU Revolut Bank UAB (304580906), Konstitucijos ave. 21B, 08130 Vilnius, Lithuania',
      confidence: 'official',
      sources: [entities],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
