import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const subpoena = cite(SOURCES.godaddySubpoenaPolicyZhSg, '2026-12-05');

const utos = cite(SOURCES.godaddyUniversalTerms, '2026-12-05');

const builder = cite(SOURCES.godaddyWebsiteBuilderAgreement, '2026-12-05');

const nprd = cite(SOURCES.godaddyNprdLawEnforcement, '2026-12-05');

export default defineProvider({
  id: 'godaddy',
  name: 'GoDaddy',
  ownDomains: ['godaddy.com'],
  products: ['GoDaddy domains', 'GoDaddy hosting', 'GoDaddy Website Builder'],
  portalName: null,
  portal: {
    summary:
      'No GoDaddy law-enforcement portal was found. Its subpoena policy asks for a valid subpoena, faxed, mailed or served on GoDaddy.com, LLC\'s Compliance Department, for a customer\'s identity or account data (in criminal matters only from law enforcement), and says it will not produce e-mail content under the ECPA. A separate help page lets law-enforcement authorities request non-public registrant data of current domain registrations, which GoDaddy answers within 30 days.',
    value: [],
    confidence: 'official',
    sources: [subpoena, nprd],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'GoDaddy\'s subpoena policy gives the Compliance Department of GoDaddy.com, LLC in Tempe, Arizona, as the place to serve or mail subpoenas (or fax them to +1 480 624 2546).',
      value: { kind: 'postal', address: 'Compliance Department, GoDaddy.com, LLC, 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281, USA', purposes: ['legal-process'], hours: null },
      confidence: 'official',
      sources: [subpoena],
    },
  ],
  // Case is matched: the brand is written in camel case; lower-case host names do not name the provider.
  emailWords: ['GoDaddy', 'Wild West Domains'],
  emailWordsMatchCase: true,
  emailDomains: ['godaddy.com'],
  legal: {
    headquarters: {
      summary: 'GoDaddy\'s subpoena policy says it is headquartered in Tempe, Arizona.',
      value: 'US',
      confidence: 'official',
      sources: [subpoena],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'GoDaddy\'s Universal Terms of Service are an agreement with GoDaddy.com, LLC and the affiliates that provide services under it; GoDaddy\'s service agreements describe GoDaddy.com, LLC as a Delaware limited liability company.',
      value: 'GoDaddy.com, LLC (Delaware), Tempe, Arizona, United States',
      confidence: 'official',
      sources: [utos, builder, subpoena],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
