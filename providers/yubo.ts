import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guideFr = cite(SOURCES.yuboGuideFr, '2026-11-29');

const guideDe = cite(SOURCES.yuboGuideDe, '2026-11-29');

const guideEn = cite(SOURCES.yuboGuideEn, '2026-11-29');

export default defineProvider({
  id: 'yubo',
  name: 'Yubo',
  ownDomains: ['yubo.live', 'yubo.network'],
  products: ['Yubo'],
  portalName: null,
  // The guide (updated 3 March 2025) has sections on submitting, preservation, emergencies and notice; their text was
  // not retrieved, so the channel and those facts stay unknown.
  portal: {
    summary:
      'Yubo publishes a law enforcement guide (last updated 3 March 2025) with sections on how to submit requests, preservation, emergencies, user notice and EU contact points. Those sections were not read, so the channel is not known here: open the guide.',
    value: [],
    confidence: 'official',
    sources: [guideFr, guideDe],
  },
  exampleUrls: [],
  emailWords: ['yubo', 'twelve[- ]app'],
  emailDomains: ['yubo.live'],
  legal: {
    headquarters: {
      summary:
        'Yubo is run by Twelve-App in Paris, France.',
      value: 'FR',
      confidence: 'official',
      sources: [guideFr],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Yubo is run by Twelve-App, a French company in Paris.',
      value: 'Twelve-App (59 rue de Ponthieu, 75008 Paris, France)',
      confidence: 'official',
      sources: [guideFr],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: {
      summary: 'Yubo says it works with NCMEC, Thorn, the Internet Watch Foundation, INHOPE and e-Enfance.',
      value: { asksForNcmecReportIds: null, note: 'Partner of NCMEC and other child-safety organisations; no statement on asking for report numbers was read.' },
      confidence: 'official',
      sources: [guideEn],
    },
    international: {
      summary: 'Yubo is French; its guide has separate sections for requests from outside France and for EU contact points.',
      value: { route: 'See the guide\'s section for non-French requests', euEntity: 'Twelve-App (France)' },
      confidence: 'official',
      sources: [guideFr],
    },
    identifiers: null,
  },
});
