import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const mailTerms = cite(SOURCES.onetPocztaTerms, '2026-12-06');

const premiumTerms = cite(SOURCES.onetPremiumTerms, '2026-12-06');

const supremeCourt2014 = cite(SOURCES.onetPolicjaSupremeCourt2014, '2026-12-06');

export default defineProvider({
  id: 'onet',
  name: 'Onet',
  ownDomains: ['onet.pl'],
  products: ['Onet (news portal)', 'Onet Poczta (e-mail)'],
  portalName: null,
  portal: {
    summary:
      'No Onet law-enforcement portal, guide or request address was found. A 2014 item on the Polish police\'s website reports that Grupa Onet.pl SA gave a prosecutor the data of a mail subscriber asked for by e-mail address and billed the cost, which the Supreme Court then held e-mail providers may charge.',
    value: [],
    confidence: 'secondary',
    sources: [supremeCourt2014],
  },
  exampleUrls: [],
  // Case is matched and each word opens with a group: onet.pl holds users' mailboxes, so a lower-case "onet.pl" or a
  // sender on onet.pl names a target, and "Onet" alone is also a French services company, so only the portal's and
  // the mail service's names and the publisher's. Ringier Axel Springer Polska also publishes other titles.
  emailWords: [
    '(?:(?<![@.\\w-])Onet\\.pl)',
    '(?:Onet ?Poczt[a-z]*)',
    '(?:[Pp]ocz(?:t[a-z]*|cie) Onet)',
    '(?:Grupa Onet)',
    '(?:Ringier Axel Springer Polska)',
  ],
  emailWordsMatchCase: true,
  // No mail domain: onet.pl is a mailbox service, and a domain listed here makes every address on it the provider's.
  legal: {
    headquarters: {
      summary:
        'Both companies named on Onet\'s pages are Polish: the OnetPoczta terms give Onet S.A. in Kraków, and Onet\'s paid-content terms give Ringier Axel Springer Polska in Warsaw.',
      value: 'PL',
      confidence: 'official',
      sources: [mailTerms, premiumTerms],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'The OnetPoczta mail terms (the stored copy is undated) say the mail service is made available by Onet S.A., ul. Pilotów 10, Kraków, court register number 0000007763. The terms for Onet\'s paid content, on premium.onet.pl, name Ringier Axel Springer Polska sp. z o.o., ul. Domaniewska 49, Warsaw, court register number 0000420780, as the company providing the websites and apps concerned. Which of the two runs the mailboxes today was not found; a 2014 report names Grupa Onet.pl SA as the mail provider at the time.',
      value:
        'Onet S.A. (KRS 0000007763), ul. Pilotów 10, 31-462 Kraków (OnetPoczta terms); Ringier Axel Springer Polska sp. z o.o. (KRS 0000420780), ul. Domaniewska 49, 02-672 Warszawa (Onet paid-content terms), Poland',
      confidence: 'official',
      sources: [mailTerms, premiumTerms, supremeCourt2014],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
