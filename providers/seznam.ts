import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const registrationTerms = cite(SOURCES.seznamRegistrationTermsEn, '2026-12-04');

export default defineProvider({
  id: 'seznam',
  name: 'Seznam.cz',
  ownDomains: ['seznam.cz', 'email.cz', 'mapy.cz', 'firmy.cz', 'sbazar.cz', 'sreality.cz', 'sauto.cz'],
  products: ['Seznam.cz', 'Email.cz', 'Mapy.cz', 'Sbazar.cz', 'Sreality.cz', 'Sauto.cz'],
  portalName: null,
  portal: {
    summary:
      'No Seznam.cz law-enforcement portal, guide or request address was found; its registration terms name only the company that operates its services.',
    value: [],
    confidence: 'secondary',
    sources: [registrationTerms],
  },
  exampleUrls: [],
  // Case is matched and only the company name: "seznam" is the ordinary Czech word for a list, and seznam.cz and
  // email.cz are users' own mailboxes, so a lower-case address there names a target, never the provider.
  emailWords: ['Seznam\\.cz,? a\\.\\s?s'],
  emailWordsMatchCase: true,
  // The company's own site and mail (firma.seznam.cz), never the mailbox domains seznam.cz and email.cz.
  emailDomains: ['firma.seznam.cz'],
  // No mail domain: seznam.cz, email.cz and post.cz hold users' mailboxes, and a domain listed here makes every address
  // on it the provider's, never a target's.
  legal: {
    headquarters: {
      summary: 'Seznam.cz, a.s. has its registered office in Prague and is registered with the Municipal Court in Prague.',
      value: 'CZ',
      confidence: 'official',
      sources: [registrationTerms],
    },
    euAddressee: {
      summary: 'Seznam.cz, a.s. in Prague, which operates the services, is an EU company; no source names it as Seznam\'s e-Evidence addressee.',
      value: { name: 'Seznam.cz, a.s.', country: 'CZ', role: 'eu-entity' },
      confidence: 'official',
      sources: [registrationTerms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Seznam\'s terms for registering users name Seznam.cz, a.s., company ID 26168685, as the operator or co-operator of its web services and mobile apps.',
      value: 'Seznam.cz, a.s. (26168685), Radlická 3294/10, 150 00 Prague 5 – Smíchov, Czech Republic',
      confidence: 'official',
      sources: [registrationTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
