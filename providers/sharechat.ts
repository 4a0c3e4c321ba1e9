import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsMr = cite(SOURCES.sharechatTermsMr, '2026-12-05');

const mojTerms = cite(SOURCES.mojTermsHi, '2026-12-05');

const transparency2019 = cite(SOURCES.sharechatTransparency2019, '2026-12-05');

export default defineProvider({
  id: 'sharechat',
  name: 'ShareChat',
  ownDomains: ['sharechat.com', 'mojapp.in'],
  products: ['ShareChat', 'Moj'],
  portalName: null,
  portal: {
    summary:
      'No ShareChat law-enforcement portal or request address was found. Its first transparency report (June 2018 to June 2019) says it received 41 legal notices from law-enforcement authorities across Indian states, reviewed each for legal merit, and, where it shared data, gave the registration mobile number, device type, IP address and in some cases chat history.',
    value: [],
    confidence: 'secondary',
    sources: [transparency2019],
  },
  exampleUrls: [],
  // Never the bare "Moj": it is an ordinary word in several languages.
  emailWords: ['sharechat', 'Mohalla Tech', 'mojapp'],
  emailDomains: ['sharechat.com', 'mojapp.in'],
  legal: {
    headquarters: {
      summary: 'ShareChat\'s and Moj\'s terms say Mohalla Tech Private Limited is a private company set up under Indian law with its registered office in Bengaluru, Karnataka.',
      value: 'IN',
      confidence: 'official',
      sources: [termsMr, mojTerms],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'ShareChat\'s terms (Marathi version, updated 31 August 2024) and Moj\'s terms (Hindi version, updated 15 December 2023) say both apps are provided by Mohalla Tech Private Limited in Bengaluru.',
      value:
        'Mohalla Tech Private Limited, North Tower Smartworks, Vaishnavi Tech Park, Survey No. 16/1 & No. 17/2, Ambalipura Village, Varthur Hobli, Bengaluru Urban, Karnataka 560103, India',
      confidence: 'official',
      sources: [termsMr, mojTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
