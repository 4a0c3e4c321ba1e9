import { SOURCES } from '../../providers/sources';
import { narrativeRule } from './lib/narrative-rule';

export default narrativeRule(
  'emergency/timeframe',
  'timeframe',
  'rules.emergency.timeframe',
  {
    title: 'Emergency: give the timeframe',
    why: 'Providers ask when the threat was made and when harm is expected, to judge whether it is still an emergency. "Soon" or "recently" cannot be checked.',
    fix: 'Give dates and times with the time zone ("posted at 21:40 UTC on 22 Nov 2026", "plans to act tonight", "last seen 30 minutes ago").',
    sources: [SOURCES.xGuidelines],
  },
);
