import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const terms = cite(SOURCES.fastmailTerms, '2026-12-05');

const report = cite(SOURCES.fastmailTransparencyReport, '2026-12-05');

const submission = cite(SOURCES.fastmailAccessBillSubmission, '2026-12-05');

export default defineProvider({
  id: 'fastmail',
  name: 'Fastmail',
  ownDomains: ['fastmail.com'],
  products: ['Fastmail', 'Topicbox'],
  portalName: null,
  portal: {
    summary:
      'No Fastmail law-enforcement portal or request address was found. Its transparency report says it acts only on requests that are valid under Australian law, checks each one first, and treats a direct inquiry from a foreign agency, a badly formed Australian request or a demand from an individual as invalid.',
    value: [],
    confidence: 'official',
    sources: [report],
  },
  exampleUrls: [],
  // Case is matched, no bare "Fastmail" opens a word and no mail domain is given: fastmail.com (and its other domains)
  // are mailboxes anyone signs up to, so an address there names a target, never the provider.
  emailWords: ['(?:Fastmail|FastMail) (?:Pty|Team|Support|Legal|Privacy)'],
  emailWordsMatchCase: true,
  legal: {
    headquarters: {
      summary: 'Fastmail calls itself an Australian company subject to Australian law; its submission to the Australian government says it is headquartered in Melbourne.',
      value: 'AU',
      confidence: 'official',
      sources: [report, submission],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        'Fastmail says the Australian Privacy Principles bar it from disclosing information to foreign authorities: it complies only with requests made through Australian law enforcement, and a direct inquiry from a foreign agency is invalid.',
      value: false,
      confidence: 'official',
      sources: [report],
    },
  },
  facts: {
    legalEntity: {
      summary: 'Fastmail\'s terms of service (in force from 3 February 2025) name Fastmail Pty Ltd, ACN 142 646 580, as the provider of its services.',
      value: 'Fastmail Pty Ltd (ACN 142 646 580), PO Box 234, Collins St West 8007, Australia',
      confidence: 'official',
      sources: [terms],
    },
    preservation: null,
    userNotification: null,
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Foreign agencies reach Fastmail through Australian law enforcement: its transparency report counts requests that came through Interpol\'s process or through a mutual assistance treaty with Australia to the Australian Federal Police.',
      value: { route: 'Mutual assistance with Australia or Interpol, through the Australian Federal Police', euEntity: null },
      confidence: 'official',
      sources: [report],
    },
    identifiers: null,
  },
});
