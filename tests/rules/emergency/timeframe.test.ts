import timeframe from '../../../rules/emergency/timeframe';
import { describeWordingRule } from './wording-cases';

describeWordingRule(
  timeframe,
  [
    'He threatened to kill her at 21:40 UTC.',
    'Threat to shoot posted on 22 Nov 2026.',
    'Threat to kill posted 20/11/2026.',
    'She has been missing since yesterday and he threatened to kill her.',
    'He will shoot within the hour.',
    'Overdose livestream started 30 minutes ago.',
    'He says he will stab her tonight.',
  ],
  ['He will kill her soon.', 'He recently threatened to kill her.', 'Threat to kill; suspect DOB 04/05/1990.', 'Threat to kill. Please provide records for the last 12 months.'],
);
