import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const plusTerms = cite(SOURCES.skroutzPlusTerms, '2026-12-06');

const merchantTerms = cite(SOURCES.skroutzCyMerchantTerms, '2026-12-06');

export default defineProvider({
  id: 'skroutz',
  name: 'Skroutz',
  ownDomains: ['skroutz.gr', 'skroutz.cy'],
  products: ['Skroutz (price comparison and marketplace)', 'Skroutz Plus'],
  portalName: null,
  portal: {
    summary: 'No Skroutz law-enforcement portal, guide or request address was found; the Skroutz terms read name only the company that runs the site.',
    value: [],
    confidence: 'secondary',
    sources: [plusTerms, merchantTerms],
  },
  exampleUrls: [],
  // Case is matched, only the Latin brand. The Greek forms (ΣΚΡΟΥΤΖ) are left out, as a word boundary cannot be found
  // around Greek letters.
  emailWords: ['Skroutz', 'SKROUTZ'],
  emailWordsMatchCase: true,
  emailDomains: ['skroutz.gr'],
  legal: {
    headquarters: {
      summary: 'The Skroutz Plus terms give the company\'s seat at 91 Alekou Panagouli Street, Nea Ionia, Attica, Greece.',
      value: 'GR',
      confidence: 'official',
      sources: [plusTerms],
    },
    euAddressee: {
      summary: 'ΣΚΡΟΥΤΖ Α.Ε., which runs skroutz.gr, is a Greek company, so an EU company; no source names it as Skroutz\'s e-Evidence addressee.',
      value: { name: 'ΣΚΡΟΥΤΖ Α.Ε. (Skroutz S.A.)', country: 'GR', role: 'eu-entity' },
      confidence: 'official',
      sources: [plusTerms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'The Skroutz Plus terms name ΣΚΡΟΥΤΖ ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ ΥΠΗΡΕΣΙΕΣ ΔΙΑΔΙΚΤΥΟΥ (distinctive title ΣΚΡΟΥΤΖ Α.Ε.), seated at 91 Alekou Panagouli Street, Nea Ionia, Attica, with commercial registry (GEMI) number 143321901000 and tax number 800863970; its merchant terms on skroutz.cy say the company is the sole holder of the domain skroutz.gr.',
      value: 'ΣΚΡΟΥΤΖ Α.Ε. (Skroutz S.A., GEMI 143321901000, AFM 800863970), Αλ. Παναγούλη 91, Νέα Ιωνία Αττικής, Greece',
      confidence: 'official',
      sources: [plusTerms, merchantTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
