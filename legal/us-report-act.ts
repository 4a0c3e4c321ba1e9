import { SOURCES, cite } from '../providers/sources';
import { defineInstrument } from './define';

const CHECKED = '2026-11-29';
const publicLaw = cite(SOURCES.reportActPublicLaw, CHECKED);
const section2258a = cite(SOURCES.usc2258a, CHECKED);

export default defineInstrument({
  id: 'us-report-act',
  title: 'REPORT Act, Public Law 118-59 (amending 18 U.S.C. § 2258A)',
  shortTitle: 'REPORT Act',
  status: {
    state: 'in-force',
    since: '2024-05-07',
    asOf: CHECKED,
    fact: {
      summary: 'The REPORT Act was signed into law on 7 May 2024.',
      article: null,
      value: { signed: '2024-05-07' },
      confidence: 'official',
      sources: [publicLaw],
    },
  },
  countries: null,
  facts: {
    cyberTiplinePreservation: {
      summary:
        'When a provider reports to NCMEC\'s CyberTipline, it must keep the contents of the report for one year (90 days before the Act); it may keep them longer. This does not replace your own preservation request.',
      article: '§ 2258A(h)(1)',
      value: { years: 1, previousDays: 90 },
      confidence: 'official',
      sources: [publicLaw, section2258a],
    },
  },
});
