import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const corporateTerms = cite(SOURCES.olaCorporateTerms, '2026-12-05');

const privacyAu = cite(SOURCES.olaPrivacyAu, '2026-12-05');

export default defineProvider({
  id: 'ola',
  name: 'Ola',
  ownDomains: ['olacabs.com', 'ola.com.au'],
  products: ['Ola'],
  portalName: null,
  portal: {
    summary: 'No Ola law-enforcement portal, guide or request address was found; the Ola pages read name only the company that owns and runs the platform.',
    value: [],
    confidence: 'secondary',
    sources: [corporateTerms],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "ola" / "olá" is an ordinary greeting in Spanish and Portuguese.
  emailWords: ['ANI Technologies', 'Olacabs', 'OLA Australia', 'olacabs\\.com', 'Ola (?:Cabs|Legal|Support|Safety|Law Enforcement|Money|Corporate)'],
  emailWordsMatchCase: true,
  emailDomains: ['olacabs.com', 'ola.com.au'],
  facts: {
    legalEntity: {
      summary:
        'Ola\'s corporate terms (last updated 4 July 2018) say the platform and app are owned and run by ANI Technologies Private Limited; Ola\'s Australian privacy policy names it as the ultimate holding company of OLA Australia Pty Ltd.',
      value: 'ANI Technologies Private Limited',
      confidence: 'official',
      sources: [corporateTerms, privacyAu],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
