import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsUk = cite(SOURCES.deliverooTermsUk, '2026-12-05');

const careersPrivacy = cite(SOURCES.deliverooCareersPrivacy, '2026-12-05');

const privacyBe = cite(SOURCES.deliverooPrivacyBe, '2026-12-05');

export default defineProvider({
  id: 'deliveroo',
  name: 'Deliveroo',
  ownDomains: ['deliveroo.co.uk', 'deliveroo.com', 'deliveroo.be'],
  products: ['Deliveroo'],
  portalName: null,
  portal: {
    summary: 'No Deliveroo law-enforcement portal, guide or request address was found; its terms of service name only the company that runs the site.',
    value: [],
    confidence: 'secondary',
    sources: [termsUk],
  },
  exampleUrls: [],
  emailWords: ['Deliveroo', 'Roofoods'],
  emailDomains: ['deliveroo.co.uk', 'deliveroo.com'],
  legal: {
    headquarters: {
      summary: 'Deliveroo\'s UK terms say deliveroo.co.uk is run by Roofoods Limited, incorporated and registered in England and Wales.',
      value: 'GB',
      confidence: 'official',
      sources: [termsUk],
    },
    euAddressee: null,
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Deliveroo\'s UK terms name Roofoods Limited, company number 08167130, registered in England and Wales, as the operator; its careers privacy policy says Roofoods Ltd is Deliveroo\'s legal name in the UK and affiliated companies act in other markets. Its Belgian privacy policy also names Roofoods Limited as the controller for deliveroo.be.',
      value: 'Roofoods Limited (08167130), England and Wales, United Kingdom',
      confidence: 'official',
      sources: [termsUk, careersPrivacy, privacyBe],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
