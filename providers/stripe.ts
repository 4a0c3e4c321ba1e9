import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const transparency = cite(SOURCES.stripeTowardsTransparency2012, '2026-12-06');

const stelTerms = cite(SOURCES.stripeStelTerms, '2026-12-06');

const spcTerms = cite(SOURCES.stripeSpcTermsArchive, '2026-12-06');

export default defineProvider({
  id: 'stripe',
  name: 'Stripe',
  ownDomains: ['stripe.com'],
  products: ['Stripe'],
  portalName: null,
  portal: {
    summary:
      'No Stripe law-enforcement portal, guide or request address was found; the Stripe pages read are its terms, which name its companies, and a 2012 blog post on telling users about compelled disclosures.',
    value: [],
    confidence: 'secondary',
    sources: [transparency, stelTerms],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "stripe" is an ordinary word, so only the companies' names count.
  emailWords: ['Stripe, Inc', 'Stripe Payments', 'Stripe Technology Europe'],
  emailWordsMatchCase: true,
  emailDomains: ['stripe.com'],
  legal: {
    headquarters: {
      summary:
        'Stripe\'s US terms for its payments company (2017, archived) describe accounts with Stripe, Inc. and give Stripe Payments Company\'s principal place of business in South San Francisco, California; the pages read do not state Stripe, Inc.\'s own seat, so the country is implied.',
      value: 'US',
      confidence: 'secondary',
      sources: [spcTerms],
    },
    euAddressee: {
      summary:
        'Stripe Technology Europe, Limited, an electronic money institution authorised by the Central Bank of Ireland, provides Stripe\'s regulated payment services to European users from Dublin; the rest of the service is under the agreement with Stripe Payments Europe, Ltd. No source names either as Stripe\'s e-Evidence addressee.',
      value: { name: 'Stripe Technology Europe, Limited', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [stelTerms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Stripe accounts are held with Stripe, Inc.; in the US, money transmission is done by Stripe Payments Company, 354 Oyster Point Boulevard, South San Francisco (terms of November 2017, archived). In Europe the service agreement is with Stripe Payments Europe, Ltd., and Stripe Technology Europe, Limited (Central Bank of Ireland reference C187865), The One Building, 1 Lower Grand Canal Street, Dublin 2, provides the authorised payment services (terms of April 2019).',
      value:
        'Stripe, Inc. (United States); in Europe Stripe Payments Europe, Ltd. and Stripe Technology Europe, Limited, The One Building, 1 Lower Grand Canal Street, Dublin 2, Ireland',
      confidence: 'official',
      sources: [spcTerms, stelTerms],
    },
    preservation: null,
    userNotification: {
      summary:
        'In September 2012 Stripe said it was adding to its privacy policy a commitment to notify a user first, when possible, if a litigant or government legally compels it to disclose the user\'s private information, so that the user can contest it; the current privacy policy was not compared with this.',
      value: { notifiesUser: true, exceptions: ['Where notice first is not possible'], howToPrevent: null },
      confidence: 'official',
      sources: [transparency],
    },
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
