import { defineProvider } from './define';
import type { Source } from './schema';

const lersAnnouncement: Source = {
  url: 'https://zoomrising.com/new-zooms-law-enforcement-request-system/',
  title: 'Zoom blog: New Law Enforcement Request System (repost)',
  kind: 'official',
  checked: '2026-11-24',
  published: '2022-08-04',
};

const lersAnnouncementEs: Source = {
  url: 'https://www.zoom.com/es/blog/zoom-law-enforcement-request-system/',
  title: 'Zoom blog: Law Enforcement Request System (Spanish)',
  kind: 'official',
  checked: '2026-11-24',
  published: null,
};

const governmentRequestsBlog: Source = {
  url: 'https://www.zoom.com/en/blog/government-requests-and-data-protection/',
  title: 'Zoom blog: Government requests and data protection',
  kind: 'official',
  checked: '2026-11-24',
  published: '2023-04-07',
};

const requestsGuide: Source = {
  url: 'https://explore.zoom.us/docs/vi-vn/government-requests-guide.html',
  title: 'Zoom Government Requests Guide (Vietnamese)',
  kind: 'official',
  checked: '2026-11-24',
  published: null,
};

const requestsFaq: Source = {
  url: 'https://zoom.us/docs/en-us/government-requests-faq.html',
  title: 'Zoom government requests FAQ',
  kind: 'official',
  checked: '2026-11-24',
  published: null,
};

export default defineProvider({
  id: 'zoom',
  name: 'Zoom',
  products: ['Zoom'],
  portalName: 'Law Enforcement Request System (LERS)',
  portal: {
    summary:
      'Since August 2022, Zoom takes user-data, preservation, emergency and withhold-access requests in LERS, where you can also track status. Only officials with a government email can sign in, with multi-factor authentication.',
    value: [{ host: 'lers.zoom.us' }],
    confidence: 'official',
    sources: [lersAnnouncement, lersAnnouncementEs],
  },
  exampleUrls: ['https://lers.zoom.us/', 'https://lers.zoom.us/requests/new', 'https://lers.zoom.us/login'],
  urlPageKinds: [],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'Zoom gives user data to governments only when the law requires it or in a genuine emergency. Emergency requests go through LERS.',
      value: {
        criteria: 'A bona fide emergency',
        channel: 'LERS',
        requiredContent: [],
      },
      confidence: 'official',
      sources: [lersAnnouncement, governmentRequestsBlog],
    },
    childSafety: null,
    international: {
      summary:
        'Requests must rest on the law of the requesting country and come through official channels, and must be clear and not overbroad. Non-content needs a subpoena or local equivalent, content a warrant, court order or local equivalent. Zoom challenges requests with no legal basis there or about people outside that jurisdiction.',
      value: {
        route:
          'Valid process under the requesting country\'s law, sent officially: subpoena or equivalent for non-content, warrant or court order or equivalent for content',
        euEntity: null,
      },
      confidence: 'official',
      sources: [requestsGuide, governmentRequestsBlog, requestsFaq],
    },
    identifiers: null,
  },
});
