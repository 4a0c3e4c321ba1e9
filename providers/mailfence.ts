import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.mailfenceTermsNl, '2026-12-05');

const privacy = cite(SOURCES.mailfencePrivacyDe, '2026-12-05');

const report = cite(SOURCES.mailfenceTransparencyReport, '2026-12-05');

export default defineProvider({
  id: 'mailfence',
  name: 'Mailfence',
  ownDomains: ['mailfence.com', 'contactoffice.com'],
  products: ['Mailfence'],
  portalName: null,
  portal: {
    summary:
      'No Mailfence law-enforcement portal or request address was found. Its transparency report counts only requests that arrive through a legal channel, says informal requests are always turned down, and names orders of Belgian courts as the only requests that bind it.',
    value: [],
    confidence: 'official',
    sources: [report],
  },
  exampleUrls: [],
  // Case is matched, no bare "Mailfence" opens a word and no mail domain is given: mailfence.com is a mailbox service,
  // so an address there names a target, never the provider; only the company's own ways of naming itself do.
  emailWords: ['ContactOffice Group', '(?:Mailfence) (?:Team|Support|Legal|Compliance|Security)'],
  emailWordsMatchCase: true,
  legal: {
    headquarters: {
      summary: 'Mailfence\'s terms name ContactOffice Group sa in Brussels, Belgium, as the company that provides the service.',
      value: 'BE',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary: 'The service is provided by ContactOffice Group sa in Brussels, an EU company; no source names it as Mailfence\'s e-Evidence addressee.',
      value: { name: 'ContactOffice Group SA', country: 'BE', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms],
    },
    answersDirectForeignRequests: {
      summary: 'Mailfence\'s privacy policy says it hands no user information directly to law enforcement outside Belgium, as doing so would be illegal for it.',
      value: false,
      confidence: 'official',
      sources: [privacy],
    },
  },
  facts: {
    legalEntity: {
      summary: 'Mailfence\'s terms of use name "Mailfence - ContactOffice Group sa" in Brussels, Belgian company number BE 0466.241.584, as the provider of the service.',
      value: 'ContactOffice Group SA (BE 0466.241.584), Chaussée de La Hulpe 181, 1170 Brussels, Belgium',
      confidence: 'official',
      sources: [terms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Mailfence gives no user data directly to police outside Belgium; its transparency report says the only requests that bind it are orders of Belgian courts, and it counts identifications made on a valid Belgian court order.',
      value: { route: 'An order of a Belgian court (nothing is disclosed directly to foreign police)', euEntity: 'ContactOffice Group SA (Belgium)' },
      confidence: 'official',
      sources: [privacy, report],
    },
    identifiers: null,
  },
});
