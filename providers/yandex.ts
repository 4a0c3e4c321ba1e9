import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.yandexTermsOfService, '2026-12-05');

const directoryTerms = cite(SOURCES.yandexDirectoryTerms, '2026-12-05');

const transparency = cite(SOURCES.yandexTransparencyReport, '2026-12-05');

const news2020 = cite(SOURCES.yandexRequestsNews2020, '2026-12-05');

export default defineProvider({
  id: 'yandex',
  name: 'Yandex',
  ownDomains: ['yandex.com', 'yandex.ru', 'yandex.kz'],
  products: ['Yandex', 'Yandex Mail', 'Yandex ID'],
  portalName: null,
  portal: {
    summary:
      'No Yandex law-enforcement portal or request address was found. Yandex\'s transparency report says it considers only government requests that meet all formal requirements, checks each for legitimacy and gives only the information strictly needed; a 2020 news report quotes Yandex as saying that requests sent through unofficial channels, such as e-mail or phone, get no answer.',
    value: [],
    confidence: 'secondary',
    sources: [transparency, news2020],
  },
  exampleUrls: [],
  // Case is matched and no mailbox domain is given: yandex.ru, yandex.com and the other Yandex Mail domains are users'
  // mailboxes, so a lower-case "yandex" in an address names a target, never the provider. yandex-team.ru is the
  // company's own.
  emailWords: ['Yandex', 'YANDEX'],
  emailWordsMatchCase: true,
  emailDomains: ['yandex-team.ru'],
  legal: {
    headquarters: {
      summary: 'Yandex\'s terms of service name Yandex LLC, at 16 Lva Tolstogo Street in Moscow, Russia, as the provider of its online services.',
      value: 'RU',
      confidence: 'official',
      sources: [terms],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Yandex\'s terms of service (effective 8 December 2020) name Yandex LLC, 16 Lva Tolstogo Street, 119021 Moscow, as the provider of its services; its Yandex.Directory terms give the company\'s registration number (OGRN) 1027700229193.',
      value: 'Yandex LLC (OGRN 1027700229193), 16 Lva Tolstogo Street, 119021 Moscow, Russia',
      confidence: 'official',
      sources: [terms, directoryTerms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
