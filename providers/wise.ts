import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const agreementBr = cite(SOURCES.wiseCustomerAgreementBr, '2026-12-05');

const ukEntity = cite(SOURCES.wiseUkEntityHelp, '2026-12-05');

const euEntity = cite(SOURCES.wiseEuEntityHelp, '2026-12-05');

const eurAccount = cite(SOURCES.wiseEurAccountHelp, '2026-12-05');

const govUk = cite(SOURCES.wisePaymentPracticesGovUk, '2026-12-05');

const rtl = cite(SOURCES.wiseBrusselsOfficeRtl, '2026-12-05');

export default defineProvider({
  id: 'wise',
  name: 'Wise',
  ownDomains: ['wise.com', 'transferwise.com'],
  products: ['Wise', 'Wise Business'],
  portalName: null,
  portal: {
    summary:
      'No Wise law-enforcement portal, guide or request address was found; the Wise pages read only name the Wise companies that provide its services.',
    value: [],
    confidence: 'secondary',
    sources: [agreementBr],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "wise" is ordinary English ("otherwise", "it would be wise").
  emailWords: ['Wise Payments', 'Wise Europe', 'Wise US Inc', 'Wise Asia-Pacific', 'TransferWise', 'wise\\.com', 'Wise (?:Legal|Compliance|Law Enforcement|Support)'],
  emailWordsMatchCase: true,
  emailDomains: ['wise.com', 'transferwise.com'],
  legal: {
    headquarters: {
      summary:
        'Wise calls Wise Payments Ltd its UK entity, regulated in the UK; a Belgian news report describes the company, then TransferWise, as based in London.',
      value: 'GB',
      confidence: 'secondary',
      sources: [ukEntity, rtl],
    },
    euAddressee: {
      summary:
        'Wise names Wise Europe SA as its EU entity, a payment institution, and says its EUR account details carry a Belgian IBAN because it is licensed in Belgium; no source names Wise Europe SA as Wise\'s e-Evidence addressee.',
      value: { name: 'Wise Europe SA', country: 'BE', role: 'eu-entity' },
      confidence: 'official',
      sources: [euEntity, eurAccount],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Wise\'s customer agreement for Brazilian residents (19 December 2024) is a contract with Wise Payments Ltd (Wise UK), which Wise\'s help centre calls its UK entity; a GOV.UK register gives Wise Payments Limited the company number 07209813. The agreement adds that transfers paid in currencies other than pounds may be handled by another Wise company.',
      value: 'Wise Payments Limited (07209813), United Kingdom; in the EU Wise Europe SA (Belgium)',
      confidence: 'official',
      sources: [agreementBr, ukEntity, govUk],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
