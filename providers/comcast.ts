import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidance = cite(SOURCES.comcastLawEnforcementGuidanceCopy, '2026-12-05');

const transparency = cite(SOURCES.comcastFirstTransparencyReport, '2026-12-05');

const agreement = cite(SOURCES.comcastResidentialAgreementCopy, '2026-12-05');

const opEd = cite(SOURCES.comcastPhiladelphiaOpEd2015, '2026-12-05');

export default defineProvider({
  id: 'comcast',
  name: 'Comcast (Xfinity)',
  ownDomains: ['comcast.com', 'xfinity.com', 'comcast.net'],
  products: ['Xfinity Internet', 'Xfinity Video', 'Xfinity Voice'],
  portalName: null,
  // Named only in a third-party copy of Comcast's 2020 guidance; the page gives the host and calls it an online portal.
  portal: {
    summary:
      'A copy of Comcast\'s Guidance for Law Enforcement (updated 21 July 2020) sends legal requests to its Legal Response Center through an online portal at lea.comcast.com, which needs registration, or by post or fax.',
    value: [{ host: 'lea.comcast.com' }],
    confidence: 'secondary',
    sources: [guidance],
  },
  exampleUrls: ['https://lea.comcast.com/', 'https://lea.comcast.com/requests/new'],
  channels: [
    {
      summary: 'The same guidance gives a postal address for legal requests to the Legal Response Center in Mount Laurel, New Jersey, and asks for a cover page with the requester\'s contact details.',
      value: { kind: 'postal', address: 'Comcast Legal Response Center, 1800 Bishops Gate Blvd, Mount Laurel, NJ 08054, United States', purposes: ['legal-process'], hours: null },
      confidence: 'secondary',
      sources: [guidance],
    },
  ],
  // Case is matched and the words open with a group: comcast.net holds users' own mailboxes, so a lower-case
  // "comcast" in an address, or a sender on comcast.net, names a target, never the provider.
  emailWords: ['(?:Comcast|COMCAST|Xfinity|XFINITY)'],
  emailWordsMatchCase: true,
  // The company's own domains, never comcast.net (users' mailboxes).
  emailDomains: ['comcast.com', 'xfinity.com'],
  legal: {
    headquarters: {
      summary: 'In a 2015 newspaper piece a Comcast executive calls Philadelphia the company\'s home and says Comcast has always refused to move its headquarters.',
      value: 'US',
      confidence: 'secondary',
      sources: [opEd],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'A copy of the Xfinity Agreement for Residential Services says the services are provided by the operating subsidiary of Comcast Corporation that runs the local cable system or voice service.',
      value: 'Comcast Corporation (services provided by its local operating subsidiaries)',
      confidence: 'secondary',
      sources: [agreement],
    },
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'The 2020 guidance (as copied) says Comcast speeds up the release of subscriber data without legal process in an emergency involving danger of death or serious bodily injury, started through the Legal Response Center\'s emergency number; legal process must follow within a reasonable time. Comcast\'s own first transparency report also mentions emergency disclosures to prevent imminent risk of death or serious physical injury.',
      value: {
        criteria: 'An emergency involving danger of death or serious bodily injury',
        channel: 'Legal Response Center emergency line, 877-249-7306',
        requiredContent: ['Proper legal process within a reasonable time after the emergency'],
      },
      confidence: 'secondary',
      sources: [guidance, transparency],
    },
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
