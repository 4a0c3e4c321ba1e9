import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.hetznerPrivacyNotice, '2026-12-05');

const dsa = cite(SOURCES.hetznerDsaInfo, '2026-12-05');

export default defineProvider({
  id: 'hetzner',
  name: 'Hetzner',
  ownDomains: ['hetzner.com', 'hetzner.de'],
  products: ['Hetzner dedicated servers', 'Hetzner Cloud', 'Hetzner web hosting'],
  portalName: null,
  portal: {
    summary:
      'No Hetzner law-enforcement portal or guide was found. Its Digital Services Act page sends reports of illegal content to the abuse form at abuse.hetzner.com (German or English) and says Hetzner then asks the customer to remove the content or answer within a deadline.',
    value: [],
    confidence: 'secondary',
    sources: [dsa],
  },
  exampleUrls: [],
  // Case is matched: the name is written with a capital; lower-case host names do not name the provider. your-server.de
  // is not a mail domain here: it is the host of customers' own web hosting and mailboxes.
  emailWords: ['Hetzner'],
  emailWordsMatchCase: true,
  emailDomains: ['hetzner.com', 'hetzner.de'],
  legal: {
    headquarters: {
      summary: 'Hetzner\'s privacy notice names Hetzner Online GmbH in Gunzenhausen, Germany, as the company responsible for processing the data.',
      value: 'DE',
      confidence: 'official',
      sources: [privacy],
    },
    euAddressee: {
      summary: 'Hetzner Online GmbH in Gunzenhausen is an EU company; no source names it as Hetzner\'s e-Evidence addressee.',
      value: { name: 'Hetzner Online GmbH', country: 'DE', role: 'eu-entity' },
      confidence: 'official',
      sources: [privacy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Hetzner\'s privacy notice names Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, as the company responsible for the data.',
      value: 'Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany',
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
