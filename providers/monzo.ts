import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.monzoPrivacyNotice, '2026-12-05');

const ieBusinessPrivacy = cite(SOURCES.monzoIeBusinessPrivacy, '2026-12-05');

const accountClosure = cite(SOURCES.monzoIeAccountClosureHelp, '2026-12-05');

const annualReport = cite(SOURCES.monzoAnnualReport2020Copy, '2026-12-05');

export default defineProvider({
  id: 'monzo',
  name: 'Monzo',
  ownDomains: ['monzo.com'],
  products: ['Monzo'],
  portalName: null,
  portal: {
    summary:
      'No Monzo law-enforcement portal, guide or request address was found. Monzo\'s Irish help centre says it is sometimes legally required to block or close an account at the request of law enforcement in a financial crime investigation, and that legal restrictions may stop it from telling the customer why.',
    value: [],
    confidence: 'secondary',
    sources: [accountClosure],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['monzo', 'MBEU Designated Activity Company'],
  emailDomains: ['monzo.com'],
  legal: {
    headquarters: {
      summary: 'Monzo\'s privacy notice names Monzo Bank Limited, registered with the UK Information Commissioner, with its address at Broadwalk House, 5 Appold Street, London.',
      value: 'GB',
      confidence: 'official',
      sources: [privacy],
    },
    euAddressee: {
      summary:
        'Monzo\'s Irish business account privacy notice names MBEU Designated Activity Company, trading as Monzo, at One Central Plaza, Dame Street, Dublin; no source names it as Monzo\'s e-Evidence addressee.',
      value: { name: 'MBEU Designated Activity Company', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [ieBusinessPrivacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Monzo\'s privacy notice names Monzo Bank Limited, trading as Monzo, at Broadwalk House, 5 Appold Street, London; a copy of its 2020 annual report gives the registered number 09446231. Monzo\'s Irish business account privacy notice names MBEU Designated Activity Company in Dublin.',
      value: 'Monzo Bank Limited (09446231), Broadwalk House, 5 Appold Street, London, United Kingdom',
      confidence: 'official',
      sources: [privacy, annualReport, ieBusinessPrivacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
