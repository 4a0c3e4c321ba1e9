import { DEFAULT_PERIOD_DAYS } from '../register/defaults';
import type { ProviderFacts } from './schema';
import { SOURCES, cite } from './sources';

/**
 * The US statutory default where a provider states no preservation period of its own:
 * 90 days, extended once by 90 more on a renewed request (18 U.S.C. 2703(f)(2)).
 */
export const US_PRESERVATION_DEFAULT: NonNullable<ProviderFacts['preservation']> = {
  summary:
    'US law: a provider keeps preserved records for 90 days, and for 90 more days when the request is renewed (18 U.S.C. 2703(f)).',
  value: { days: DEFAULT_PERIOD_DAYS, extensionDays: DEFAULT_PERIOD_DAYS, extensionLeadDays: null, maxExtensions: 1, extensionHowTo: 'Send a renewed preservation request before the 90 days run out.' },
  confidence: 'official',
  sources: [cite(SOURCES.usc2703, '2026-11-24')],
};
