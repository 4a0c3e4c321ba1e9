import { defineProvider } from './define';
import { SOURCES, cite } from './sources';

const guide = cite(SOURCES.protonLawEnforcement, '2026-12-02');

const transparency = cite(SOURCES.protonTransparency, '2026-12-02');

export default defineProvider({
  id: 'proton',
  name: 'Proton',
  ownDomains: ['proton.me', 'protonmail.com', 'pm.me'],
  products: ['Proton Mail', 'Proton VPN', 'Proton Drive'],
  portalName: null,
  // The copy of the page that was read leaves out the contact address, so no channel is given here.
  portal: {
    summary:
      'Proton has no law-enforcement portal. Its page for law enforcement asks Swiss and foreign agencies alike to contact it first to ask whether a formal request would give results or whether data could be kept; the copy read does not show the address.',
    value: [],
    confidence: 'official',
    sources: [guide],
  },
  exampleUrls: [],
  // Case is matched: "proton.me" and "protonmail.com" are mailboxes anyone signs up to, so a target's address there
  // names no sender; only Proton's own ways of naming itself do.
  emailWords: ['Proton AG', 'Proton Legal', 'Proton Mail', 'Proton VPN', 'Proton Drive', 'Proton Technologies'],
  emailWordsMatchCase: true,
  // No mail domain: proton.me, protonmail.com/.ch and pm.me are users' mailboxes, and a domain listed here makes every
  // address on it a provider's, never a target account (Proton's legal team writes from proton.me, named "Proton Legal").
  legal: {
    headquarters: {
      summary: 'Proton services are offered by Proton AG, based in Switzerland.',
      value: 'CH',
      confidence: 'official',
      sources: [guide],
    },
    euAddressee: null,
    answersDirectForeignRequests: {
      summary:
        'Proton says Article 271 of the Swiss Criminal Code bars it from handing data to foreign authorities directly, so it rejects every request they send; they must go through Swiss authorities.',
      value: false,
      confidence: 'official',
      sources: [transparency],
    },
  },
  facts: {
    legalEntity: {
      summary: 'The Proton services are provided by Proton AG, a Swiss company.',
      value: 'Proton AG (Switzerland)',
      confidence: 'official',
      sources: [guide],
    },
    preservation: null,
    userNotification: {
      summary:
        'Swiss law makes Proton tell the user when an authority asks for their data for criminal proceedings. Notice may be delayed while Swiss process, a Swiss court order or Swiss law forbids it, or where Proton decides that notice could put someone at risk of injury or death.',
      value: {
        notifiesUser: true,
        exceptions: [
          'Notice temporarily forbidden by the Swiss legal process, a Swiss court order or Swiss law',
          'Proton believes, on information from law enforcement, that notice could cause injury, death or irreparable harm',
        ],
        howToPrevent: 'A Swiss order or rule forbidding notice, or information showing that notice would endanger someone',
      },
      confidence: 'official',
      sources: [guide],
    },
    emergency: null,
    childSafety: null,
    international: {
      summary:
        'Requests from outside Switzerland are refused when sent to Proton directly. Swiss authorities may help foreign ones through international legal assistance, judged under Swiss law.',
      value: { route: 'Mutual legal assistance through the Swiss authorities', euEntity: null },
      confidence: 'official',
      sources: [transparency, guide],
    },
    identifiers: null,
  },
});
