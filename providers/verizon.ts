import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const reports = cite(SOURCES.verizonTransparencyReports, '2026-12-05');

const usReport = cite(SOURCES.verizonTransparencyUs, '2026-12-05');

const hqRelease = cite(SOURCES.verizonHeadquartersRelease2005, '2026-12-05');

const annualReport = cite(SOURCES.verizon10k2015Copy, '2026-12-05');

export default defineProvider({
  id: 'verizon',
  name: 'Verizon',
  ownDomains: ['verizon.com', 'verizonwireless.com'],
  products: ['Verizon wireline (phone, Internet, TV)', 'Verizon Wireless', 'Visible', 'TracFone'],
  portalName: null,
  portal: {
    summary:
      'No Verizon law-enforcement portal or request address was found in the pages read; Verizon\'s transparency report only says that it hands over customer data when the law allows it, on a valid demand or a proper emergency request.',
    value: [],
    confidence: 'secondary',
    sources: [usReport],
  },
  exampleUrls: [],
  // Case is matched and the brand opens with a group: verizon.net holds users' own mailboxes, so a lower-case
  // "verizon" in an address, or a sender on verizon.net, names a target, never the provider; only the capitalised
  // brand and the wireless company's name do.
  emailWords: ['(?:Verizon|VERIZON)', 'Cellco Partnership'],
  emailWordsMatchCase: true,
  // The company's own domains, never verizon.net (users' mailboxes).
  emailDomains: ['verizon.com', 'verizonwireless.com'],
  legal: {
    headquarters: {
      summary:
        'Verizon\'s own 2005 release moved its corporate headquarters to 140 West St. in Lower Manhattan, New York; a copy of its 2015 annual report gives principal executive offices at 1095 Avenue of the Americas, New York.',
      value: 'US',
      confidence: 'official',
      sources: [hqRelease, annualReport],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'A copy of Verizon\'s annual report on Form 10-K for 2015 names the registrant Verizon Communications Inc., incorporated in Delaware, with its principal executive offices in New York. Its transparency reports cover its wireline services, Verizon Wireless, Visible, its TracFone brands and its telematics services.',
      value: 'Verizon Communications Inc. (Delaware), New York, United States',
      confidence: 'secondary',
      sources: [annualReport, reports],
    },
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'Verizon says it releases customer data in an emergency only on an appropriate request where there is a danger of death or serious physical injury, and that it charges nothing for answering emergency requests.',
      value: {
        criteria: 'An emergency involving the danger of death or serious physical injury',
        channel: null,
        requiredContent: [],
      },
      confidence: 'official',
      sources: [usReport, reports],
    },
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
