import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.jottacloudTerms, '2026-12-05');

const transparency = cite(SOURCES.jottacloudTransparency, '2026-12-05');

export default defineProvider({
  id: 'jottacloud',
  name: 'Jottacloud',
  ownDomains: ['jottacloud.com'],
  products: ['Jottacloud'],
  portalName: null,
  portal: {
    summary:
      'Jottacloud names no law-enforcement portal or request address; its transparency page (15 September 2015) says it hands data or content to the Norwegian government or police only on a warrant.',
    value: [],
    confidence: 'official',
    sources: [transparency],
  },
  exampleUrls: [],
  emailWords: ['Jottacloud', 'Jotta AS'],
  emailDomains: ['jottacloud.com'],
  legal: {
    headquarters: {
      summary: 'Jottacloud\'s terms name Jotta AS, and its transparency page treats Norwegian law and Norwegian warrants as the ones it must obey.',
      value: 'NO',
      confidence: 'official',
      sources: [terms, transparency],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Jottacloud\'s terms say the cloud storage service is offered by Jotta AS ("Jottacloud").',
      value: 'Jotta AS',
      confidence: 'official',
      sources: [terms],
    },
    preservation: null,
    userNotification: {
      summary:
        'Jottacloud promises to tell users in advance about government demands for their data, unless the law stops it; it cannot disclose "secret" warrants under Norwegian law and instead keeps a weekly signed warrant canary.',
      value: {
        notifiesUser: true,
        exceptions: ['Jottacloud is legally unable to give notice, as with a "secret" warrant under Norwegian law'],
        howToPrevent: 'A warrant whose disclosure the law forbids ("secret" warrant)',
      },
      confidence: 'official',
      sources: [transparency],
    },
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
