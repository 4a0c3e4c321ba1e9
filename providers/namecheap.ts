import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const premiumDns = cite(SOURCES.namecheapPremiumDnsTerms, '2026-12-05');

const legalAbuse = cite(SOURCES.namecheapLegalAbuseKb, '2026-12-05');

export default defineProvider({
  id: 'namecheap',
  name: 'Namecheap',
  ownDomains: ['namecheap.com'],
  products: ['Namecheap domains', 'Namecheap hosting', 'Namecheap Private Email'],
  portalName: null,
  portal: {
    summary:
      'No Namecheap law-enforcement portal or guide was found. Its knowledgebase says the Legal and Abuse department handles complaints about abuse of its services (domains, hosting, Private Email) and can be written to at legalandabuse@namecheap.com.',
    value: [],
    confidence: 'secondary',
    sources: [legalAbuse],
  },
  exampleUrls: [],
  // Case is matched: the brand is written with a capital; lower-case host names do not name the provider.
  emailWords: ['Namecheap', 'NameCheap'],
  emailWordsMatchCase: true,
  emailDomains: ['namecheap.com'],
  facts: {
    legalEntity: {
      summary: 'Namecheap\'s PremiumDNS terms name Namecheap, Inc. as the company providing the service, with its subsidiaries and sister companies.',
      value: 'Namecheap, Inc.',
      confidence: 'official',
      sources: [premiumDns],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
