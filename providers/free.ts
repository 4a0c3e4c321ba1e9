import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms2008 = cite(SOURCES.freeCgvHautDebit2008Copy, '2026-12-06');

const wikipedia = cite(SOURCES.freeWikipediaArchive2016, '2026-12-06');

const wikipediaMobile = cite(SOURCES.freeMobileWikipedia, '2026-12-06');

const wikipediaOld = cite(SOURCES.freeWikipediaOldCopy, '2026-12-06');

const iliadUrd = cite(SOURCES.freeIliadUrd2023Copy, '2026-12-06');

const cnil2026 = cite(SOURCES.freeLemagitCnil2026, '2026-12-06');

const lqdn = cite(SOURCES.freeFreenewsLqdn, '2026-12-06');

const reportForm = cite(SOURCES.freeUniversfreeboxReportForm2022, '2026-12-06');

export default defineProvider({
  id: 'free',
  name: 'Free',
  ownDomains: ['free.fr', 'iliad.fr'],
  products: ['Freebox (fixed-line internet)', 'Free Mobile', 'free.fr e-mail'],
  portalName: null,
  portal: {
    summary:
      'No Free law-enforcement portal, guide or request address was found. A 2022 report describes a form at the foot of Free\'s portal for reporting illegal content, security incidents, blocked mailboxes and personal pages, which sends anyone needing the police at once to the 17 emergency number; it is not described as a channel for authorities. Freenews reports that Free answered subscribers asking for their retained data that such data may be handed over only on a requisition of the judicial authorities.',
    value: [],
    confidence: 'secondary',
    sources: [reportForm, lqdn],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: "free" is an ordinary word in English and French, and "Iliad" is Homer's
  // poem, so only the product and company names. Each word opens with a group, so that no sender domain named "free"
  // (free.de, free.org) is read as this provider's.
  // Its requisitions desk signs as 'Free – Service des Réquisitions Judiciaires'.
  emailWords: ['(?:Free Mobile|Freebox|Free SAS)', '(?:[Ii]liad S\\.A)', '(?:[Gg]roupe [Ii]liad)', '(?:Free [–-] Service des [Rr]équisitions)'],
  emailWordsMatchCase: true,
  // Not free.fr: it holds users' mailboxes, so an address there names a target, never the provider.
  emailDomains: ['iliad.fr'],
  legal: {
    headquarters: {
      summary:
        'Secondary sources place Free in Paris: its 2008 terms (a copy on docplayer) give Free\'s registered office at 8 rue de la Ville l\'Évêque, and iliad\'s 2023 registration document (a copy) gives the parent company\'s at 16 rue de la Ville l\'Évêque. No Free page read states it.',
      value: 'FR',
      confidence: 'secondary',
      sources: [terms2008, iliadUrd],
    },
    euAddressee: {
      summary:
        'Free SAS, the French company behind the Freebox and free.fr mail, is an EU company; Free Mobile is a separate company of the same group. No source names either as Free\'s e-Evidence addressee.',
      value: { name: 'Free SAS', country: 'FR', role: 'eu-entity' },
      confidence: 'secondary',
      sources: [wikipedia, wikipediaOld, cnil2026],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Secondary sources only: Free SAS (formerly Free Télécom), a simplified joint-stock company of the iliad group, runs the Freebox internet service, whose access includes free.fr mail according to an older copy of the article, while Free Mobile, another SAS of the group, runs the mobile network. In January 2026 the CNIL fined FREE and FREE MOBILE separately, as two companies, over the 2024 data breach. Free\'s 2008 terms (copy) give its seat at 8 rue de la Ville l\'Évêque, Paris; iliad S.A. gives 16 rue de la Ville l\'Évêque, 75008 Paris, in its 2023 registration document (copy).',
      value: 'Free SAS (Freebox, free.fr mail) and Free Mobile (mobile), both of the iliad group (iliad S.A., 16 rue de la Ville l\'Évêque, 75008 Paris), France',
      confidence: 'secondary',
      sources: [wikipedia, wikipediaOld, wikipediaMobile, cnil2026, iliadUrd, terms2008],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
