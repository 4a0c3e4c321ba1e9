import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.posteoTermsDe, '2026-12-05');

const privacy = cite(SOURCES.posteoPrivacyDe, '2026-12-05');

const report = cite(SOURCES.posteoTransparencyReport, '2026-12-05');

const report2016 = cite(SOURCES.posteoTransparency2016Post, '2026-12-05');

export default defineProvider({
  id: 'posteo',
  name: 'Posteo',
  ownDomains: ['posteo.de', 'posteo.net'],
  products: ['Posteo'],
  portalName: null,
  portal: {
    summary:
      'No Posteo law-enforcement portal or request address was found. Its transparency report counts requests from investigating authorities and intelligence services and how often data had to be released; Posteo lets customers sign up without giving a name or address, and says that for this reason it has no subscriber data to release.',
    value: [],
    confidence: 'official',
    sources: [report, report2016, privacy],
  },
  exampleUrls: [],
  // Case is matched, no bare "Posteo" opens a word and no mail domain is given: posteo.de and posteo.net are mailboxes
  // anyone signs up to, so an address there names a target, never the provider. No trailing dot after "e.K": the
  // words end at a word boundary.
  emailWords: ['(?:Posteo) (?:e\\.K|Team|Support|Legal|Datenschutz|[–-] (?:Behördenanfragen|Support|Team|Rechtsabteilung))'],
  emailWordsMatchCase: true,
  legal: {
    headquarters: {
      summary: 'Posteo\'s terms name Posteo e.K. in Berlin, Germany, as the other party to the contract for its e-mail service.',
      value: 'DE',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: {
      summary: 'The service is run by Posteo e.K. in Berlin, an EU company; no source names it as Posteo\'s e-Evidence addressee.',
      value: { name: 'Posteo e.K.', country: 'DE', role: 'eu-entity' },
      confidence: 'official',
      sources: [terms],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Posteo\'s terms say the contract for the Posteo e-mail service is made with Posteo e.K., Methfesselstr. 38, 10965 Berlin.',
      value: 'Posteo e.K., Methfesselstr. 38, 10965 Berlin, Germany',
      confidence: 'official',
      sources: [terms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
