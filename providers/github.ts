import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guidelines = cite(SOURCES.githubLegalGuidelines, '2026-11-29');

export default defineProvider({
  id: 'github',
  name: 'GitHub',
  ownDomains: ['github.com'],
  products: ['GitHub'],
  portalName: null,
  // A third-party directory lists github.com/records; GitHub's own guidelines describe no portal.
  portal: {
    summary: 'GitHub has no law-enforcement portal: legal process is served on its registered agent, with a courtesy copy by e-mail. Allow at least two weeks.',
    value: [],
    confidence: 'official',
    sources: [guidelines],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Serve legal process on GitHub\'s registered agent.',
      value: {
        kind: 'postal',
        address: 'GitHub, Inc., c/o Corporation Service Company, 2710 Gateway Oaks Drive, Suite 150N, Sacramento, CA 95833-3505, USA',
        purposes: ['legal-process'],
        hours: null,
      },
      confidence: 'official',
      sources: [guidelines],
    },
    {
      summary: 'Send a courtesy copy of the process to GitHub\'s legal support address.',
      value: { kind: 'email', address: 'legal-support@github.com', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [guidelines],
    },
  ],
  emailWords: ['github'],
  emailDomains: ['github.com'],
  legal: {
    headquarters: {
      summary:
        'GitHub is a US company in California.',
      value: 'US',
      confidence: 'official',
      sources: [guidelines],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        'GitHub says it need not answer foreign process: foreign officials go through the US Department of Justice.',
      value: false,
      confidence: 'official',
      sources: [guidelines],
    },
  },
  facts: {
    legalEntity: {
      summary: 'GitHub, Inc., a US company in California, receives the requests.',
      value: 'GitHub, Inc.',
      confidence: 'official',
      sources: [guidelines],
    },
    preservation: {
      summary:
        'On a formal request from US law enforcement in an official criminal investigation, GitHub preserves account records for up to 90 days while a court order or other process is obtained.',
      value: { days: 90, extensionDays: null, extensionLeadDays: null, maxExtensions: null, extensionHowTo: null },
      confidence: 'official',
      sources: [guidelines],
    },
    userNotification: {
      summary:
        'GitHub notifies affected users, with a copy of the process, before disclosure unless a law or court order forbids it. In rare exigent cases it may delay notice to prevent death or serious harm, or because of an ongoing investigation.',
      value: {
        notifiesUser: true,
        exceptions: ['Prohibited by law or court order', 'Exigent circumstances: preventing death or serious harm', 'An ongoing investigation'],
        howToPrevent: 'A court order prohibiting notice',
      },
      confidence: 'official',
      sources: [guidelines],
    },
    emergency: {
      summary:
        'Where GitHub believes disclosure is needed to prevent an emergency involving danger of death or serious physical injury, it may disclose the limited information needed; private repository contents still need a warrant.',
      value: {
        criteria: 'Danger of death or serious physical injury',
        channel: null,
        requiredContent: [
          'Confirmation that the request comes from a law enforcement agency',
          'An official notice summarising the emergency',
          'How the information requested will help address the emergency',
        ],
      },
      confidence: 'official',
      sources: [guidelines],
    },
    childSafety: null,
    international: {
      summary:
        'GitHub need not answer foreign process. Foreign officials go through the US Department of Justice Office of International Affairs; GitHub responds promptly to US court process obtained by MLAT or letter rogatory.',
      value: { route: 'MLAT or letter rogatory via the US DOJ Office of International Affairs', euEntity: null },
      confidence: 'official',
      sources: [guidelines],
    },
    identifiers: {
      summary: 'Name the users, organizations or repositories, or give the URLs of the pages, gists or files concerned.',
      value: { accepted: ['Username', 'Organization name', 'Repository name', 'URL of a page, gist or file'] },
      confidence: 'official',
      sources: [guidelines],
    },
  },
});
