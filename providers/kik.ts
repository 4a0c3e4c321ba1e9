import { defineProvider } from './define';
import { KODEX_URL_PAGE_KINDS, kodexLocations, kodexProfile, kodexScheme } from './kodex-shared';
import { SOURCES, cite } from './sources';

const guide2021 = cite(SOURCES.kikGuide2021, '2026-11-24');

export default defineProvider({
  id: 'kik',
  name: 'Kik',
  ownDomains: ['kik.com'],
  products: ['Kik'],
  portalName: null,
  // The 'kik' tenant is listed only in third-party police directories without a public address; the cited
  // sources show Kodex's address scheme, not Kik's use of it.
  portal: {
    summary:
      'Third-party police directories list a Kik request portal on Kodex (app.kodex.us/kik); Kik\'s own text has not confirmed it. The hosts follow Kodex\'s usual tenant scheme.',
    value: kodexLocations(['kik']),
    confidence: 'secondary',
    sources: [kodexScheme, kodexProfile],
  },
  exampleUrls: [
    'https://app.kodex.us/kik/signin',
    'https://app.kodexglobal.com/kik/signin',
    'https://app.kodex.us/kik/requests/new?type=preservation',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  emailWords: ['kik'],
  facts: {
    legalEntity: null,
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: {
      summary:
        'Kik permanently deactivates accounts of children under 13 and deletes their personal information unless law enforcement tells it otherwise, so ask Kik early if such an account matters to your case.',
      value: {
        asksForNcmecReportIds: null,
        note: 'Under-13 accounts are deactivated and their data deleted unless law enforcement notifies Kik otherwise.',
      },
      confidence: 'secondary',
      sources: [guide2021],
    },
    international: null,
    identifiers: {
      summary: 'Kik finds accounts by username, which is the unique identifier; it does not use phone numbers for this.',
      value: { accepted: ['Kik username'] },
      confidence: 'secondary',
      sources: [guide2021],
    },
  },
});
