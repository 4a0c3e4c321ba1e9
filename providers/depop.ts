import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const requestsPolicy = cite(SOURCES.depopRequestsForInformation, '2026-12-05');

const privacy = cite(SOURCES.depopPrivacyDe, '2026-12-05');

const dsa = cite(SOURCES.depopDsa, '2026-12-05');

const etsy = cite(SOURCES.depopEtsyWwd2021, '2026-12-05');

export default defineProvider({
  id: 'depop',
  name: 'Depop',
  ownDomains: ['depop.com', 'depophelp.zendesk.com'],
  products: ['Depop'],
  portalName: null,
  portal: {
    summary:
      'No Depop law-enforcement portal or request address was read. Depop\'s Requests for Information Policy (effective 3 September 2023, updated 4 January 2024) says that, outside emergencies and what its terms and privacy policy allow, it discloses user information only on valid, binding legal process properly served, such as a court order or warrant, and objects to requests that are too broad or vague. The policy has sections on serving legal process, a regulatory point of contact, emergencies and notice to the user, whose text was not read.',
    value: [],
    confidence: 'official',
    sources: [requestsPolicy],
  },
  exampleUrls: [],
  // A coined name: it names no one else.
  emailWords: ['depop'],
  emailDomains: ['depop.com'],
  legal: {
    headquarters: {
      summary: 'Depop\'s privacy policy names Depop Limited, at 1 Bartholomew Lane, London, United Kingdom, as the company that runs the app and website.',
      value: 'GB',
      confidence: 'official',
      sources: [privacy],
    },
    euAddressee: {
      summary:
        'Depop\'s page on the EU Digital Services Act names Depop Ireland Limited, in Dublin, as its EU legal representative under that act, which does not make it an e-Evidence addressee.',
      value: { name: 'Depop Ireland Limited', country: 'IE', role: 'dsa-legal-representative' },
      confidence: 'official',
      sources: [dsa],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Depop\'s privacy policy (updated 15 October 2021) names Depop Limited, 1 Bartholomew Lane, London EC2N 2AX, as the operator of the Depop app and website. Its EU legal representative under the Digital Services Act is Depop Ireland Limited, 5th floor, One Le Pole Square, Ship Street Great, Dublin 8. Etsy agreed in June 2021 to buy Depop, which was to keep its London headquarters.',
      value: 'Depop Limited, 1 Bartholomew Lane, London EC2N 2AX, United Kingdom (Etsy group); in the EU Depop Ireland Limited, Dublin',
      confidence: 'official',
      sources: [privacy, dsa, etsy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: {
      summary:
        'Depop asks that legal process carry enough to identify the account, and warns that a person\'s name, unlike a username, is unlikely to identify one; a user\'s username, sales count, listings and shop reviews are public.',
      value: { accepted: ['Depop username'] },
      confidence: 'official',
      sources: [requestsPolicy],
    },
  },
});
