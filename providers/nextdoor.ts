import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const memberAgreement2019 = cite(SOURCES.nextdoorMemberAgreementNl2019, '2026-12-05');

const privacyGb = cite(SOURCES.nextdoorPrivacyGb, '2026-12-05');

export default defineProvider({
  id: 'nextdoor',
  name: 'Nextdoor',
  ownDomains: ['nextdoor.com'],
  products: ['Nextdoor'],
  portalName: null,
  portal: {
    summary: 'No Nextdoor law-enforcement portal, guide or request address was found; the Nextdoor pages read only name the companies that operate the service.',
    value: [],
    confidence: 'secondary',
    sources: [privacyGb],
  },
  exampleUrls: [],
  emailWords: ['Nextdoor'],
  emailDomains: ['nextdoor.com'],
  legal: {
    headquarters: {
      summary: 'Nextdoor\'s member agreement (version of 20 May 2019) says the service is provided in the US by Nextdoor, Inc., 875 Stevenson Street, San Francisco.',
      value: 'US',
      confidence: 'official',
      sources: [memberAgreement2019],
    },
    euAddressee: {
      summary:
        'The 2019 member agreement says members in the EU and elsewhere outside the US are served by Nextdoor EMEA Limited, an Irish company in Dublin; no source names it as an e-Evidence addressee, and the current text was not read.',
      value: { name: 'Nextdoor EMEA Limited', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [memberAgreement2019],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Nextdoor\'s member agreement (20 May 2019) names Nextdoor, Inc. in San Francisco for US members and Nextdoor EMEA Limited in Dublin for members elsewhere; its UK privacy policy names Nextdoor.com, Inc. as the US operator.',
      value: 'Nextdoor, Inc., 875 Stevenson Street, Suite 700, San Francisco, CA 94103, United States (US members); Nextdoor EMEA Limited, Digital Depot, Thomas Street West, Dublin 8, Ireland (members elsewhere, 2019)',
      confidence: 'official',
      sources: [memberAgreement2019, privacyGb],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
