import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const netinfoPrivacy = cite(SOURCES.nintendoNetinfoPrivacy, '2026-12-06');

const storePrivacy = cite(SOURCES.nintendoStorePrivacy, '2026-12-06');

const accountPrivacyCopy = cite(SOURCES.nintendoAccountPrivacyArchiveToday, '2026-12-06');

const accountAgreementCopy = cite(SOURCES.nintendoAccountAgreementArchiveToday, '2026-12-06');

export default defineProvider({
  id: 'nintendo',
  name: 'Nintendo',
  ownDomains: ['nintendo.com', 'nintendo.co.jp', 'nintendo.co.uk', 'nintendo.ie', 'nintendo.de', 'nintendo-europe.com'],
  products: ['Nintendo Account', 'Nintendo Switch Online', 'Nintendo eShop', 'My Nintendo Store'],
  portalName: null,
  portal: {
    summary:
      'No Nintendo law-enforcement portal, guide or request address was found; the Nintendo privacy pages read name only the companies that control the data (Nintendo Co., Ltd. in Kyoto and, in Europe, Nintendo of Europe SE in Frankfurt).',
    value: [],
    confidence: 'secondary',
    sources: [netinfoPrivacy, storePrivacy],
  },
  exampleUrls: [],
  // Case is matched: only the capitalised brand.
  emailWords: ['Nintendo'],
  emailWordsMatchCase: true,
  // Nintendo's own domains and those its pages give addresses on (accounts.nintendo.com, service@nintendo.de,
  // store@nintendo.co.uk, store@nintendo.ie, store@nintendo.eu); none of them is a mailbox service for users.
  emailDomains: ['nintendo.com', 'nintendo.co.jp', 'nintendo.de', 'nintendo.co.uk', 'nintendo.ie', 'nintendo.eu'],
  legal: {
    headquarters: {
      summary: 'Nintendo\'s website privacy policy names Nintendo Co., Ltd., with its registered offices in Kyoto, Japan, as the operator and controller.',
      value: 'JP',
      confidence: 'official',
      sources: [netinfoPrivacy],
    },
    euAddressee: {
      summary:
        'Nintendo of Europe SE in Frankfurt am Main runs the My Nintendo Store and is the controller of the data it processes there; the Nintendo Account privacy policy (EU version of November 2025, read in an archived copy) makes it a controller, beside Nintendo Co., Ltd., for its own processing. No source names it as Nintendo\'s e-Evidence addressee.',
      value: { name: 'Nintendo of Europe SE', country: 'DE', role: 'eu-entity' },
      confidence: 'official',
      sources: [storePrivacy, accountPrivacyCopy],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Nintendo Co., Ltd. (NCL), 11-1 Hokotate-cho, Kamitoba, Minami-ku, Kyoto, registration number 1300-01-011420, runs its websites as controller. In Europe, the Nintendo Account privacy policy (archived copy, November 2025) says NCL collects most Nintendo Account data and Nintendo of Europe SE, Goldsteinstrasse 235, Frankfurt am Main, the data of its shop services, each as a separate controller; Nintendo of Europe SE also runs the My Nintendo Store. The US Nintendo Account agreement (archived copy, May 2025) is with NCL and Nintendo of America Inc.',
      value:
        'Nintendo Co., Ltd. (1300-01-011420), 11-1 Hokotate-cho, Kamitoba, Minami-ku, Kyoto 601-8501, Japan; in Europe also Nintendo of Europe SE, Goldsteinstrasse 235, 60528 Frankfurt am Main, Germany',
      confidence: 'official',
      sources: [netinfoPrivacy, storePrivacy, accountPrivacyCopy, accountAgreementCopy],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
