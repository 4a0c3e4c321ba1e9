import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.ionosPrivacyDeEn, '2026-12-05');

const abuse = cite(SOURCES.ionosAbusePolicy, '2026-12-05');

export default defineProvider({
  id: 'ionos',
  name: 'IONOS',
  ownDomains: ['ionos.com', 'ionos.de', 'ionos.co.uk', 'ionos.fr', 'ionos.es'],
  products: ['IONOS hosting', 'IONOS domains', 'IONOS e-mail'],
  portalName: null,
  portal: {
    summary:
      'No IONOS law-enforcement portal or guide was found. Its abuse page takes complaints about abusive behaviour involving domains or IP addresses at abuse@ionos.com, asks for full details (domains, IP addresses, URLs, complete e-mail headers, time stamps) and says no answer is sent to the complainant.',
    value: [],
    confidence: 'secondary',
    sources: [abuse],
  },
  exampleUrls: [],
  // Case is matched: lower-case "ionos" turns up in host names; the brand is written in capitals.
  emailWords: ['IONOS'],
  emailWordsMatchCase: true,
  emailDomains: ['ionos.com', 'ionos.de'],
  legal: {
    headquarters: {
      summary: 'IONOS\'s German privacy notice names IONOS SE in Montabaur, Germany, as the controller for its website visitors and customers.',
      value: 'DE',
      confidence: 'official',
      sources: [privacy],
    },
    euAddressee: {
      summary: 'IONOS SE in Montabaur, the controller named for its customers, is an EU company; no source names it as IONOS\'s e-Evidence addressee.',
      value: { name: 'IONOS SE', country: 'DE', role: 'eu-entity' },
      confidence: 'official',
      sources: [privacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'IONOS\'s German privacy notice names IONOS SE, Elgendorfer Str. 57, 56410 Montabaur, as the controller for the data of its website visitors and customers.',
      value: 'IONOS SE, Elgendorfer Str. 57, 56410 Montabaur, Germany',
      confidence: 'official',
      sources: [privacy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
