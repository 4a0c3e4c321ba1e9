import { SOURCES, cite } from '../providers/sources';
import { defineInstrument } from './define';

const CHECKED = '2026-11-29';
const s2702 = cite(SOURCES.usc2702, CHECKED);
const s2703 = cite(SOURCES.usc2703, CHECKED);
const dojSlides = cite(SOURCES.dojBeyondBorders, CHECKED);

export default defineInstrument({
  id: 'us-2702-2703',
  title: '18 U.S.C. §§ 2702-2703: voluntary and compelled disclosure by providers (Stored Communications Act)',
  shortTitle: '18 U.S.C. 2702/2703',
  status: {
    state: 'in-force',
    since: null,
    asOf: CHECKED,
    fact: {
      summary: 'Sections 2702 and 2703 of the Stored Communications Act are in force.',
      article: '§§ 2702-2703',
      value: { inForce: true },
      confidence: 'official',
      sources: [s2702, s2703],
    },
  },
  countries: null,
  facts: {
    compelledProcess: {
      summary:
        'US authorities compel a provider with a subpoena for basic subscriber records, a court order under § 2703(d) for other non-content records, and a search warrant for content.',
      article: '§ 2703(b)-(d)',
      value: { subscriber: 'subpoena', traffic: '2703(d) court order', content: 'search warrant' },
      confidence: 'secondary',
      sources: [s2703, dojSlides],
    },
    foreignNonContent: {
      summary:
        'US law lets a provider disclose non-content records directly to a foreign government on its own request; content for a foreign government needs an MLA request or a CLOUD Act agreement (emergencies apart).',
      article: '§ 2702(c)',
      value: { nonContentVoluntary: true, contentNeeds: ['mla', 'cloud-act-agreement'] },
      confidence: 'secondary',
      sources: [dojSlides, s2702],
    },
    emergencyDisclosure: {
      summary:
        'A provider may disclose, without legal process, when it believes in good faith that an emergency involving danger of death or serious physical injury requires disclosure without delay. It is the provider\'s choice.',
      article: '§ 2702(b)(8), (c)(4)',
      value: { voluntary: true },
      confidence: 'secondary',
      sources: [s2702],
    },
  },
});
