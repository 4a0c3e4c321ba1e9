import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const termsSg = cite(SOURCES.shopeeTermsSg, '2026-12-04');

export default defineProvider({
  id: 'shopee',
  name: 'Shopee',
  ownDomains: ['shopee.sg', 'shopee.com', 'shopee.com.my', 'shopee.ph', 'shopee.co.id', 'shopee.tw', 'shopee.vn', 'shopee.co.th', 'shopee.com.br'],
  products: ['Shopee'],
  portalName: null,
  portal: {
    summary: 'No Shopee law-enforcement portal, guide or request address was found; its terms name only the company that runs the platform.',
    value: [],
    confidence: 'secondary',
    sources: [termsSg],
  },
  exampleUrls: [],
  emailWords: ['shopee'],
  emailDomains: ['shopee.sg', 'shopee.com', 'shopee.com.my', 'shopee.ph', 'shopee.co.id', 'shopee.tw', 'shopee.vn', 'shopee.co.th', 'shopee.com.br'],
  facts: {
    legalEntity: {
      summary: 'Shopee\'s terms of service (all markets, as published in its Singapore help centre) are with Shopee Singapore Private Limited and its affiliates and subsidiaries.',
      value: 'Shopee Singapore Private Limited (with its affiliates and subsidiaries)',
      confidence: 'official',
      sources: [termsSg],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
