import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacyCopy = cite(SOURCES.klarnaPrivacyNoticeCopy, '2026-12-06');

const privacyUkCopy = cite(SOURCES.klarnaPrivacyNoticeUkCopy, '2026-12-06');

export default defineProvider({
  id: 'klarna',
  name: 'Klarna',
  ownDomains: ['klarna.com'],
  products: ['Klarna', 'Klarna app'],
  portalName: null,
  portal: {
    summary:
      'No Klarna law-enforcement portal, guide or request address was found; the copies of its privacy notice read name only the companies that control customers\' data.',
    value: [],
    confidence: 'secondary',
    sources: [privacyCopy],
  },
  exampleUrls: [],
  // Case is matched and only the companies' names count: "klarna" is an ordinary Swedish word (to clear up), and shops'
  // own mails name Klarna as a way to pay.
  emailWords: ['Klarna Bank', 'Klarna Financial Services'],
  emailWordsMatchCase: true,
  emailDomains: ['klarna.com'],
  legal: {
    headquarters: {
      summary:
        'Copies of Klarna\'s privacy notice on merchants\' sites name Klarna Bank AB (publ), registered in Sweden, with its principal place of business in Stockholm; no Klarna page stating this was found.',
      value: 'SE',
      confidence: 'secondary',
      sources: [privacyCopy, privacyUkCopy],
    },
    euAddressee: {
      summary:
        'Klarna Bank AB (publ), a Swedish company, is the controller named in copies of Klarna\'s privacy notice; no source names it as Klarna\'s e-Evidence addressee.',
      value: { name: 'Klarna Bank AB (publ)', country: 'SE', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [privacyCopy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Copies of Klarna\'s privacy notice (on merchants\' sites) name Klarna Bank AB (publ), Swedish company number 556737-0431, Sveavägen 46, Stockholm, as the controller; the UK version adds Klarna Financial Services UK Limited (company number 14290857), 10 York Road, London, each a controller of UK customers\' data.',
      value: 'Klarna Bank AB (publ) (556737-0431), Sveavägen 46, 111 34 Stockholm, Sweden; in the UK also Klarna Financial Services UK Limited (14290857), London',
      confidence: 'secondary',
      sources: [privacyCopy, privacyUkCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
