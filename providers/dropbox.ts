import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const handbook = cite(SOURCES.dropboxHandbook, '2026-11-29');

const transparency = cite(SOURCES.dropboxTransparency, '2026-11-29');

export default defineProvider({
  id: 'dropbox',
  name: 'Dropbox',
  ownDomains: ['dropbox.com', 'dropboxusercontent.com'],
  products: ['Dropbox'],
  portalName: null,
  portal: {
    summary: 'No Dropbox law-enforcement portal was found; its handbook describes sending legal process to Dropbox (that section was not read).',
    value: [],
    confidence: 'secondary',
    sources: [handbook],
  },
  exampleUrls: [],
  emailWords: ['dropbox'],
  emailDomains: ['dropbox.com'],
  facts: {
    legalEntity: null,
    preservation: {
      summary:
        'On a government preservation request Dropbox keeps a snapshot of the account data for 90 days. It discloses nothing on a preservation request; valid legal process is needed to obtain the data.',
      value: { days: 90, extensionDays: null, extensionLeadDays: null, maxExtensions: null, extensionHowTo: null },
      confidence: 'official',
      sources: [transparency, handbook],
    },
    userNotification: {
      summary:
        'Dropbox tells users about requests for their information before complying, unless a court order or a state law forbids notice.',
      value: { notifiesUser: true, exceptions: ['A court order forbids notice', 'A state law specifically forbids notice'], howToPrevent: 'A non-disclosure order' },
      confidence: 'official',
      sources: [handbook, transparency],
    },
    emergency: {
      summary:
        'Dropbox may disclose information voluntarily when it believes in good faith that someone faces imminent risk of death or serious physical injury and its information may help prevent it.',
      value: { criteria: 'Imminent risk of death or serious physical injury', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [transparency],
    },
    childSafety: null,
    international: null,
    identifiers: {
      summary: 'Identify the account by its user ID, its e-mail address or a Dropbox link.',
      value: { accepted: ['Dropbox user ID', 'Email address of the account', 'Dropbox link'] },
      confidence: 'official',
      sources: [handbook],
    },
  },
});
