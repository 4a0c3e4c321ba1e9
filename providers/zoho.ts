import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const ipr = cite(SOURCES.zohoIprComplaintsIn, '2026-12-05');

const affiliate = cite(SOURCES.zohoAffiliateAgreement, '2026-12-05');

export default defineProvider({
  id: 'zoho',
  name: 'Zoho',
  ownDomains: ['zoho.com', 'zohocorp.com', 'zoho.eu', 'zoho.in', 'zoho.com.au'],
  products: ['Zoho Mail', 'Zoho Workplace'],
  portalName: null,
  portal: {
    summary:
      'No Zoho law-enforcement portal, guide or request address was found; the Zoho pages read here only name Zoho companies and the address for notices of intellectual-property complaints in India.',
    value: [],
    confidence: 'secondary',
    sources: [ipr],
  },
  exampleUrls: [],
  // Case is matched, no bare "Zoho" opens a word, and only the corporate domain is a mail domain: zoho.com and
  // zohomail.com are also mailboxes of Zoho Mail users, so an address there names a target, never the provider.
  emailWords: ['(?:Zoho) (?:Corporation|Corp|Mail|Legal|Workplace)'],
  emailWordsMatchCase: true,
  emailDomains: ['zohocorp.com'],
  facts: {
    legalEntity: {
      summary:
        'Zoho\'s Indian page for intellectual-property complaints gives Zoho Corporation Private Limited at Estancia IT Park, Vallancheri, Chengalpattu (Tamil Nadu) as the address for notices. Zoho\'s affiliate agreement names other regional companies: Zoho Corporation (US and Canada), Zoho Corporation B.V. (EU) and Zoho Corporation Pty Ltd (Australia and New Zealand). No page read names the company that runs Zoho Mail for a given user.',
      value: 'Zoho Corporation Private Limited (India); regional companies include Zoho Corporation (US) and Zoho Corporation B.V. (EU)',
      confidence: 'official',
      sources: [ipr, affiliate],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
