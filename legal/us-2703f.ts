import { SOURCES, cite } from '../providers/sources';
import { defineInstrument } from './define';

const CHECKED = '2026-11-29';
const statute = cite(SOURCES.usc2703, CHECKED);
const harvard = cite(SOURCES.usc2703Harvard, CHECKED);

export default defineInstrument({
  id: 'us-2703f',
  title: '18 U.S.C. § 2703(f): requirement to preserve evidence',
  shortTitle: '18 U.S.C. 2703(f)',
  status: {
    state: 'in-force',
    since: null,
    asOf: CHECKED,
    fact: {
      summary: 'Section 2703(f) of the Stored Communications Act is in force.',
      article: '§ 2703(f)',
      value: { inForce: true },
      confidence: 'official',
      sources: [statute],
    },
  },
  countries: null,
  facts: {
    preservationPeriod: {
      summary:
        'On a US governmental entity\'s request a provider preserves the records it holds for 90 days, and for another 90 days when the request is renewed. Further extensions are at the provider\'s discretion, not a statutory right.',
      article: '§ 2703(f)(2)',
      value: { days: 90, extensionDays: 90, maxExtensions: 1 },
      confidence: 'official',
      sources: [statute, harvard],
    },
    existingDataOnly: {
      summary: 'A preservation request covers the records the provider holds when it receives the request, not data created afterwards.',
      article: '§ 2703(f)(1)',
      value: { prospective: false },
      confidence: 'secondary',
      sources: [cite(SOURCES.dojBeyondBorders, CHECKED)],
    },
  },
});
