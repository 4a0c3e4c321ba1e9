import { defineProvider } from './define';
import { KODEX_URL_PAGE_KINDS, kodexLocations, kodexProfile, kodexScheme } from './kodex-shared';
import { SOURCES, cite } from './sources';

const guide = cite(SOURCES.okxGuide, '2026-11-29');

export default defineProvider({
  id: 'okx',
  name: 'OKX',
  ownDomains: ['okx.com'],
  products: ['OKX'],
  portalName: null,
  // The 'okx' tenant is listed only in third-party police directories without a public address; OKX's own guide
  // asks for e-mail. The cited Kodex sources show the address scheme, not OKX's use of it.
  portal: {
    summary:
      'Third-party police directories list an OKX request portal on Kodex (app.kodex.us/okx). OKX\'s own guide (April 2024) asks for requests by e-mail to enforcement@okx.com and does not mention a portal, so treat the portal as unconfirmed.',
    value: kodexLocations(['okx']),
    confidence: 'secondary',
    sources: [kodexScheme, kodexProfile, guide],
  },
  exampleUrls: [
    'https://app.kodex.us/okx/signup',
    'https://app.kodexglobal.com/okx/signin',
    'https://app.kodex.us/okx/requests/new?type=preservation',
  ],
  urlPageKinds: KODEX_URL_PAGE_KINDS,
  channels: [
    {
      summary: 'OKX asks for requests by e-mail from an official government address, in English, with proof of authority and the signed order or letter.',
      value: { kind: 'email', address: 'enforcement@okx.com', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [guide],
    },
  ],
  emailWords: ['okx'],
  legal: {
    headquarters: null,
    euAddressee: {
      summary:
        'OKX names OKCoin Europe LTD in Malta as its EU company.',
      value: { name: 'OKCoin Europe LTD', country: 'MT', role: 'eu-entity' },
      confidence: 'official',
      sources: [guide],
    },
    answersDirectForeignRequests: {
      summary:
        'OKX takes requests from every jurisdiction by e-mail from an official address.',
      value: true,
      confidence: 'official',
      sources: [guide],
    },
  },
  facts: {
    legalEntity: {
      summary:
        'Several OKX companies serve users depending on where they live (for example OKCoin Europe LTD in Malta for the EEA, Aux Cayes FinTech Co. Ltd. in the Seychelles for most others), but OKX asks that requests be addressed to "OKX", not to one of them.',
      value: 'OKX (address the request to "OKX", not to a specific OKX company)',
      confidence: 'official',
      sources: [guide],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'OKX takes requests from every jurisdiction by e-mail from an official government address, in English, with proof of the officer\'s authority and a signed court order or agency letter; cross-border requests should cite the applicable MLAT documents.',
      value: {
        route: 'Direct request by e-mail to enforcement@okx.com; cite the applicable MLAT documents when cross-border',
        euEntity: 'OKCoin Europe LTD (Malta)',
      },
      confidence: 'official',
      sources: [guide],
    },
    identifiers: {
      summary:
        'OKX asks for the user\'s name, UUID, registered phone number and e-mail address and identification number where known, with the wallet addresses and transaction hashes traced to OKX in a copiable document.',
      value: {
        accepted: ['User name', 'OKX UUID', 'Registered phone number', 'Email address', 'Identification number', 'Wallet addresses and transaction hashes (TXID)'],
      },
      confidence: 'official',
      sources: [guide],
    },
  },
});
