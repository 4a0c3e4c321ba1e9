import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guide = cite(SOURCES.cashappBlockLawEnforcement, '2026-12-05');

const termsUs = cite(SOURCES.cashappTermsUs, '2026-12-05');

const termsIe = cite(SOURCES.cashappTermsIe, '2026-12-05');

export default defineProvider({
  id: 'cashapp',
  name: 'Cash App',
  ownDomains: ['cash.app', 'squareup.com', 'block.xyz'],
  products: ['Cash App', 'Square'],
  portalName: null,
  // The guidelines send requests to a "request form" whose address the text read does not show: no host is given.
  portal: {
    summary:
      'Block\'s guidelines for law enforcement (covering Block, Inc., formerly Square, Inc., and Square Capital, LLC) ask agencies to submit requests through a request form linked on the page; the text read does not show the form\'s address. They give a minimum response time of 60 days from receipt of legal process and say Block does not accept service by e-mail.',
    value: [],
    confidence: 'official',
    sources: [guide],
  },
  exampleUrls: [],
  channels: [
    {
      summary:
        'Legal process served by mail goes to Block, Inc., Attn: Law Enforcement Response Team, in Oakland, California; the guidelines warn that mailed submissions take longer and prefer the request form.',
      value: {
        kind: 'postal',
        address: 'Block, Inc., Attn: Law Enforcement Response Team, 1955 Broadway, Suite 600, Oakland, CA 94612, USA',
        purposes: ['legal-process'],
        hours: null,
      },
      confidence: 'official',
      sources: [guide],
    },
  ],
  // Case is matched and never "cash" or "block" alone: both are ordinary English words.
  emailWords: ['Cash App', 'Block, Inc', 'Square Capital', 'cash\\.app', 'squareup\\.com'],
  emailWordsMatchCase: true,
  emailDomains: ['cash.app', 'squareup.com', 'block.xyz'],
  legal: {
    headquarters: {
      summary: 'Block, Inc., the company behind Cash App, gives an address in Oakland, California, United States, for legal process.',
      value: 'US',
      confidence: 'official',
      sources: [guide],
    },
    euAddressee: {
      summary:
        'Cash App\'s Irish terms (last updated 7 June 2021) say the Cash App Service there is provided by Squareup International Limited, an Irish company regulated by the Central Bank of Ireland; no source names it as Cash App\'s e-Evidence addressee.',
      value: { name: 'Squareup International Limited', country: 'IE', role: 'eu-entity' },
      confidence: 'official',
      sources: [termsIe],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary:
        'Cash App\'s US terms say the service is offered by Block, Inc., formerly Square, Inc.; Block\'s guidelines for law enforcement cover Block, Inc. and Square Capital, LLC. In Ireland the terms name Squareup International Limited (company number 583287).',
      value: 'Block, Inc. (formerly Square, Inc.), United States; in Ireland Squareup International Limited (583287), 70 Sir John Rogerson\'s Quay, Dublin 2',
      confidence: 'official',
      sources: [termsUs, guide, termsIe],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: null,
    identifiers: null,
  },
});
