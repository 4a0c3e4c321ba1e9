import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyUk = cite(SOURCES.blablacarPrivacyUk, '2026-12-06');

const privacyCz = cite(SOURCES.blablacarPrivacyCz, '2026-12-06');

export default defineProvider({
  id: 'blablacar',
  name: 'BlaBlaCar',
  ownDomains: ['blablacar.com', 'blablacar.co.uk', 'blablacar.cz'],
  products: ['BlaBlaCar', 'BlaBlaCar Bus'],
  portalName: null,
  portal: {
    summary:
      'No BlaBlaCar law-enforcement portal, guide or request address was found; its privacy policy names only the companies that control users\' data.',
    value: [],
    confidence: 'secondary',
    sources: [privacyUk],
  },
  exampleUrls: [],
  // Case is matched: the written brand, and the company's name only with its legal form ("comuto" is also a word,
  // Portuguese for "I commute").
  emailWords: ['BlaBlaCar', 'Comuto SA', 'Comuto Pro'],
  emailWordsMatchCase: true,
  emailDomains: ['blablacar.com'],
  legal: {
    headquarters: {
      summary: 'BlaBlaCar\'s privacy policy names Comuto SA, with its registered office in Paris, France, as the platform\'s data controller.',
      value: 'FR',
      confidence: 'official',
      sources: [privacyUk],
    },
    euAddressee: {
      summary: 'Comuto SA, the French company behind BlaBlaCar, is an EU company; no source names it as BlaBlaCar\'s e-Evidence addressee.',
      value: { name: 'Comuto SA', country: 'FR', role: 'eu-entity' },
      confidence: 'official',
      sources: [privacyUk],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'BlaBlaCar\'s privacy policy (UK version, applicable from 18 February 2025) names Comuto SA, 84 avenue de la République, Paris, as controller of the data users give through the platform; bus journeys are the data of its subsidiary Comuto Pro and insurance products of BlaBla Insurance, at the same address. An older Czech version gives Comuto SA\'s register number, RCS Paris 491904546.',
      value: 'Comuto SA (RCS Paris 491904546), 84 avenue de la République, 75011 Paris, France',
      confidence: 'official',
      sources: [privacyUk, privacyCz],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
