import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const policy = cite(SOURCES.vkStandardPrivacyPolicy, '2026-12-05');

const devTerms = cite(SOURCES.vkDevUserAgreementArchive, '2026-12-05');

const news2018 = cite(SOURCES.vkRequestsNews2018, '2026-12-05');

export default defineProvider({
  id: 'vk',
  name: 'VK',
  ownDomains: ['vk.com', 'vk.ru', 'vk.link'],
  products: ['VK', 'VKontakte'],
  portalName: null,
  // VK's own data-protection section was only seen as reported in the press.
  portal: {
    summary:
      'No VK law-enforcement portal or request address was found. A 2018 news report on VK\'s data-protection section says VK considers only written requests that comply with the law, checks that there are grounds for them and that an official body will receive the answer, and that Roskomnadzor, the Federal Antimonopoly Service, courts and law-enforcement bodies may ask for users\' data.',
    value: [],
    confidence: 'secondary',
    sources: [news2018],
  },
  exampleUrls: [],
  // Not the bare "VK": Mail.ru's mail is also branded VK, and VK is also the parent company's name.
  emailWords: ['VKontakte', 'V Kontakte', 'vk\\.com'],
  emailDomains: ['vk.com'],
  legal: {
    headquarters: {
      summary: 'VK\'s standard privacy policy for community operators names V Kontakte LLC in St. Petersburg, Russia, as the site administration of vk.com.',
      value: 'RU',
      confidence: 'official',
      sources: [policy],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'VK\'s standard privacy policy for community operators names Limited Liability Company V Kontakte (OGRN 1079847035179, INN 7842349892) in St. Petersburg as the site administration of vk.com; an archived copy of VK\'s developer user agreement (2022) gives the same company and address.',
      value: 'V Kontakte LLC (OGRN 1079847035179), prem. 1-N, bld. 12-14, Lit. A, Khersonskaya st., St. Petersburg 191024, Russia',
      confidence: 'official',
      sources: [policy, devTerms],
    },
    preservation: null,
    userNotification: {
      summary: 'A 2018 news report on VK\'s data-protection section says the law forbids VK to tell users about requests for their data.',
      value: { notifiesUser: false, exceptions: [], howToPrevent: null },
      confidence: 'secondary',
      sources: [news2018],
    },
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
