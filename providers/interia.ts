import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const mailNotice = cite(SOURCES.interiaMailPrivacyNotice, '2026-12-06');

const intTerms = cite(SOURCES.interiaIntTerms, '2026-12-06');

const promo2019 = cite(SOURCES.interiaPromo2019, '2026-12-06');

export default defineProvider({
  id: 'interia',
  name: 'Interia',
  ownDomains: ['interia.pl', 'int.pl'],
  products: ['Interia (news portal)', 'Poczta Interia (e-mail)', 'INT.pl (e-mail)'],
  portalName: null,
  portal: {
    summary:
      'No Interia law-enforcement portal, guide or request address was found; the information notice for Poczta Interia users names only the controller and the address of its data protection officer.',
    value: [],
    confidence: 'secondary',
    sources: [mailNotice],
  },
  exampleUrls: [],
  // Case is matched and the words open with a group: interia.pl holds users' mailboxes, so a lower-case "interia.pl" in
  // an address, or a sender on interia.pl, names a target. "INT" alone is too common an abbreviation to be a word here.
  emailWords: ['(?<![@.\\w-])Interia(?:\\.pl)?', '(?<![@.\\w-])INTERIA(?:\\.PL)?'],
  emailWordsMatchCase: true,
  // Only the company's own mail (firma.interia.pl, as in its data protection officer's address), never the mailbox
  // domain interia.pl.
  emailDomains: ['firma.interia.pl'],
  legal: {
    headquarters: {
      summary: 'Interia\'s mail notice and INT.pl terms name Interia.pl sp. z o.o. with its seat in Kraków, Poland.',
      value: 'PL',
      confidence: 'official',
      sources: [mailNotice, intTerms],
    },
    euAddressee: {
      summary: 'Interia.pl sp. z o.o., the controller for Poczta Interia, is a Polish company, so an EU company; no source names it as Interia\'s e-Evidence addressee.',
      value: { name: 'Interia.pl sp. z o.o.', country: 'PL', role: 'eu-entity' },
      confidence: 'official',
      sources: [mailNotice],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'The information notice for Poczta Interia users (free, paid, business, INT and Teen Mail accounts) names Interia.pl sp. z o.o., ul. Kotlarska 11, Kraków, as controller, with a data protection officer at iod@firma.interia.pl; the INT.pl mail terms give its court register number. Earlier terms, such as those of a 2019 Poczta Interia promotion, named Grupa Interia.pl sp. z o.o. sp. k. (KRS 0000416593), os. Teatralne 9A, Kraków.',
      value: 'Interia.pl sp. z o.o. (KRS 0001009169), ul. Kotlarska 11, 31-539 Kraków, Poland',
      confidence: 'official',
      sources: [mailNotice, intTerms, promo2019],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
