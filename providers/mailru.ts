import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const privacy = cite(SOURCES.mailruPrivacyEn, '2026-12-05');

const agentNotice = cite(SOURCES.mailruAgentCopyrightEu, '2026-12-05');

const rdr2017 = cite(SOURCES.mailruRdr2017, '2026-12-05');

export default defineProvider({
  id: 'mailru',
  name: 'Mail.ru',
  ownDomains: ['mail.ru'],
  products: ['Mail.ru', 'VK Mail', 'Mail.ru Cloud', 'Mail.ru Agent'],
  portalName: null,
  portal: {
    summary:
      'No Mail.ru law-enforcement portal, guide or request address was found; Ranking Digital Rights found in 2017 that Mail.Ru disclosed nothing about how it handles government requests for user information.',
    value: [],
    confidence: 'secondary',
    sources: [rdr2017],
  },
  exampleUrls: [],
  // Case is matched, and each word opens with a group: mail.ru, inbox.ru, list.ru and bk.ru are users' mailboxes, so a
  // lower-case "mail.ru" names a target, and no sender domain whose name is "mail" (mail.de) may be read as Mail.ru's.
  emailWords: ['(?:Mail\\.Ru|Mail\\.ru)(?: Group| LLC)?'],
  emailWordsMatchCase: true,
  // The company's own mail (corp.mail.ru, as in contact_agent@corp.mail.ru), never the mailbox domain mail.ru.
  emailDomains: ['corp.mail.ru'],
  legal: {
    headquarters: {
      summary: 'Mail.ru\'s pages name a company at Leningradskiy prospekt 39, bldg. 79, in Moscow, Russia: Mail.Ru LLC in its privacy policy, LLC VK in a notice updated in March 2022.',
      value: 'RU',
      confidence: 'official',
      sources: [privacy, agentNotice],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Mail.ru\'s English privacy policy names Mail.Ru Limited Liability Company (OGRN 1027739850962), Leningradskiy prospekt 39, bldg. 79, Moscow, as owner of the Mail.ru services; a Mail.ru Agent notice updated on 3 March 2022 names LLC VK at the same address.',
      value: 'LLC VK, Leningradskiy prospekt 39, bldg. 79, 125167 Moscow, Russia (named Mail.Ru LLC, OGRN 1027739850962, in the privacy policy)',
      confidence: 'official',
      sources: [privacy, agentNotice],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
