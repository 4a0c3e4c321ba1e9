import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guide = cite(SOURCES.kofiLawEnforcementGuide, '2026-12-05');

const privacyCopy = cite(SOURCES.kofiPrivacyCopy, '2026-12-05');

export default defineProvider({
  id: 'kofi',
  name: 'Ko-fi',
  ownDomains: ['ko-fi.com'],
  products: ['Ko-fi'],
  portalName: null,
  // Requests go through a form (see channels), not a portal.
  portal: {
    summary:
      'Ko-fi has no law-enforcement portal: its guide for law enforcement sends requests through a legal request form. It adds that Ko-fi does not process payments itself: supporters pay creators directly through the creators\' own Stripe or PayPal accounts, so most financial and identity (KYC) data sits with those payment processors, not Ko-fi.',
    value: [],
    confidence: 'official',
    sources: [guide],
  },
  exampleUrls: [],
  channels: [
    {
      summary:
        'One version of the guide read sends agents to this page: they enter a work e-mail address and receive a secure link to the legal request form, which only approved law-enforcement e-mail domains receive (an agency whose domain is not approved is asked to contact Ko-fi with its details). Another version asks agents to use the help-centre form and choose "Request from law enforcement" as the query type.',
      value: { kind: 'web-form', address: 'https://report.ko-fi.com/law-enforcement/request/', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [guide],
    },
  ],
  // Never "Kofi" without the hyphen: it is a common Ghanaian given name.
  emailWords: ['Ko-fi'],
  emailDomains: ['ko-fi.com'],
  legal: {
    headquarters: {
      summary:
        'Ko-fi\'s guide for law enforcement calls Ko-fi a UK-based company; a copy of its privacy policy names Ko-Fi Labs Limited, registered in England and Wales.',
      value: 'GB',
      confidence: 'official',
      sources: [guide, privacyCopy],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        'Ko-fi says it cannot disclose user data directly to authorities outside the UK: they need a UK court order or a request through mutual legal assistance, for information, preservation and emergency requests alike.',
      value: false,
      confidence: 'official',
      sources: [guide],
    },
  },
  facts: {
    legalEntity: {
      summary:
        'A copy of Ko-fi\'s privacy policy (effective 21 May 2026), read through a third-party proxy, names Ko-Fi Labs Limited, registered in England and Wales under company number 11087704 and with the UK ICO under ZB401278, as the operator of Ko-fi; Ko-fi\'s own guide only calls it a UK-based company.',
      value: 'Ko-Fi Labs Limited (11087704), England and Wales, United Kingdom',
      confidence: 'secondary',
      sources: [privacyCopy, guide],
    },
    preservation: {
      summary:
        'Ko-fi preserves relevant data as soon as it receives a valid emergency request, and says preservation is not disclosure. Preservation requests from outside the UK need a UK court order or mutual legal assistance like any other request. No preservation period is stated.',
      value: { days: null, extensionDays: null, extensionLeadDays: null, maxExtensions: null, extensionHowTo: null },
      confidence: 'official',
      sources: [guide],
    },
    userNotification: {
      summary:
        'Unless the request says otherwise, Ko-fi says it is legally obliged to tell the user about the request, so the request must state clearly whether the user may be notified. Asking Ko-fi to suspend or ban the account notifies the user automatically.',
      value: {
        notifiesUser: true,
        exceptions: ['The request instructs Ko-fi not to notify the user'],
        howToPrevent: 'State clearly in the request that the user must not be notified, and do not ask for the account to be suspended or banned, which notifies the user automatically.',
      },
      confidence: 'official',
      sources: [guide],
    },
    emergency: {
      summary:
        'A request about an imminent risk of death or serious physical harm should be marked as an emergency when it is submitted; Ko-fi then preserves the relevant data at once and prioritises it. Disclosure to an authority outside the UK still needs mutual legal assistance or a UK court order, even in an emergency.',
      value: {
        criteria: 'Imminent risk of death or serious physical harm (life-threatening circumstances)',
        channel: 'Mark the request as an emergency in the legal request form',
        requiredContent: [],
      },
      confidence: 'official',
      sources: [guide],
    },
    childSafety: null,
    international: {
      summary:
        'Requests from authorities outside the UK must come with a UK court order or through the mutual legal assistance process; Ko-fi says it cannot disclose user data directly to them otherwise. UK requests need a valid UK legal basis, such as a court order, warrant or statutory notice.',
      value: { route: 'UK court order or mutual legal assistance (MLA) to the United Kingdom', euEntity: null },
      confidence: 'official',
      sources: [guide],
    },
    identifiers: null,
  },
});
