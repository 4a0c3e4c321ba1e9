import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guide = cite(SOURCES.berealLawEnforcement, '2026-12-04');

const form = cite(SOURCES.berealLawEnforcementForm, '2026-12-04');

const terms = cite(SOURCES.berealTerms, '2026-12-04');

export default defineProvider({
  id: 'bereal',
  name: 'BeReal',
  ownDomains: ['bere.al', 'bereal.com'],
  products: ['BeReal'],
  portalName: null,
  // Requests go through a help-centre form and an e-mail address (see channels), not a portal.
  portal: {
    summary:
      'BeReal has no law-enforcement portal: its page for law enforcement sends every legal request through a form in its help centre, and the form page adds that requests may also be e-mailed to law-enforcement@bere.al.',
    value: [],
    confidence: 'official',
    sources: [guide, form],
  },
  exampleUrls: [],
  channels: [
    {
      summary: 'Legal requests are made through the law-enforcement form in BeReal\'s help centre; BeReal answers at the e-mail address given once it has checked the request.',
      value: {
        kind: 'web-form',
        address: 'https://help.bereal.com/hc/en-us/requests/new?ticket_form_id=9867378603549&ticket_form=',
        purposes: ['all'],
        hours: null,
      },
      confidence: 'official',
      sources: [guide, form],
    },
    {
      summary: 'Requests may also be sent by e-mail; they must come from a sworn officer with an official law-enforcement address and carry a warrant or other legal process.',
      value: { kind: 'email', address: 'law-enforcement@bere.al', purposes: ['all'], hours: null },
      confidence: 'official',
      sources: [form],
    },
  ],
  emailWords: ['bereal', 'BeReal SAS'],
  emailDomains: ['bere.al', 'bereal.com'],
  legal: {
    headquarters: {
      summary: 'BeReal SAS, the data controller for all user data, is a French company registered in Paris.',
      value: 'FR',
      confidence: 'official',
      sources: [guide, terms],
    },
    euAddressee: {
      summary: 'BeReal\'s page for law enforcement says all requests should be directed to BeReal SAS in Paris, an EU company; it is not named as an e-Evidence addressee.',
      value: { name: 'BeReal SAS', country: 'FR', role: 'eu-entity' },
      confidence: 'official',
      sources: [guide],
    },
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'BeReal\'s law-enforcement page and terms name BeReal SAS, registered in Paris under number 881 079 685, as the operator and the controller of all user data.',
      value: 'BeReal SAS (881 079 685), 30/32 Boulevard Sébastopol, 75004 Paris, France',
      confidence: 'official',
      sources: [guide, terms],
    },
    preservation: {
      summary:
        'Where the law allows, BeReal keeps records on a law-enforcement request for 90 days, without disclosing them, while valid legal process is obtained. The request must be signed, on letterhead in a non-editable format, come from an official e-mail address and give the BeReal username.',
      value: { days: 90, extensionDays: null, extensionLeadDays: null, maxExtensions: null, extensionHowTo: null },
      confidence: 'official',
      sources: [guide, form],
    },
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'BeReal says it answers promptly requests properly made through a mutual legal assistance treaty or letters rogatory; an MLAT request should say so and name the country it comes from.',
      value: { route: 'Mutual legal assistance (MLAT) or letters rogatory, to BeReal SAS in France', euEntity: 'BeReal SAS (France)' },
      confidence: 'official',
      sources: [guide],
    },
    identifiers: {
      summary: 'For a preservation request BeReal asks for the BeReal username, with as much detail as possible (such as dates and times of the photos or messages).',
      value: { accepted: ['BeReal username'] },
      confidence: 'official',
      sources: [guide, form],
    },
  },
});
