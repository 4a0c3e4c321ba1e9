import { SOURCES, cite } from '../providers/sources';
import { defineInstrument } from './define';

const CHECKED = '2026-11-29';
const uk = cite(SOURCES.cloudActUkAgreement, CHECKED);
const australia = cite(SOURCES.cloudActAustraliaStatement, CHECKED);

/** Executive agreements in force, by partner country, with the day each entered into force. */
export const CLOUD_ACT_AGREEMENTS = { GB: '2022-10-03', AU: '2024-01-31' } as const;

export default defineInstrument({
  id: 'us-cloud-act',
  title: 'CLOUD Act executive agreements between the United States and partner countries',
  shortTitle: 'CLOUD Act agreements',
  status: {
    state: 'in-force',
    since: '2022-10-03',
    asOf: CHECKED,
    fact: {
      summary: 'Two agreements are in force: with the United Kingdom since 3 October 2022 and with Australia since 31 January 2024. No third one was found in force.',
      article: null,
      value: CLOUD_ACT_AGREEMENTS,
      confidence: 'secondary',
      sources: [uk, australia],
    },
  },
  countries: {
    codes: ['GB', 'AU'],
    complete: true,
    fact: {
      summary: 'The partner countries with an agreement in force are the United Kingdom and Australia.',
      article: null,
      value: { partners: ['GB', 'AU'] },
      confidence: 'secondary',
      sources: [uk, australia],
    },
  },
  facts: {
    ukAgreement: {
      summary: 'The US-UK agreement entered into force on 3 October 2022.',
      article: null,
      value: { country: 'GB', inForceSince: '2022-10-03' },
      confidence: 'secondary',
      sources: [uk],
    },
    australiaAgreement: {
      summary: 'The US-Australia agreement was signed on 15 December 2021 and entered into force on 31 January 2024.',
      article: null,
      value: { country: 'AU', signed: '2021-12-15', inForceSince: '2024-01-31' },
      confidence: 'secondary',
      sources: [australia],
    },
  },
});
