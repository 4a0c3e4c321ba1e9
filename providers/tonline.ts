import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const portalPrivacy = cite(SOURCES.tonlineStroeerPrivacy, '2026-12-06');

const mailAppPrivacy = cite(SOURCES.tonlineTelekomMailAppPrivacy, '2026-12-06');

const freemailReview = cite(SOURCES.tonlinePswGroup2014, '2026-12-06');

export default defineProvider({
  id: 'tonline',
  name: 't-online',
  ownDomains: ['t-online.de', 'stroeerdigitalpublishing.de'],
  products: ['t-online.de (news portal)', 't-online.de e-mail (Telekom Mail)'],
  portalName: null,
  portal: {
    summary:
      'No t-online law-enforcement portal, guide or request address was found; the privacy notices read name only the companies responsible, Ströer Digital Publishing for the t-online.de portal and Telekom Deutschland for the Telekom Mail app.',
    value: [],
    confidence: 'secondary',
    sources: [portalPrivacy, mailAppPrivacy],
  },
  exampleUrls: [],
  // Case is matched, only the capitalised brand and the publisher's name, and no word opens with a letter: t-online.de
  // holds users' mailboxes, so a lower-case "t-online" (the name a sender's domain is read by) or an address there
  // ("someone@t-online.de", "T-Online.de" after an "@") names a target, never the provider.
  emailWords: ['(?<![@.\\w-])T-Online(?:\\.de)?', '(?:Str(?:ö|oe)er Digital Publishing)'],
  emailWordsMatchCase: true,
  // No mail domain: t-online.de is a mailbox service, and a domain listed here makes every address on it the provider's.
  // Telekom Deutschland's own words are left out too: that company also answers for Telekom's phone and internet lines,
  // which this file does not cover.
  legal: {
    headquarters: {
      summary:
        'Both companies named on t-online.de are German: Ströer Digital Publishing GmbH in Frankfurt for the portal, and Telekom Deutschland GmbH in Bonn for the Telekom Mail app.',
      value: 'DE',
      confidence: 'official',
      sources: [portalPrivacy, mailAppPrivacy],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'The privacy notice for t-online.de is given by Ströer Digital Publishing GmbH, Platz der Einheit 1, Frankfurt, as the company responsible for the portal. The privacy notice of the Telekom Mail app for Android, served from kommunikationsdienste.t-online.de, names Telekom Deutschland GmbH, Landgrabenweg 151, Bonn, as controller, and a 2014 review describes the t-online freemail service as Deutsche Telekom\'s. No page read names Ströer for the @t-online.de mailboxes, so which company answers for a mailbox should be checked before sending a request.',
      value:
        'Ströer Digital Publishing GmbH, Platz der Einheit 1, 60327 Frankfurt (t-online.de portal); Telekom Deutschland GmbH, Landgrabenweg 151, 53227 Bonn (Telekom Mail app), Germany',
      confidence: 'official',
      sources: [portalPrivacy, mailAppPrivacy, freemailReview],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
