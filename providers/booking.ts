import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.bookingLawEnforcementDe, '2026-12-06');

const termsBg = cite(SOURCES.bookingTermsBg, '2026-12-06');

const termsSv = cite(SOURCES.bookingTermsSv, '2026-12-06');

export default defineProvider({
  id: 'booking',
  name: 'Booking.com',
  ownDomains: ['booking.com'],
  products: ['Booking.com'],
  portalName: null,
  portal: {
    summary:
      'No Booking.com law-enforcement portal was found. Its law-enforcement guidelines (German version) say every data disclosure request must be addressed to Booking.com B.V. in the Netherlands; the part of the guidelines read names no portal.',
    value: [],
    confidence: 'secondary',
    sources: [guidelines],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "booking" is an ordinary word (a reservation), so only the written brand
  // "Booking.com" counts, and the word opens with a group so that a sender's domain alone never names Booking.com.
  emailWords: ['(?:Booking\\.com)'],
  emailWordsMatchCase: true,
  // No mail domain: Booking.com gives each guest of a reservation an alias address on guest.booking.com that forwards to
  // the guest (partner.booking.com, "Why does the guest's email address end with '@guest.booking.com'?"), so an address
  // there names a target, and a domain listed here counts its subdomains too.
  legal: {
    headquarters: {
      summary:
        'Booking.com\'s law-enforcement guidelines say Booking.com B.V. in the Netherlands owns and runs the Booking.com websites and apps; its terms give the company\'s address in Amsterdam.',
      value: 'NL',
      confidence: 'official',
      sources: [guidelines, termsBg],
    },
    euAddressee: {
      summary:
        'Booking.com B.V., a Dutch company, controls the data of the Booking.com reservation service and, per its guidelines, answers every disclosure request worldwide; no source names it as Booking.com\'s e-Evidence addressee.',
      value: { name: 'Booking.com B.V.', country: 'NL', role: 'eu-entity' },
      confidence: 'official',
      sources: [guidelines],
    },
    answersDirectForeignRequests: {
      summary:
        'Booking.com\'s guidelines say it discloses data only on a request that is legally binding on Booking.com B.V. under Dutch law, emergencies aside, and that its local offices may not disclose anything; QuickFreeze reads this as no direct answer to a foreign authority\'s own legal process (the guidelines do not say so in those words).',
      value: false,
      confidence: 'secondary',
      sources: [guidelines],
    },
  },
  facts: {
    legalEntity: {
      summary:
        'Booking.com\'s law-enforcement guidelines name Booking.com B.V. in the Netherlands as owner and operator of the Booking.com websites and apps and as controller of the personal data of its reservation service. Its terms (Bulgarian version of January 2017) describe it as a private limited company under Dutch law at Herengracht 597, Amsterdam; its Swedish terms of October 2019 also say the site and service are owned and run by Booking.com B.V.',
      value: 'Booking.com B.V., Amsterdam, Netherlands (address in its January 2017 terms: Herengracht 597, 1017 CE Amsterdam)',
      confidence: 'official',
      sources: [guidelines, termsBg, termsSv],
    },
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'Booking.com\'s guidelines make an exception to its rule of disclosing only on requests binding under Dutch law for emergency situations; the part of the guidelines read gives no criteria or channel for them.',
      value: { criteria: 'Emergency situations (no further criteria in the part of the guidelines read)', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [guidelines],
    },
    childSafety: null,
    international: {
      summary:
        'All data disclosure requests must be addressed to Booking.com B.V., even where Booking.com has an office in the requesting authority\'s country: the local companies only support Booking.com B.V. internally, may not disclose data to authorities and may lack access to it. Booking.com discloses only on a request legally binding on Booking.com B.V. under Dutch law.',
      value: {
        route: 'A request legally binding on Booking.com B.V. under Dutch law, addressed to Booking.com B.V. in the Netherlands (never to a local Booking.com office)',
        euEntity: 'Booking.com B.V. (Netherlands)',
      },
      confidence: 'official',
      sources: [guidelines],
    },
    identifiers: null,
  },
});
