import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const ukData = cite(SOURCES.gumtreeUkDataHandling, '2026-12-06');

const ukPromo2017 = cite(SOURCES.gumtreeUkPromoTerms2017, '2026-12-06');

const ukAccounts2023 = cite(SOURCES.gumtreeUkAccounts2023, '2026-12-06');

const auPrivacy = cite(SOURCES.gumtreeAuPrivacy, '2026-12-06');

const auDefrauded = cite(SOURCES.gumtreeAuDefrauded, '2026-12-06');

export default defineProvider({
  id: 'gumtree',
  name: 'Gumtree',
  ownDomains: ['gumtree.com', 'gumtree.com.au'],
  products: ['Gumtree (United Kingdom)', 'Gumtree Australia'],
  portalName: null,
  portal: {
    summary:
      'No Gumtree law-enforcement portal or request address was found. Gumtree UK says it shares personal data with law enforcement or other government agencies where the law obliges it to; Gumtree Australia tells fraud victims to report to their local police and says the investigating officer will then contact Gumtree, which will give the police what information it can.',
    value: [],
    confidence: 'official',
    sources: [ukData, auDefrauded],
  },
  exampleUrls: [],
  // Case is matched and never the bare word: a gum tree (or "gumtree") is an ordinary tree, and "up a gum tree" an
  // idiom. Only the sites' names, the companies' and the name with a team's. Each word opens with a group, so that no
  // sender domain named "gumtree" (the South African and other Gumtree sites, run by other companies) is read as this
  // provider's; their senders are read by the display name ("Gumtree Legal").
  emailWords: [
    '(?:Gumtree\\.com(?:\\.au)?(?: Limited)?)',
    '(?:Gumtree AU(?: Pty)?)',
    '(?:Gumtree (?:Australia|UK|Team|Support|Legal|Safety|Trust (?:&|and) Safety))',
    '(?:gumtree\\.com(?:\\.au)?)',
  ],
  emailWordsMatchCase: true,
  emailDomains: ['gumtree.com', 'gumtree.com.au'],
  // No headquarters: the UK and Australian sites are run by two separate companies, and no single company answers for
  // both (see legalEntity).
  facts: {
    legalEntity: {
      summary:
        'Two separate companies run the two sites. Gumtree Australia\'s privacy notice (effective 19 November 2021) names Gumtree AU Pty Limited as the operator of the Australian site. For the UK site, Gumtree\'s 2017 promotion terms describe a limited company incorporated in England with its registered office at 5 New Street Square, London; the 2023 annual report of Gumtree.com Limited, filed at Companies House, gives company number 03934849, a registered office at 27 Old Gloucester Street, London, and the running of an online classifieds marketplace as its principal activity.',
      value: 'Gumtree.com Limited (03934849), 27 Old Gloucester Street, London WC1N 3AX, United Kingdom (gumtree.com); Gumtree AU Pty Limited, Australia (gumtree.com.au)',
      confidence: 'official',
      sources: [auPrivacy, ukPromo2017, ukAccounts2023],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
