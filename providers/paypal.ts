import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guideIt = cite(SOURCES.paypalLawEnforcementIt, '2026-12-02');

export default defineProvider({
  id: 'paypal',
  name: 'PayPal',
  ownDomains: ['paypal.com', 'paypalcorp.com', 'venmo.com', 'xoom.com'],
  products: ['PayPal', 'Venmo', 'Xoom'],
  portalName: null,
  // Named on PayPal's Italian law-enforcement page; the page gives the host only, no name for the system.
  portal: {
    summary:
      'PayPal\'s Italian page for law enforcement sends data requests from Italian police and judicial authorities to safetyhub.paypalcorp.com and says data requests sent by e-mail are not dealt with; indagini@paypal.com takes only general questions from law enforcement.',
    value: [{ host: 'safetyhub.paypalcorp.com' }],
    confidence: 'official',
    sources: [guideIt],
  },
  exampleUrls: ['https://safetyhub.paypalcorp.com/', 'https://safetyhub.paypalcorp.com/s/new-request'],
  emailWords: ['paypal', 'venmo', 'xoom'],
  emailDomains: ['paypal.com', 'paypalcorp.com'],
  facts: {
    legalEntity: {
      summary: 'PayPal\'s Italian law-enforcement page names PayPal Holdings Inc. as the company whose users\' data is asked for.',
      value: 'PayPal Holdings, Inc.',
      confidence: 'official',
      sources: [guideIt],
    },
    preservation: null,
    userNotification: null,
    emergency: {
      summary:
        'PayPal puts a request ahead of others only in special circumstances, such as a risk to someone\'s life, and only when the request explains the urgency well enough.',
      value: {
        criteria: 'Special circumstances such as a risk to human life',
        channel: null,
        requiredContent: ['The reasons for the urgency'],
      },
      confidence: 'official',
      sources: [guideIt],
    },
    childSafety: null,
    international: {
      summary:
        'Italian authorities use the online system. Under a Luxembourg law of 5 April 1993, requests from bodies investigating tax offences must be made to PayPal\'s Luxembourg companies. Some data is given only on a prosecutor\'s decree or another binding order.',
      value: { route: 'Online system (Italy); tax-offence requests to PayPal\'s Luxembourg companies', euEntity: 'PayPal\'s Luxembourg companies (for tax-offence requests)' },
      confidence: 'official',
      sources: [guideIt],
    },
    identifiers: null,
  },
});
