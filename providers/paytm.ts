import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const policies = cite(SOURCES.paytmPolicies, '2026-12-05');

const privacy = cite(SOURCES.paytmPrivacyOne97, '2026-12-05');

export default defineProvider({
  id: 'paytm',
  name: 'Paytm',
  ownDomains: ['paytm.com'],
  products: ['Paytm'],
  portalName: null,
  portal: {
    summary: 'No Paytm law-enforcement portal, guide or request address was found; its terms name only the company that runs the Paytm platform.',
    value: [],
    confidence: 'secondary',
    sources: [policies],
  },
  exampleUrls: [],
  emailWords: ['paytm', 'One97'],
  emailDomains: ['paytm.com'],
  legal: {
    headquarters: {
      summary: 'Paytm\'s terms say One97 Communications Limited has its registered office in New Delhi and its headquarters in Noida, India.',
      value: 'IN',
      confidence: 'official',
      sources: [policies],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Paytm\'s website and SSO-ID terms say the Paytm platform is run by One97 Communications Limited (and its affiliates); its privacy statement is issued by the same company.',
      value: 'One97 Communications Limited, First Floor, Devika Tower, Nehru Place, New Delhi 110019 (headquarters B-121, Sector 5, Noida 201301), India',
      confidence: 'official',
      sources: [policies, privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
