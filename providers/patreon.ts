import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guide = cite(SOURCES.patreonUserInfoRequests, '2026-12-05');

const guideDe = cite(SOURCES.patreonUserInfoRequestsDe, '2026-12-05');

const dpa = cite(SOURCES.patreonDpaAnnex, '2026-12-05');

export default defineProvider({
  id: 'patreon',
  name: 'Patreon',
  ownDomains: ['patreon.com'],
  products: ['Patreon'],
  portalName: null,
  // Legal process is served on Patreon's registered agent; only preservation requests go by e-mail (see channels).
  portal: {
    summary:
      'Patreon has no law-enforcement portal. Its guidelines say legal process must be served on its registered agent for service of process, and that it does not accept service by e-mail, fax or post (the German version adds delivery by hand at its offices); preservation requests are e-mailed to legal@patreon.com.',
    value: [],
    confidence: 'official',
    sources: [guide, guideDe],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Patreon\'s guidelines ask for preservation requests, naming the data a later request will cover, to be e-mailed to legal@patreon.com.',
      value: { kind: 'email', address: 'legal@patreon.com', purposes: ['preservation'], hours: null },
      confidence: 'official',
      sources: [guide],
    },
  ],
  emailWords: ['Patreon'],
  emailDomains: ['patreon.com'],
  legal: {
    headquarters: {
      summary: 'Patreon\'s guidelines describe it as a US-based company; its data processing agreement gives Patreon, Inc.\'s address in San Francisco.',
      value: 'US',
      confidence: 'official',
      sources: [guideDe, dpa],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary: 'Patreon requires legal process from outside the US to be domesticated through a mutual legal assistance treaty, a letter of request or 28 U.S.C. § 1782 before it acts on it.',
      value: false,
      confidence: 'official',
      sources: [guide, guideDe],
    },
  },
  facts: {
    legalEntity: {
      summary: 'Patreon\'s data processing agreement names Patreon, Inc., 600 Townsend Street, Suite 500, San Francisco, as the controller of member data.',
      value: 'Patreon, Inc., 600 Townsend Street, Suite 500, San Francisco, CA 94103, United States',
      confidence: 'official',
      sources: [dpa],
    },
    preservation: {
      summary:
        'Patreon routinely purges stale data and advises an early preservation request naming the data a future request will seek; once it approves the request it exempts that data from purging for 90 days.',
      value: { days: 90, extensionDays: null, extensionLeadDays: null, maxExtensions: null, extensionHowTo: null },
      confidence: 'official',
      sources: [guide],
    },
    userNotification: {
      summary:
        'Patreon may, at its discretion, tell users that their information was requested; an agency that wants the request kept confidential must send a valid non-disclosure order with it.',
      value: {
        notifiesUser: true,
        exceptions: ['A valid non-disclosure order submitted with the request'],
        howToPrevent: 'Send a valid non-disclosure order together with the request',
      },
      confidence: 'official',
      sources: [guide],
    },
    emergency: {
      summary:
        'Patreon discloses user information on an expedited basis only where needed to avoid imminent death or (serious) physical harm, as judged by Patreon or on the representation of a recognised authority; otherwise it waits for valid, compulsory legal process.',
      value: { criteria: 'Imminent threat of death or serious physical harm', channel: null, requiredContent: [] },
      confidence: 'official',
      sources: [guide, guideDe],
    },
    childSafety: null,
    international: {
      summary: 'Requests from outside the US must be domesticated through a mutual legal assistance treaty, a letter of request or 28 U.S.C. § 1782, as appropriate.',
      value: { route: 'MLAT, letter of request or 28 U.S.C. § 1782, served on Patreon in the US', euEntity: null },
      confidence: 'official',
      sources: [guide, guideDe],
    },
    identifiers: {
      summary:
        'Requests must identify the account well enough to find it, for example by e-mail address, creator or campaign name, page URL, user ID or username, or payment identifiers such as the last four digits of the card.',
      value: { accepted: ['E-mail address', 'Creator or campaign name', 'Patreon page URL', 'User ID', 'Username', 'Payment identifiers, such as the last four digits of the card'] },
      confidence: 'official',
      sources: [guide, guideDe],
    },
  },
});
