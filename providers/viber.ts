import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guide = cite(SOURCES.viberLawEnforcement, '2026-12-05');

const termsDe = cite(SOURCES.viberTermsDe, '2026-12-05');

export default defineProvider({
  id: 'viber',
  name: 'Viber',
  ownDomains: ['viber.com'],
  products: ['Viber', 'Rakuten Viber'],
  portalName: null,
  // The copy of the guidelines that was read stops at the heading "How to Submit a Request", so neither a portal nor a
  // request address is given here.
  portal: {
    summary:
      'No Viber law-enforcement portal is named in what was read of its guidelines for law enforcement (last updated 17 February 2024); the text read breaks off at the section on how to submit a request. The guidelines add that private messages and calls are end-to-end encrypted and that Viber keeps no records of them.',
    value: [],
    confidence: 'official',
    sources: [guide],
  },
  exampleUrls: [],
  emailWords: ['viber'],
  emailDomains: ['viber.com'],
  legal: {
    // Viber's pages read name the company but not its country; no source was found that states it.
    headquarters: null,
    euAddressee: null,
    // Viber answers court orders and warrants under EU member-state law or US federal law, and sends every other
    // country to an MLAT: neither a plain yes nor a plain no, so it is given under `international`.
    answersDirectForeignRequests: null,
  },
  facts: {
    legalEntity: {
      summary: 'Viber\'s terms of use (German version) are a binding agreement between the user and Viber Media S.à r.l., which also publishes the Viber apps.',
      value: 'Viber Media S.à r.l.',
      confidence: 'official',
      sources: [termsDe],
    },
    preservation: null,
    userNotification: {
      summary:
        'Viber tells the user about a request before it discloses any account records, unless the law, a court order, a subpoena or other legal process forbids it, or an emergency means notice could put someone at serious risk of injury or death or involves possible harm to minors; then it may delay, suspend or limit the notice.',
      value: {
        notifiesUser: true,
        exceptions: [
          'Notice forbidden by applicable regulation, a court order, a subpoena or other legal process',
          'An emergency in which notice could create a significant risk, such as injury or death, to a person or group',
          'An emergency involving potential harm to minors',
        ],
        howToPrevent: 'A regulation, court order, subpoena or other legal process that forbids notice, or a described emergency',
      },
      confidence: 'official',
      sources: [guide],
    },
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Viber discloses account records only under the law of an EU member state or US federal law (such as the Stored Communications Act), for example on court orders or search warrants; any other international request must come through a mutual legal assistance treaty.',
      value: { route: 'Court orders or warrants under EU member-state or US federal law; all other countries through an MLAT', euEntity: null },
      confidence: 'official',
      sources: [guide],
    },
    identifiers: null,
  },
});
